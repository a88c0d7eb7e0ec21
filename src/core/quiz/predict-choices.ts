import type {ContentProblem} from '../content/content-problem.js';
import type {SessionItem} from './quiz-session.js';
import type {PredictQuestion, Quiz} from './quiz-types.js';
import {sanitise} from '../content/sanitise.js';

/**
 * Runs a sandbox batch script (KCTL's `runScript`) and returns its transcript. Injected so the
 * quiz core never depends on the simulator being present.
 */
export type ScriptRunner = (script: string, options: {seed: number; cloud: 'kind' | 'none'}) => unknown;

/** The transcript text, whatever shape the runner returns it in. */
export function transcriptOf(result: unknown): string | undefined {
	if (typeof result === 'string') return result;
	if (result && typeof result === 'object') {
		for (const key of ['transcript', 'stdout', 'output']) {
			const value = (result as Record<string, unknown>)[key];
			if (typeof value === 'string') return value;
		}
	}
	return undefined;
}

/** What the last `$ COMMAND` of a transcript printed. */
export function outputOfCommand(transcript: string, command: string): string | undefined {
	const marker = `$ ${command.split('\n')[0]}`;
	const lines = transcript.split('\n');
	let start = -1;
	for (let index = lines.length - 1; index >= 0; index--) {
		if (lines[index] === marker) {
			start = index;
			break;
		}
	}
	if (start < 0) return undefined;
	return lines.slice(start + 1).join('\n').replace(/\s+$/, '');
}

export async function runSetup(run: ScriptRunner, question: PredictQuestion, setup: string): Promise<string | undefined> {
	const script = `${setup.replace(/\s+$/, '')}\n${question.command}\n`;
	const transcript = transcriptOf(await run(script, {seed: question.seed, cloud: question.cloud}));
	const output = transcript === undefined ? undefined : outputOfCommand(transcript, question.command);
	return output === undefined ? undefined : sanitise(output);
}

/**
 * Fill in a predict question's choices from the simulator: the real setup's output is the
 * answer, each alternative setup's output a distractor, so every choice is a true output of
 * something. Identical outputs would make the question ambiguous and are reported.
 */
export async function generatePredictChoices(
	quiz: Quiz,
	run: ScriptRunner,
	positions: Map<string, {line: number; col: number}>,
	options: {checkSetups?: boolean} = {},
): Promise<{quiz: Quiz; problems: ContentProblem[]}> {
	const problems: ContentProblem[] = [];
	const questions = [];
	for (const question of quiz.questions) {
		if (question.kind !== 'predict') {
			questions.push(question);
			continue;
		}
		const outputs: string[] = [];
		let failed = false;
		for (const [index, setup] of [question.setup, ...question.alternatives].entries()) {
			const at = {file: quiz.file, ...(positions.get(`${question.id}#${index}`) ?? positions.get(question.id) ?? {line: 1, col: 1})};
			let output: string | undefined;
			try {
				const failure = options.checkSetups ? await setupFailure(run, question, setup.script) : undefined;
				if (failure) {
					problems.push({...at, message: `question "${question.id}": ${setupName(index)} fails before the command runs: ${failure}`});
					failed = true;
					continue;
				}
				output = await runSetup(run, question, setup.script);
			} catch (error) {
				problems.push({...at, message: `question "${question.id}": ${setupName(index)} could not run: ${String((error as Error)?.message ?? error).split('\n')[0]}`});
				failed = true;
				continue;
			}
			if (output === undefined) {
				problems.push({...at, message: `question "${question.id}": ${setupName(index)} did not print a transcript for "${question.command}"`});
				failed = true;
			} else if (outputs.includes(output)) {
				problems.push({...at, message: `question "${question.id}": ${setupName(index)} prints the same as ${setupName(outputs.indexOf(output))}, so two choices would be identical`});
				failed = true;
			} else {
				outputs.push(output);
			}
		}
		if (failed) continue;
		const order = shuffledOrder(outputs.length, question.id);
		questions.push({...question, outputs, choices: order.map(index => outputs[index]), answer: [order.indexOf(0) + 1]});
	}
	return {quiz: {...quiz, questions}, problems};
}

/** The first line a failing setup printed after its `$` lines, when any of its commands failed. */
async function setupFailure(run: ScriptRunner, question: PredictQuestion, setup: string): Promise<string | undefined> {
	const result = await run(`${setup.replace(/\s+$/, '')}\n`, {seed: question.seed, cloud: question.cloud});
	const exitCode = result && typeof result === 'object' ? (result as {exitCode?: unknown}).exitCode : undefined;
	if (exitCode === undefined || exitCode === 0) return undefined;
	const lines = (transcriptOf(result) ?? '').split('\n').filter(line => line !== '' && !line.startsWith('$ '));
	return sanitise(lines.find(line => /error/i.test(line)) ?? lines[0] ?? `exit status ${String(exitCode)}`);
}

function setupName(index: number): string {
	return index === 0 ? 'the setup' : `alternative ${index}`;
}

/** A fixed permutation per question id, so the right output is not always first. */
export function shuffledOrder(count: number, key: string): number[] {
	let state = 2166136261;
	for (const char of key) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
	const order = Array.from({length: count}, (_, index) => index);
	for (let index = count - 1; index > 0; index--) {
		state = Math.imul(state ^ (state >>> 13), 1274126177) >>> 0;
		const swap = state % (index + 1);
		[order[index], order[swap]] = [order[swap], order[index]];
	}
	return order;
}

/**
 * Generate the choices of predict questions picked for a session (loaded with `keepPending`),
 * so only the questions actually asked run the simulator. Questions that cannot be generated
 * are left out; their problems are returned.
 */
export async function completePredictItems(items: readonly SessionItem[], run: ScriptRunner | undefined): Promise<{items: SessionItem[]; problems: ContentProblem[]}> {
	const done: SessionItem[] = [];
	const problems: ContentProblem[] = [];
	for (const item of items) {
		const question = item.question;
		if (question.kind !== 'predict' || question.choices.length > 0) {
			done.push(item);
			continue;
		}
		if (!run) continue;
		const single: Quiz = {id: item.quiz, title: '', lesson: item.lesson, file: item.quiz, questions: [question]};
		const generated = await generatePredictChoices(single, run, new Map());
		problems.push(...generated.problems);
		const ready = generated.quiz.questions[0];
		if (ready) done.push({...item, question: ready});
	}
	return {items: done, problems};
}
