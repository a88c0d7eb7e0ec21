/**
 * The few text utilities learners pipe kubectl into (`| grep web`, `| head -3`, `| wc -l`), plus
 * echo and cat. Pure functions over stdin and arguments.
 */
import type {CommandResult} from '../command-result.js';
import {compileRegex, RegexError, type PosixRegex} from './posix-regex.js';

type Reader = (path: string) => string | undefined;

const ok = (text: string): CommandResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): CommandResult => ({output: [{stream: 'stderr', text}], exitCode});

export function echo(args: readonly string[]): CommandResult {
	let newline = true;
	let escapes = false;
	let i = 0;
	while (i < args.length && /^-[neE]+$/.test(args[i])) {
		if (args[i].includes('n')) newline = false;
		if (args[i].includes('e')) escapes = true;
		i++;
	}
	let text = args.slice(i).join(' ');
	if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
	return ok(text + (newline ? '\n' : ''));
}

/** `busybox`: BusyBox's cat words a missing file its own way (`cat: can't open 'x': …`). */
export function cat(args: readonly string[], stdin: string | undefined, read: Reader, name = 'cat', busybox = false): CommandResult {
	const files = args.filter(arg => arg !== '-' && !/^-[A-Za-z]+$/.test(arg));
	if (files.length === 0) return ok(stdin ?? '');
	let text = '';
	const errors: string[] = [];
	for (const file of files) {
		const content = read(file);
		if (content === undefined) errors.push(busybox ? `${name}: can't open '${file}': No such file or directory\n` : `${name}: ${file}: No such file or directory\n`);
		else text += content;
	}
	const result = ok(text);
	for (const error of errors) result.output.push({stream: 'stderr', text: error});
	if (errors.length > 0) result.exitCode = 1;
	return result;
}

function inputOf(files: readonly string[], stdin: string | undefined, read: Reader, name: string): {text: string} | CommandResult {
	if (files.length === 0) return {text: stdin ?? ''};
	let text = '';
	for (const file of files) {
		const content = read(file);
		if (content === undefined) return fail(`${name}: ${file}: No such file or directory\n`, 2);
		text += content;
	}
	return {text};
}

function lines(text: string): string[] {
	if (text === '') return [];
	const parts = text.split('\n');
	if (parts[parts.length - 1] === '') parts.pop();
	return parts;
}

/** Matching lines with `before`/`after` context lines; `--` separates groups that do not touch. */
function withContext(all: readonly string[], hits: readonly boolean[], before: number, after: number): string[] {
	const keep = new Set<number>();
	hits.forEach((hit, index) => {
		if (!hit) return;
		for (let i = Math.max(0, index - before); i <= Math.min(all.length - 1, index + after); i++) keep.add(i);
	});
	const out: string[] = [];
	let last = -1;
	for (const index of [...keep].sort((a, b) => a - b)) {
		if (last >= 0 && index > last + 1) out.push('--');
		out.push(all[index]);
		last = index;
	}
	return out;
}

export function grep(args: readonly string[], stdin: string | undefined, read: Reader): CommandResult {
	let invert = false;
	let ignoreCase = false;
	let count = false;
	let word = false;
	let after = 0;
	let before = 0;
	let only = false;
	let syntax: 'basic' | 'extended' | 'fixed' = 'basic';
	const rest: string[] = [];
	let pattern: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '-e' && i + 1 < args.length) {
			pattern = args[++i];
			continue;
		}
		// -A NUM, -B NUM, -C NUM (also -A2, --after-context=2): context lines around each match
		const context = /^(?:-([ABC])(\d*)|--(after|before)?-?context=(\d+))$/.exec(arg);
		if (context) {
			const value = context[2] || context[4] || args[++i];
			if (value === undefined || !/^\d+$/.test(value)) return fail(`grep: ${value ?? ''}: invalid context length argument\n`, 2);
			const which = context[1] ?? (context[3] === 'after' ? 'A' : context[3] === 'before' ? 'B' : 'C');
			if (which !== 'B') after = Number(value);
			if (which !== 'A') before = Number(value);
			continue;
		}
		if (/^-[a-zA-Z]+$/.test(arg)) {
			for (const letter of arg.slice(1)) {
				if (letter === 'v') invert = true;
				else if (letter === 'i') ignoreCase = true;
				else if (letter === 'c') count = true;
				else if (letter === 'w') word = true;
				else if (letter === 'o') only = true;
				else if (letter === 'E') syntax = 'extended';
				else if (letter === 'F') syntax = 'fixed';
				else if (letter === 'G') syntax = 'basic';
				else if (!'qs'.includes(letter)) return fail(`grep: invalid option -- '${letter}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`, 2);
			}
			continue;
		}
		if (pattern === undefined) pattern = arg;
		else rest.push(arg);
	}
	if (pattern === undefined) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2);
	const input = inputOf(rest, stdin, read, 'grep');
	if ('exitCode' in input) return input;
	let regex: PosixRegex;
	try {
		const source = syntax === 'fixed' ? pattern.replace(/[.*[\]\\^$]/g, '\\$&') : pattern;
		regex = compileRegex(source, {extended: syntax === 'extended', ignoreCase, word});
	} catch (error) {
		if (error instanceof RegexError) return fail(`grep: ${error.message}\n`, 2);
		throw error;
	}
	const all = lines(input.text);
	const hits = all.map(line => regex.test(line) !== invert);
	const matched = all.filter((_line, index) => hits[index]);
	if (count) return {output: [{stream: 'stdout', text: `${matched.length}\n`}], exitCode: matched.length > 0 ? 0 : 1};
	if (only && !invert) {
		const parts = matched.flatMap(line => regex.matches(line));
		return {output: parts.length > 0 ? [{stream: 'stdout', text: parts.join('\n') + '\n'}] : [], exitCode: matched.length > 0 ? 0 : 1};
	}
	const shown = after > 0 || before > 0 ? withContext(all, hits, before, after) : matched;
	return {output: matched.length > 0 ? [{stream: 'stdout', text: shown.join('\n') + '\n'}] : [], exitCode: matched.length > 0 ? 0 : 1};
}

function countArg(args: readonly string[], name: string): {n: number; files: string[]} | CommandResult {
	let n = 10;
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const attached = /^-n?(\d+)$/.exec(arg);
		if (attached) n = Number(attached[1]);
		else if (arg === '-n' && i + 1 < args.length) {
			if (!/^\d+$/.test(args[i + 1])) return fail(`${name}: invalid number of lines: '${args[i + 1]}'\n`);
			n = Number(args[++i]);
		} else files.push(arg);
	}
	return {n, files};
}

export function head(args: readonly string[], stdin: string | undefined, read: Reader): CommandResult {
	const parsed = countArg(args, 'head');
	if ('exitCode' in parsed) return parsed;
	const input = inputOf(parsed.files, stdin, read, 'head');
	if ('exitCode' in input) return input;
	const kept = lines(input.text).slice(0, parsed.n);
	return ok(kept.length > 0 ? kept.join('\n') + '\n' : '');
}

export function tail(args: readonly string[], stdin: string | undefined, read: Reader): CommandResult {
	const parsed = countArg(args, 'tail');
	if ('exitCode' in parsed) return parsed;
	const input = inputOf(parsed.files, stdin, read, 'tail');
	if ('exitCode' in input) return input;
	const all = lines(input.text);
	const kept = parsed.n === 0 ? [] : all.slice(-parsed.n);
	return ok(kept.length > 0 ? kept.join('\n') + '\n' : '');
}

export function wc(args: readonly string[], stdin: string | undefined, read: Reader): CommandResult {
	const flags = args.filter(arg => /^-[lwc]+$/.test(arg)).join('');
	const files = args.filter(arg => !/^-[lwc]+$/.test(arg));
	const input = inputOf(files, stdin, read, 'wc');
	if ('exitCode' in input) return input;
	const counts = {l: (input.text.match(/\n/g) ?? []).length, w: input.text.split(/\s+/).filter(Boolean).length, c: new TextEncoder().encode(input.text).length};
	const chosen = flags ? (['l', 'w', 'c'] as const).filter(letter => flags.includes(letter)) : (['l', 'w', 'c'] as const);
	if (chosen.length === 1) return ok(`${counts[chosen[0]]}\n`);
	return ok(chosen.map(letter => String(counts[letter]).padStart(7)).join(' ') + '\n');
}

export function sort(args: readonly string[], stdin: string | undefined, read: Reader): CommandResult {
	const reverse = args.some(arg => /^-[a-z]*r/.test(arg));
	const numeric = args.some(arg => /^-[a-z]*n/.test(arg));
	const files = args.filter(arg => !arg.startsWith('-'));
	const input = inputOf(files, stdin, read, 'sort');
	if ('exitCode' in input) return input;
	const sorted = lines(input.text).sort((a, b) => (numeric ? Number.parseFloat(a) - Number.parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0));
	if (reverse) sorted.reverse();
	return ok(sorted.length > 0 ? sorted.join('\n') + '\n' : '');
}
