/**
 * A drill being worked on: its sandbox in the broken state, the symptom observed there, and the
 * practice session that answers `check` (fixed or not yet, never which check fails), `hint`,
 * `solution` and `submit`.
 */
import type {DrillRecord} from '../progress/drill-record.js';
import {startTaskSandbox, type TaskSandbox, type TaskSandboxOptions} from '../lessons/task-sandbox.js';
import {gradesOf} from '../practice/grade-table.js';
import {checkPracticeTask, startPractice, statusOf, type PracticeState, type PracticeTask} from '../practice/practice-session.js';
import {drillSymptom} from './drill-symptom.js';
import {drillTask, generateDrill, type Drill, type DrillOptions} from './generate-drill.js';

export interface DrillRun {
	drill: Drill;
	sandbox: TaskSandbox;
	symptom: string;
	task: PracticeTask;
	practice: PracticeState;
}

export type DrillRunOptions = DrillOptions & Omit<TaskSandboxOptions, 'seed' | 'workers' | 'source'>;

export function startDrill(options: DrillRunOptions): DrillRun {
	const drill = generateDrill(options);
	const sandbox = startTaskSandbox({setup: drill.setup}, {...options, seed: options.seed, workers: drill.workers, source: `drill ${drill.seed}`});
	const symptom = drillSymptom(sandbox.cluster, drill);
	const task = drillTask(drill);
	return {drill, sandbox, symptom, task, practice: startPractice([task], {hideWhy: 'until-hint', submittable: true})};
}

/** What the learner reads first: which drill, and what the users report. */
export function drillIntro(run: DrillRun): string {
	const {drill} = run;
	const count = drill.faults.length === 1 ? 'one fault' : `${drill.faults.length} faults`;
	return `Drill ${drill.seed}, level ${drill.level} (${count}): ${drill.app.description}\nReported: ${run.symptom}\n`;
}

/** How a drill ended: progress keeps it with the time and an id (drill-record.ts). */
export type DrillOutcome = Omit<DrillRecord, 'id' | 'at'>;

/** Checks the final state (unless a submit just did) and says how the drill went. */
export function finishDrill(run: DrillRun, practice: PracticeState): {practice: PracticeState; outcome: DrillOutcome} {
	const checked = practice.submitted ? practice : checkPracticeTask(practice, run.sandbox.cluster, 0);
	const [grade] = gradesOf(checked);
	return {
		practice: checked,
		outcome: {
			seed: run.drill.seed,
			level: run.drill.level,
			template: run.drill.template,
			faults: run.drill.faults.map(fault => fault.kind),
			passed: grade.passed,
			assisted: statusOf(checked, 0) === 'assisted' || checked.hints[0].solutionRevealed,
			hints: checked.hints[0].level,
		},
	};
}

export function outcomeLine(outcome: DrillOutcome): string {
	if (!outcome.passed) return `Not fixed yet: what the users reported still happens.\n`;
	return outcome.assisted ? 'Fixed, with the solution shown (assisted).\n' : `Fixed${outcome.hints ? ` with ${outcome.hints} hint${outcome.hints === 1 ? '' : 's'}` : ''}.\n`;
}
