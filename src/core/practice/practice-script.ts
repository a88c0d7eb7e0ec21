/**
 * Runs a learner's script in a practice session, as batch mode does (the same `$ line` transcript,
 * streamed as each command finishes), answering the tutor's commands (`check`, `hint`, `task K`,
 * …) between the shell's. Lessons, exams and drills all run `--script` through here.
 */
import {outputText} from '../cluster/command-result.js';
import type {RunHooks} from '../cluster/shell/batch.js';
import type {Shell} from '../cluster/shell/shell.js';
import {splitScript} from '../cluster/shell/split-script.js';
import {parseTutorCommand, runTutorCommand, type PracticeState} from './practice-session.js';

export interface PracticeScriptResult {
	transcript: string;
	state: PracticeState;
}

/**
 * `afterShell` sees each shell command once it ran and may update the session: a lesson marks a
 * task assisted when the learner applied the manifest that completes it.
 */
export type AfterShell = (state: PracticeState, command: {line: string; stdin?: string}) => PracticeState;

export function runPracticeScript(shell: Shell, start: PracticeState, text: string, hooks: RunHooks = {}, afterShell?: AfterShell): PracticeScriptResult {
	const parts: string[] = [];
	const emit = (part: string): void => {
		if (!part) return;
		parts.push(part);
		hooks.write?.(part);
	};
	let state = start;
	for (const command of splitScript(text)) {
		hooks.before?.(command);
		emit(`$ ${command.firstLine}\n${command.warning ?? ''}`);
		const tutor = command.stdin === undefined ? parseTutorCommand(command.line) : undefined;
		if (tutor) {
			const reply = runTutorCommand(state, shell.cluster, tutor);
			state = reply.state;
			emit(reply.output);
			if (state.submitted) break;
			continue;
		}
		const output = outputText(shell.run(command.line, command.stdin));
		emit(output && !output.endsWith('\n') ? `${output}\n` : output);
		if (afterShell) state = afterShell(state, {line: command.line, ...(command.stdin === undefined ? {} : {stdin: command.stdin})});
	}
	return {transcript: parts.join(''), state};
}
