/**
 * `kubetutor exam --seed N --script FILE` (and a script on stdin in plain mode): the drawn tasks
 * set up in one cluster, the script's lines run through the practice session as typed, then every
 * task graded — at `submit`, or when the script ends, as at time-out — and the grade table with
 * the score of each domain printed. `--print-solution` writes the reference repair as a script.
 */
import type {BudgetFactory} from '../cluster/budget.js';
import {startTasksSandbox} from '../lessons/task-sandbox.js';
import {runPracticeScript} from '../practice/practice-script.js';
import {allPassed} from '../practice/grade-table.js';
import {renderExamScore} from './exam-results.js';
import {endExam, examGrades, realisticRefusal, startExam, type ExamSettings, type ExamState} from './exam-session.js';
import type {Shell} from '../cluster/shell/shell.js';
import {stderr} from '../cluster/command-result.js';
import type {ExamTask} from './exam-task.js';

export interface ExamScriptOptions {
	readFile: (path: string) => string | undefined;
	listDir?: (path: string) => string[] | undefined;
	budget?: BudgetFactory;
	write?: (part: string) => void;
}

export interface ExamScriptResult {
	state: ExamState;
	output: string;
	exitCode: number;
}

/** The starting state of every drawn task, in one cluster; what setup printed stays out of sight. */
export function startExamSandbox(tasks: readonly ExamTask[], seed: number, options: Omit<ExamScriptOptions, 'write'>) {
	return startTasksSandbox(tasks, {seed, ...options, source: 'exam'});
}

export function runExamScript(tasks: readonly ExamTask[], settings: ExamSettings, text: string, options: ExamScriptOptions): ExamScriptResult {
	const parts: string[] = [];
	const write = (part: string): void => {
		parts.push(part);
		options.write?.(part);
	};
	const sandbox = startExamSandbox(tasks, settings.seed, options);
	const start = startExam(tasks, settings, 0);
	const shell = settings.realistic ? realisticShell(sandbox.shell) : sandbox.shell;
	const ran = runPracticeScript(shell, start.practice, text, {write});
	// A script that stops before `submit` is graded as it stands, as when time runs out.
	const state = endExam({...start, practice: ran.state}, sandbox.shell.cluster, ran.state.submitted ? 'submit' : 'time');
	write(`\n${renderExamScore(state)}`);
	return {state, output: parts.join(''), exitCode: allPassed(examGrades(state)) ? 0 : 1};
}

/** The shell as the realistic exam offers it: the tutor's `trace` and `help` answer that they are not available. */
function realisticShell(shell: Shell): Shell {
	const view = Object.create(shell) as Shell;
	view.run = (line, stdin) => {
		const refused = realisticRefusal(line);
		return refused ? stderr(`${refused}\n`) : shell.run(line, stdin);
	};
	return view;
}

/** The reference repair of every task, each after a `# task K` line, as a script `--script` takes. */
export function solutionScript(tasks: readonly ExamTask[]): string {
	return tasks.map((task, index) => `# task ${index + 1}: ${task.title}\n${task.solution.trimEnd()}\n`).join('\n');
}
