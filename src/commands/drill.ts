/**
 * `kubetutor drill`: a seeded break/fix scenario. With --print-solution, the repair as a script;
 * with --script FILE (or a script on standard input) the lines run in the drill's sandbox, with
 * check, hint, solution and submit, then the grade; on a terminal, the drill screen.
 */
import {resolve} from 'node:path';
import {learnerFiles} from '../adapters/learner-files.js';
import {readStream, scriptText} from '../adapters/script-input.js';
import {timeBudget} from '../adapters/time-budget.js';
import type {CommandContext} from '../cli/command.js';
import {parseDrillArgs, type DrillArgs} from '../cli/drill-args.js';
import {saveOutcome} from '../cli/save-drill-outcome.js';
import {MAX_FILE_BYTES} from '../core/cluster/shell/file-refused.js';
import {drillIntro, finishDrill, outcomeLine, startDrill} from '../core/drills/drill-session.js';
import {generateDrill, solutionScript} from '../core/drills/generate-drill.js';
import {gradesOf, renderGradeTable} from '../core/practice/grade-table.js';
import {runPracticeScript} from '../core/practice/practice-script.js';
import {dueLabCards} from '../core/progress/lab-review.js';

export default async function drill(context: CommandContext): Promise<number> {
	const parsed = parseDrillArgs(context.args);
	if ('problem' in parsed) {
		context.stderr.write(`${parsed.problem}\n`);
		return 2;
	}
	const args = parsed.review ? await reviewArgs(context, parsed) : parsed;
	if (!args) return 0;
	const seed = args.seed ?? 1 + Math.floor(Math.random() * 99_999);
	const options = {seed, level: args.level, workers: args.workers, ...(args.fault ? {fault: args.fault} : {})};
	if (args.printSolution) {
		const drill = generateDrill(options);
		context.stdout.write(`# drill ${seed}, level ${args.level}: ${drill.app.description}\n${solutionScript(drill)}`);
		return 0;
	}
	const script = await scriptFor(context, args);
	if (script === undefined) {
		const {startDrillScreen} = await import('../ui/start-drill.js');
		return startDrillScreen(context, options);
	}
	if (typeof script !== 'string') return script.exit;
	const run = startDrill({...options, ...learnerFiles(context.cwd), budget: timeBudget()});
	context.stdout.write(drillIntro(run));
	const {state} = runPracticeScript(run.sandbox.shell, run.practice, script, {write: part => context.stdout.write(part)});
	const {practice, outcome} = finishDrill(run, state);
	context.stdout.write(`\n${renderGradeTable(gradesOf(practice))}${outcomeLine(outcome)}`);
	await saveOutcome(context, outcome);
	return outcome.passed ? 0 : 1;
}

/** The script's text; undefined on a terminal without --script (the screen opens instead). */
async function scriptFor(context: CommandContext, args: DrillArgs): Promise<string | {exit: number} | undefined> {
	if (args.script !== undefined) {
		const read = scriptText(resolve(context.cwd, args.script));
		if (read.ok) return read.text;
		context.stderr.write(`kubetutor drill: cannot read script ${args.script}: ${read.reason}\n`);
		return {exit: 2};
	}
	if (context.stdin.isTTY && !context.options.plain) return undefined;
	if (context.stdin.isTTY) {
		context.stderr.write('kubetutor drill: in plain mode the commands come from --script FILE or standard input (kubetutor drill --plain < commands.txt)\n');
		return {exit: 2};
	}
	const text = await readStream(context.stdin).catch(() => undefined);
	if (text === undefined) {
		context.stderr.write(`kubetutor drill: cannot read the script from standard input (at most ${MAX_FILE_BYTES / 1024 / 1024} MiB)\n`);
		return {exit: 2};
	}
	return text;
}

/** `--review`: a fresh level-1 drill of the fault kind due longest; nothing to do when none is due. */
async function reviewArgs(context: CommandContext, args: DrillArgs): Promise<DrillArgs | undefined> {
	const {loadProgressStore} = await import('../cli/progress-access.js');
	const store = await loadProgressStore(context.env);
	const due = store ? dueLabCards(store.get(), new Date()).filter(card => card.source === 'drill') : [];
	if (due.length === 0) {
		context.stdout.write('No drill is due for review. Run kubetutor drill for a new one.\n');
		return undefined;
	}
	context.stdout.write(`Review: a fresh drill with a fault of kind ${due[0].item} (missed before).\n`);
	return {...args, fault: due[0].item, level: 1};
}
