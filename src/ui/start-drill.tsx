/**
 * The drill screen on a terminal: the drill's cluster and practice session behind the
 * DrillRunner, outcomes saved in progress as each drill ends (submit, next, or leaving after
 * working on it).
 */
import {learnerFiles} from '../adapters/learner-files.js';
import {timeBudget} from '../adapters/time-budget.js';
import type {CommandContext} from '../cli/command.js';
import {outputText} from '../core/cluster/command-result.js';
import {drillIntro, finishDrill, outcomeLine, startDrill, type DrillOutcome, type DrillRun, type DrillRunOptions} from '../core/drills/drill-session.js';
import type {DrillOptions} from '../core/drills/generate-drill.js';
import {parseTutorCommand, runTutorCommand, type PracticeState} from '../core/practice/practice-session.js';
import {saveOutcome} from '../cli/save-drill-outcome.js';
import {DrillRunner, type DrillHost} from './screens/DrillRunner.js';
import {renderFullScreen} from './render-full-screen.js';

const MAX_IDLE_MS = 10 * 60_000;

type DrillFiles = Omit<DrillRunOptions, keyof DrillOptions>;

function screenStart(run: DrillRun) {
	const {drill} = run;
	return {
		title: `kubetutor drill ${drill.seed} · level ${drill.level}`,
		report: run.symptom,
		practice: run.practice,
		note: `# ${drillIntro(run).split('\n')[0]}\n# Your cluster is ready; the users are waiting.\n`,
	};
}

/** The drill behind the screen: its cluster, its tutor commands, `next`, and each outcome handed to `onOutcome` once. */
export function drillHost(options: DrillOptions, files: DrillFiles, onOutcome: (outcome: DrillOutcome) => void, now: () => number = Date.now): DrillHost {
	let run = startDrill({...options, ...files});
	let lastRun = now();
	// Time passes between commands as on a real cluster (back-offs move on), at most ten minutes of it.
	const catchUp = (): string => {
		const elapsed = Math.min(now() - lastRun, MAX_IDLE_MS);
		lastRun = now();
		return elapsed >= 1000 ? outputText(run.sandbox.shell.passTime(Math.floor(elapsed / 1000) * 1000)) : '';
	};
	let touched = false;
	let recorded = false;
	const record = (practice: PracticeState): string => {
		if (recorded) return '';
		recorded = true;
		const {outcome} = finishDrill(run, practice);
		onOutcome(outcome);
		return outcomeLine(outcome);
	};
	const reply = (output: string, exitCode = 0) => ({kind: 'run' as const, output, exitCode, prompt: run.sandbox.shell.prompt()});
	return {
		start: () => screenStart(run),
		perform(request, practice) {
			if (request.kind === 'complete') {
				const completion = run.sandbox.shell.complete(request.input);
				return {result: {kind: 'complete', input: completion.replacement, candidates: completion.candidates}};
			}
			if (request.kind !== 'run') return {result: {kind: 'done'}};
			touched = true;
			const line = request.command.trim();
			if (line === 'next' && request.stdin === undefined) {
				if (practice.checked[0]?.passed || practice.submitted) {
					record(practice);
					return {result: reply(''), next: true};
				}
				return {result: reply('next: this drill is not fixed yet; check says when it is, submit gives up on it\n', 1)};
			}
			const tutor = request.stdin === undefined ? parseTutorCommand(line) : undefined;
			if (tutor) {
				catchUp();
				const answer = runTutorCommand(practice, run.sandbox.cluster, tutor);
				const done = answer.state.submitted && !practice.submitted ? `${record(answer.state)}Type next for another drill, or Esc to leave.\n` : '';
				const fixed = tutor.kind === 'check' && answer.exitCode === 0 ? 'Fixed: what the users reported is gone. Type submit to record it, or next for another drill.\n' : '';
				return {result: reply(answer.output + fixed + done, answer.exitCode), practice: answer.state};
			}
			const stdin = request.stdin;
			const waited = catchUp();
			const result = stdin === undefined || line.includes('<<') ? run.sandbox.shell.run(line, stdin) : run.sandbox.shell.run(`${line} <<EOF`, stdin);
			return {result: {kind: 'run', output: waited + outputText(result), exitCode: result.exitCode, prompt: run.sandbox.shell.prompt(), ...(result.clear ? {clear: true} : {}), ...(result.leave ? {leave: true} : {})}};
		},
		next() {
			run = startDrill({...options, ...files, seed: run.drill.seed + 1});
			lastRun = now();
			touched = false;
			recorded = false;
			return screenStart(run);
		},
		leave(practice) {
			if (touched) record(practice);
		},
	};
}

export async function startDrillScreen(context: CommandContext, options: DrillOptions): Promise<number> {
	const saves: Promise<void>[] = [];
	const host = drillHost(options, {...learnerFiles(context.cwd), budget: timeBudget()}, outcome => saves.push(saveOutcome(context, outcome)));
	const code = (await renderFullScreen(context, <DrillRunner host={host} />)) ? 0 : 1;
	await Promise.all(saves);
	return code;
}
