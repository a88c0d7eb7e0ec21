/**
 * Splits typed or scripted text into commands the way bash reads it: a trailing `\` joins the
 * next line, a here-document's body runs until its delimiter line, a loop runs until its `done`,
 * blank lines and `#` comment lines are skipped.
 */
import {opensLoop} from './command-list.js';
import {parseLine} from './parse-line.js';

export interface ScriptCommand {
	/** The command's first physical line, as written (what batch mode echoes after `$ `). */
	firstLine: string;
	/** The logical line: continuations joined. */
	line: string;
	/** The here-document body, with its final newline. */
	stdin?: string;
	/** bash's warning when a here-document runs to the end of the input. */
	warning?: string;
	/** 1-based line number of the first line. */
	lineNumber: number;
}

export function splitScript(text: string): ScriptCommand[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	const commands: ScriptCommand[] = [];
	let i = 0;
	while (i < lines.length) {
		const first = lines[i];
		const trimmed = first.trim();
		if (trimmed === '' || trimmed.startsWith('#')) {
			i++;
			continue;
		}
		const lineNumber = i + 1;
		let logical = first;
		while (endsWithContinuation(logical) && i + 1 < lines.length) {
			logical = logical.slice(0, -1) + lines[++i];
		}
		if (endsWithContinuation(logical)) logical = logical.slice(0, -1);
		i++;
		// `for …` / `while …` up to its `done`, over as many lines as it takes
		while (opensLoop(logical) && i < lines.length) logical += `\n${lines[i++]}`;
		const command: ScriptCommand = {firstLine: first, line: logical, lineNumber};
		const parsed = parseLine(logical);
		if (parsed.ok && parsed.heredoc) {
			const {delimiter, stripTabs} = parsed.heredoc;
			const body: string[] = [];
			let closed = false;
			while (i < lines.length) {
				const raw = lines[i++];
				const candidate = stripTabs ? raw.replace(/^\t+/, '') : raw;
				if (candidate === delimiter) {
					closed = true;
					break;
				}
				body.push(candidate);
			}
			command.stdin = body.length > 0 ? body.join('\n') + '\n' : '';
			if (!closed) command.warning = `bash: warning: here-document at line ${lineNumber} delimited by end-of-file (wanted \`${delimiter}')\n`;
		}
		commands.push(command);
	}
	return commands;
}

/** An odd number of trailing backslashes escapes the newline. */
function endsWithContinuation(line: string): boolean {
	const match = /\\+$/.exec(line);
	return Boolean(match && match[0].length % 2 === 1);
}
