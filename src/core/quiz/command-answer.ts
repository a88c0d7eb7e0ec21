/**
 * Grading a typed command by what it does, not how it is spelled: run it in a sandbox prepared as
 * the question describes and compare what it prints with what the reference answer prints there
 * (`--selector=kubernetes.io/service-name=web` for `-l kubernetes.io/service-name=web`). Setups
 * and answers run with the content reader: neither reads a file.
 */
import type {ScriptRunner} from './predict-choices.js';
import type {GivenAnswer, Question, TextQuestion} from './quiz-types.js';

const SEED = 1;

/** True when `text`, run in the question's sandbox, succeeds and prints what the first accepted answer prints. */
export function sameCommandResult(question: TextQuestion, text: string, run: ScriptRunner): boolean {
	const command = text.trim();
	// One command, as typed at a prompt: no second line, no here-document to feed it.
	if (question.normalise !== 'command' || command === '' || /[\n\r]|<</.test(command) || question.accept.length === 0) return false;
	const reference = printed(run, question.setup, question.accept[0]);
	const given = printed(run, question.setup, command);
	return reference !== undefined && given !== undefined && reference === given;
}

/** What the last command printed after the setup, or undefined when it failed. */
function printed(run: ScriptRunner, setup: string | undefined, command: string): string | undefined {
	const script = `${setup ? `${setup.replace(/\n*$/, '\n')}` : ''}${command}\n`;
	const result = run(script, {seed: SEED, cloud: 'kind'}) as {transcript?: string; exitCode?: number} | undefined;
	if (!result || typeof result.transcript !== 'string') return undefined;
	const marker = `$ ${command}\n`;
	const at = result.transcript.lastIndexOf(marker);
	if (at < 0) return undefined;
	const output = result.transcript.slice(at + marker.length);
	// The setup is the author's and succeeded; a non-zero exit here is the answer's own failure.
	return result.exitCode === 0 ? output : undefined;
}

/** A typed answer to a command question, with whether it runs like the reference (when a grader is at hand). */
export function withCommandResult(question: Question, given: GivenAnswer | undefined, same: ((question: TextQuestion, text: string) => boolean) | undefined): GivenAnswer | undefined {
	if (!given || given.kind !== 'text' || question.kind !== 'text' || question.normalise !== 'command' || !same) return given;
	return {...given, sameResult: same(question, given.text)};
}
