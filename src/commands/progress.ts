import {resolve} from 'node:path';
import {createInterface} from 'node:readline';
import {openProgressStore} from '../adapters/progress-file-store.js';
import {nodeHasher} from '../adapters/node-hasher.js';
import {writeReplacing} from '../adapters/output-files.js';
import {describePack} from '../adapters/pack-files.js';
import type {CommandContext} from '../cli/command.js';
import {loadAllContent, packageRoot} from '../adapters/content-files.js';
import {VERSION} from '../cli/version.js';
import {buildExport} from '../core/classes/export-record.js';
import {learnerName} from '../core/classes/learner-name.js';
import {quizEntries} from '../core/content/load-content.js';
import {rememberLearner} from '../core/progress/progress-ops.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import {progressExport, progressReportLines} from '../core/progress/progress-report.js';

const HINT = "See 'kubetutor progress --help'.";

function flagValue(args: readonly string[], name: string): string | undefined {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
}

/** `kubetutor progress [--json] [--export FILE [--name NAME] [--class-key KEY]]`. */
export default async function progress(ctx: CommandContext): Promise<number> {
	const exportTo = flagValue(ctx.args, '--export');
	if (exportTo === undefined && (ctx.args.includes('--name') || ctx.args.includes('--class-key'))) {
		ctx.stderr.write(`kubetutor: --name and --class-key go with --export FILE. ${HINT}\n`);
		return 2;
	}
	if (exportTo !== undefined && ctx.args.includes('--json')) {
		ctx.stderr.write(`kubetutor: choose --json or --export FILE, not both. ${HINT}\n`);
		return 2;
	}
	// Only an export may write: it remembers the learner's name.
	const store = openProgressStore({env: ctx.env, readOnly: exportTo === undefined});
	for (const warning of store.warnings) ctx.stderr.write(`${warning}\n`);
	const now = new Date();
	if (exportTo !== undefined) return exportProgress(ctx, store, exportTo, now);
	if (ctx.args.includes('--json')) {
		ctx.stdout.write(`${JSON.stringify(progressExport(store.get(), now, store.path), null, 2)}\n`);
		return 0;
	}
	const content = loadAllContent(ctx.options.content, ctx.cwd);
	const lessons = content.lessons.map(lesson => ({id: lesson.id, title: lesson.title}));
	const quizzes = quizEntries(content.quizzes);
	ctx.stdout.write(`${progressReportLines(store.get(), {lessons, quizzes}, now, store.path).join('\n')}\n`);
	return 0;
}

async function exportProgress(ctx: CommandContext, store: ProgressStore, file: string, now: Date): Promise<number> {
	const classKey = flagValue(ctx.args, '--class-key');
	if (classKey !== undefined && classKey.length === 0) {
		ctx.stderr.write(`kubetutor: --class-key needs the key your instructor gave you. ${HINT}\n`);
		return 2;
	}
	const name = await nameForExport(ctx, store, now);
	if (typeof name !== 'string') return name.exit;
	const content = loadAllContent(ctx.options.content, ctx.cwd);
	const record = buildExport(
		store.get(),
		{
			learner: name,
			toolVersion: VERSION,
			now,
			packs: [packageRoot(), ...ctx.options.content.map(dir => resolve(ctx.cwd, dir))].map(describePack),
			lessons: content.lessons.map(lesson => ({id: lesson.id, title: lesson.title})),
			quizzes: content.quizzes.map(quiz => ({id: quiz.id, title: quiz.title, questions: quiz.questions.map(question => ({id: question.id, tags: question.tags}))})),
		},
		nodeHasher,
		classKey,
	);
	const problem = writeReplacing(resolve(ctx.cwd, file), `${JSON.stringify(record, null, 2)}\n`);
	if (problem) {
		ctx.stderr.write(`kubetutor: progress not exported: ${problem}\n`);
		return 1;
	}
	const signed = classKey ? ', signed with the class key' : '';
	ctx.stdout.write(`Exported the progress of ${name} (${record.outcomes.length} outcomes${signed}) to ${file}\n`);
	return 0;
}

/** --name, else the remembered name, else asked once on a terminal; remembered for next time. */
async function nameForExport(ctx: CommandContext, store: ProgressStore, now: Date): Promise<string | {exit: number}> {
	const given = flagValue(ctx.args, '--name');
	if (given !== undefined) {
		const name = learnerName(given);
		if (!name) {
			ctx.stderr.write(`kubetutor: --name needs a name that is not blank. ${HINT}\n`);
			return {exit: 2};
		}
		if (store.get().learner?.name !== name) store.update(current => rememberLearner(current, name, now.toISOString()));
		return name;
	}
	const remembered = store.get().learner?.name;
	if (remembered) return remembered;
	if (!ctx.stdin.isTTY) {
		ctx.stderr.write(`kubetutor: progress --export needs your name: add --name "Your Name" (it is asked only on a terminal). ${HINT}\n`);
		return {exit: 2};
	}
	const name = learnerName(await ask(ctx, 'Your name, as your instructor should see it: '));
	if (!name) {
		ctx.stderr.write(`kubetutor: no name given; nothing exported. ${HINT}\n`);
		return {exit: 2};
	}
	store.update(current => rememberLearner(current, name, now.toISOString()));
	return name;
}

function ask(ctx: CommandContext, question: string): Promise<string> {
	return new Promise(done => {
		const lines = createInterface({input: ctx.stdin, output: ctx.stdout, terminal: false});
		let answered = false;
		lines.on('line', line => {
			answered = true;
			lines.close();
			done(line);
		});
		lines.on('close', () => {
			if (!answered) done('');
		});
		ctx.stdout.write(question);
	});
}
