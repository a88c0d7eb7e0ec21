/**
 * `kubetutor exam`: the hands-on exam. Draws the tasks by a seed, then runs a script through them
 * (`--script FILE`, or standard input when it is not a terminal or with --plain), prints the
 * reference repair (`--print-solution`), or opens the exam screen.
 */
import {learnerFiles} from '../adapters/learner-files.js';
import {loadAllContent} from '../adapters/content-files.js';
import {readScriptFile, readScriptStdin} from '../adapters/script-input.js';
import {timeBudget} from '../adapters/time-budget.js';
import type {CommandContext} from '../cli/command.js';
import {formatProblem} from '../core/content/content-problem.js';
import {DEFAULT_EXAM_MINUTES} from '../core/exam/exam-clock.js';
import {DEFAULT_EXAM_TASKS, drawExam, freshSeed} from '../core/exam/draw-exam.js';
import {runExamScript, solutionScript} from '../core/exam/exam-script.js';
import type {ExamSettings} from '../core/exam/exam-session.js';
import {saveExamAttempt} from '../adapters/exam-progress.js';
import type {ExamTask} from '../core/exam/exam-task.js';
import {dueLabCards} from '../core/progress/lab-review.js';

const USAGE = "Usage: kubetutor exam [--tasks N] [--minutes M] [--seed N] [--realistic] [--review] [--script FILE] [--print-solution] (see 'kubetutor exam --help')";

interface ExamArgs {
	tasks: number;
	minutes: number;
	seed?: number;
	realistic: boolean;
	script?: string;
	printSolution: boolean;
	review: boolean;
}

function parseExamArgs(args: readonly string[]): ExamArgs | string {
	const out: ExamArgs = {tasks: DEFAULT_EXAM_TASKS, minutes: DEFAULT_EXAM_MINUTES, realistic: false, printSolution: false, review: false};
	const whole = (flag: string, value: string | undefined, min: number, max: number): number | string => {
		if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) return `kubetutor exam: ${flag} needs a whole number from ${min} to ${max}, got "${value ?? ''}". ${USAGE}`;
		return Number(value);
	};
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		const read = (min: number, max: number) => whole(flag, args[++i], min, max);
		let value: number | string | undefined;
		switch (flag) {
			case '--tasks': value = read(1, 100); if (typeof value === 'number') out.tasks = value; break;
			case '--minutes': value = read(1, 600); if (typeof value === 'number') out.minutes = value; break;
			case '--seed': value = read(0, 2 ** 31 - 1); if (typeof value === 'number') out.seed = value; break;
			case '--realistic': out.realistic = true; break;
			case '--print-solution': out.printSolution = true; break;
			case '--review': out.review = true; break;
			case '--script': out.script = args[++i]; break;
			default: return `kubetutor exam: unexpected "${flag}". ${USAGE}`;
		}
		if (typeof value === 'string') return value;
	}
	return out;
}

/** `--review`: the exam tasks due longest in the hands-on review (src/core/progress/lab-review.ts). */
async function dueTasks(context: CommandContext, bank: readonly ExamTask[], most: number): Promise<ExamTask[]> {
	const {loadProgressStore} = await import('../cli/progress-access.js');
	const store = await loadProgressStore(context.env);
	const due = store ? dueLabCards(store.get(), new Date()).filter(card => card.source === 'exam') : [];
	const tasks = due.map(card => bank.find(task => task.id === card.item)).filter((task): task is ExamTask => task !== undefined).slice(0, most);
	if (tasks.length > 0) context.stdout.write(`Review: ${tasks.length === 1 ? 'an exam task' : `${tasks.length} exam tasks`} missed before, in a fresh cluster: ${tasks.map(task => task.id).join(', ')}\n`);
	return tasks;
}

export default async function exam(context: CommandContext): Promise<number> {
	const parsed = parseExamArgs(context.args);
	if (typeof parsed === 'string') {
		context.stderr.write(`${parsed}\n`);
		return 2;
	}
	const content = loadAllContent(context.options.content, context.cwd);
	for (const problem of content.problems) context.stderr.write(`warning: ${formatProblem(problem)}\n`);
	if (content.exams.length === 0) {
		context.stderr.write('kubetutor exam: the exam bank has no tasks (exams/*.yaml could not be loaded)\n');
		return 1;
	}
	const seed = parsed.seed ?? freshSeed(Math.random);
	const tasks = parsed.review ? await dueTasks(context, content.exams, parsed.tasks) : drawExam(content.exams, parsed.tasks, seed);
	if (tasks.length === 0) {
		context.stdout.write('No exam task is due for review. Run kubetutor exam for a new exam.\n');
		return 0;
	}
	if (parsed.tasks > content.exams.length) context.stderr.write(`kubetutor exam: the bank holds ${content.exams.length} tasks; the exam has all of them\n`);
	if (parsed.printSolution) {
		context.stdout.write(solutionScript(tasks));
		return 0;
	}
	const settings: ExamSettings = {seed, minutes: parsed.minutes, realistic: parsed.realistic};
	const fromStdin = context.options.plain || !context.stdin.isTTY;
	const script = parsed.script !== undefined ? readScriptFile('exam', context.cwd, parsed.script) : fromStdin ? await readScriptStdin('exam', context.stdin) : undefined;
	if (script && !script.ok) {
		context.stderr.write(`${script.message}\n`);
		return 2;
	}
	const text = script?.text;
	if (parsed.seed === undefined) context.stderr.write(`kubetutor exam: seed ${seed} (kubetutor exam --seed ${seed} sits this exam again)\n`);
	if (text === undefined) {
		const {startExamScreen} = await import('../ui/exam/start-exam.js');
		return startExamScreen(context, tasks, settings);
	}
	const result = runExamScript(tasks, settings, text, {...learnerFiles(context.cwd), budget: timeBudget(), write: part => context.stdout.write(part)});
	await saveExamAttempt(context.env, result.state, new Date());
	return result.exitCode;
}
