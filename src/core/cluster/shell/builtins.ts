/** Shell builtins every vantage point has: exit, clear, history, help, trace, echo, sleep, … */
import {deleteObject} from '../api/api-server.js';
import {advanceTime} from '../controllers/settle.js';
import {deletedLine} from '../kubectl/commands/delete.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import {renderTrace} from '../network/trace.js';
import {typeForKind} from '../resource-types.js';
import {LAPTOP, type Vantage} from '../vantage.js';
import {saveFiles} from '../save/save-files.js';
import {helpText} from './help-text.js';
import {waitingJob} from './job.js';
import {killJobs, listJobs, takeForeground} from './job-control.js';
import type {Session} from './session.js';
import {testBuiltin} from './test-builtin.js';
import {echo} from './text-tools.js';

/** One simulated hour per `sleep`. */
const MAX_SLEEP_SECONDS = 3600;

const ok = (text = ''): ShellResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

/** The builtin's result, or undefined when `name` is not a builtin. `commands` feeds `help`. */
/** `read` gives the files `test -f` sees where the command runs. */
export function runBuiltin(session: Session, vantage: Vantage, name: string, args: readonly string[], commands: readonly string[], variables = session.variables, read: (path: string) => string | undefined = () => undefined): ShellResult | undefined {
	switch (name) {
		case 'exit':
		case 'logout':
			return exit(session);
		case 'clear':
			return {output: [], exitCode: 0, clear: true};
		case 'history':
			return ok(session.history.map((line, index) => `${String(index + 1).padStart(5)}  ${line}\n`).join(''));
		case 'help':
			return ok(helpText(vantage, commands));
		case 'trace':
			// `trace curl web` reads naturally but would show an older request: say how it works instead.
			if (args.length > 0) return {output: [{stream: 'stderr', text: `trace: takes no arguments: run the request first (${args.join(' ')}), then type trace\n`}], exitCode: 2};
			return ok(renderTrace(session.lastTrace ?? []));
		case 'save':
			return vantage.kind === 'laptop' ? save(session, args) : fail('save: run it on your laptop: type exit first\n');
		case 'echo':
			return echo(args);
		case 'true':
		case ':':
			return ok();
		case 'false':
			return {output: [], exitCode: 1};
		case 'pwd':
			return ok(vantage.kind === 'laptop' ? '/home/you\n' : '/\n');
		case 'export':
			for (const word of args) {
				const eq = word.indexOf('=');
				if (eq > 0) variables.set(word.slice(0, eq), word.slice(eq + 1));
			}
			return ok();
		case 'unset':
			for (const name of args) variables.delete(name);
			return ok();
		case 'cd':
		case 'alias':
			return ok();
		case 'sleep':
			return sleep(session, args);
		case 'jobs':
			return listJobs(session.jobs);
		case 'kill':
			return killJobs(session.jobs, args);
		case 'fg':
			return foreground(session, args[0]);
		case 'test':
		case '[':
			return testBuiltin(name, args, vantage.kind === 'pod' ? 'sh' : 'bash', read);
		default:
			return undefined;
	}
}

const SAVE_USAGE = 'save: usage: save DIR (writes your objects as manifests, a kind config and a README to a new folder)\n';

/** `save DIR`: the learner's objects as files to recreate them on kind (save/save-files.ts). */
function save(session: Session, args: readonly string[]): ShellResult {
	if (args.length !== 1 || args[0].startsWith('-')) return fail(SAVE_USAGE, 2);
	if (!session.writeFiles) return fail('save: this sandbox cannot write files\n');
	const files = saveFiles(session.cluster);
	const manifests = Object.keys(files).filter(name => name.startsWith('manifests/'));
	if (manifests.length === 0) return fail('save: nothing to save yet: the cluster has only what kind starts with\n');
	const dir = args[0];
	const problem = session.writeFiles(dir, files);
	if (problem) return fail(`save: ${problem}\n`);
	const listed = Object.keys(files).map(name => `  ${dir.replace(/\/+$/, '')}/${name}\n`).join('');
	return ok(`Saved ${manifests.length} object${manifests.length === 1 ? '' : 's'}:\n${listed}To recreate them on kind, follow ${dir.replace(/\/+$/, '')}/README.md\n`);
}

function sleep(session: Session, args: readonly string[]): ShellResult {
	if (args.length === 0) return fail("sleep: missing operand\nTry 'sleep --help' for more information.\n");
	// GNU's and BusyBox's sleep take `infinity`: it waits until stopped
	if (args.includes('infinity') || args.includes('inf')) return {...ok(), job: {command: `sleep ${args.join(' ')}`, drain: () => ({output: []}), stop: () => undefined}};
	let total = 0;
	for (const arg of args) {
		const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
		if (!match) return fail(`sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`);
		const unit = {'': 1, s: 1, m: 60, h: 3600, d: 86400}[match[2] as '' | 's' | 'm' | 'h' | 'd'];
		total += Number(match[1]) * unit;
	}
	// The controllers stop the clock at each moment they have work due, so one call is enough; the
	// cap keeps a huge number from stalling the sandbox (probes are due every few seconds).
	if (total > MAX_SLEEP_SECONDS && !session.clockStays) {
		advanceTime(session.cluster, MAX_SLEEP_SECONDS * 1000);
		return fail(`kubetutor: sleep lets at most ${MAX_SLEEP_SECONDS} simulated seconds pass at a time; ${MAX_SLEEP_SECONDS} seconds passed\n`, 0);
	}
	return {...ok(), job: waitingJob(`sleep ${args.join(' ')}`, Math.round(total * 1000))};
}

/** `fg`: the job goes on in the foreground, with the time it has left (job-control.ts). */
function foreground(session: Session, spec: string | undefined): ShellResult {
	const taken = takeForeground(session.jobs, spec);
	if (!taken.ok) return taken.result;
	const {job} = taken;
	const ran = session.cluster.clock.now() - taken.startedAtMs;
	const endsAfterMs = job.endsAfterMs === undefined ? undefined : Math.max(0, job.endsAfterMs - ran);
	return {output: taken.output, exitCode: 0, job: {command: job.command, resumed: true, ...(endsAfterMs === undefined ? {} : {endsAfterMs}), drain: () => job.drain(), stop: () => job.stop()}};
}

function exit(session: Session): ShellResult {
	const vantage = session.vantage;
	const entered = session.entered;
	if (vantage.kind === 'laptop') {
		return {output: [{stream: 'stdout', text: 'You are on your laptop, the outermost shell. To leave the sandbox press Ctrl+D (or Esc).\n'}], exitCode: 0, leave: true};
	}
	session.vantage = LAPTOP;
	session.entered = undefined;
	if (vantage.kind === 'node') return ok(entered?.via === 'docker' ? 'exit\n' : `logout\nConnection to ${vantage.node} closed.\n`);
	if (entered?.via === 'run') {
		// kubectl attach's reattachMessage: only for a pod that restarts its container (restartPolicy Always), --rm or not
		const pod = session.cluster.store.get('Pod', vantage.namespace, vantage.pod) as {spec?: {restartPolicy?: string}} | undefined;
		const always = (pod?.spec?.restartPolicy ?? 'Always') === 'Always';
		const ended = always ? `Session ended, resume using 'kubectl attach ${vantage.pod} -c ${vantage.pod} -i -t' command when the pod is running\n` : '';
		if (entered.remove) {
			const removed = deleteObject(session.cluster, 'Pod', vantage.namespace, vantage.pod);
			return ok(ended + (removed.ok ? deletedLine(typeForKind('Pod')!, removed.value, false) : ''));
		}
		return ok(ended);
	}
	return ok();
}
