import {createInterface} from 'node:readline';
import {openProgressStore, readProgressFile} from '../adapters/progress-file-store.js';
import type {CommandContext} from '../cli/command.js';

/** `kubetutor reset [--yes]`: forget all progress, after asking. */
export default async function reset(ctx: CommandContext): Promise<number> {
	const store = openProgressStore({env: ctx.env});
	for (const warning of store.warnings) ctx.stderr.write(`${warning}\n`);
	const yes = ctx.args.includes('--yes') || ctx.args.includes('-y');
	if (!yes) {
		if (!ctx.stdin.isTTY) {
			ctx.stderr.write(`kubetutor: not resetting: cannot ask for confirmation without a terminal. Run 'kubetutor reset --yes' to forget all progress in ${store.path}.\n`);
			return 1;
		}
		ctx.stdout.write(`Forget all progress in ${store.path}? [y/N] `);
		const answer = await readOneLine(ctx);
		if (!/^y(es)?$/i.test(answer.trim())) {
			ctx.stdout.write('Kept your progress.\n');
			return 0;
		}
	}
	const before = store.warnings.length;
	store.clear();
	for (const warning of store.warnings.slice(before)) ctx.stderr.write(`${warning}\n`);
	// A file the store left alone (a link, read-only) or could not replace still holds progress.
	const left = readProgressFile(store.path);
	if (left.kind !== 'missing' && !(left.kind === 'ok' && left.progress.answers.length === 0 && Object.keys(left.progress.lessons).length === 0)) {
		ctx.stderr.write(`kubetutor: progress in ${store.path} was not forgotten; see the warning above.\n`);
		return 1;
	}
	ctx.stdout.write(`Progress forgotten (${store.path}).\n`);
	return 0;
}

async function readOneLine(ctx: CommandContext): Promise<string> {
	const lines = createInterface({input: ctx.stdin, terminal: false});
	try {
		for await (const line of lines) return line;
		return '';
	} finally {
		lines.close();
	}
}
