import {parseArgs as splitArgs} from 'node:util';
import {COMMAND_SPECS, GLOBAL_FLAGS, findSpec, type FlagSpec} from './command-specs.js';
import {closest} from './suggest.js';

export interface ParsedOptions {
	plain: boolean;
	content: string[];
	noColor: boolean;
}

export type ParsedArgs =
	| {kind: 'run'; command: string | undefined; args: string[]; options: ParsedOptions}
	| {kind: 'help'; command: string | undefined; options: ParsedOptions}
	| {kind: 'version'}
	| {kind: 'usage-error'; message: string};

const COMMAND_NAMES = COMMAND_SPECS.map(spec => spec.name);

function findFlag(flags: readonly FlagSpec[], word: string): FlagSpec | undefined {
	return flags.find(flag => flag.name === word || flag.alias === word);
}

function seeHelp(command: string | undefined): string {
	return command ? `See 'kubetutor ${command} --help'.` : "See 'kubetutor --help'.";
}

function unknownFlag(word: string, command: string | undefined, known: readonly FlagSpec[]): string {
	const guess = closest(word, known.map(flag => flag.name));
	const where = command ? ` for "${command}"` : '';
	const hint = guess ? ` Did you mean "${guess}"?` : '';
	return `kubetutor: unknown flag "${word}"${where}.${hint} ${seeHelp(command)}`;
}

/** Every flag any command or the program knows, as node:util parseArgs declares them. */
const PARSE_OPTIONS = Object.fromEntries(
	[...GLOBAL_FLAGS, ...COMMAND_SPECS.flatMap(spec => spec.flags)].map(flag => [flag.name.slice(2), {type: flag.value ? ('string' as const) : ('boolean' as const), ...(flag.alias ? {short: flag.alias.slice(1)} : {})}]),
);

/**
 * argv (without node and the script) → what to do. node:util `parseArgs` splits the words into
 * flags, values and positionals; the spec table (command-specs.ts) then decides what each means.
 * Global options may appear anywhere; a command's own flags are checked against its spec and
 * handed on in canonical form (`--seed 5`).
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	const options: ParsedOptions = {plain: false, content: [], noColor: false};
	let command: string | undefined;
	let wantHelp = false;
	let wantVersion = false;
	const args: string[] = [];
	const positional: string[] = [];
	const {tokens} = splitArgs({args: [...argv], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true});

	for (const token of tokens) {
		if (token.kind === 'option-terminator') continue;
		if (token.kind === 'positional') {
			const word = token.value;
			if (command === undefined) {
				if (!findSpec(word)) {
					const guess = closest(word, COMMAND_NAMES);
					const hint = guess ? ` Did you mean "${guess}"?` : '';
					return {kind: 'usage-error', message: `kubetutor: unknown command "${word}".${hint} ${seeHelp(undefined)}`};
				}
				command = word;
			} else {
				positional.push(word);
				args.push(word);
			}
			continue;
		}
		const name = token.rawName;
		const global = findFlag(GLOBAL_FLAGS, name);
		const spec = command ? findSpec(command) : undefined;
		const own = spec ? findFlag(spec.flags, name) : undefined;
		const flag = own ?? global;
		if (!flag) return {kind: 'usage-error', message: unknownFlag(name, command, [...(spec?.flags ?? []), ...GLOBAL_FLAGS])};
		const value = token.value;
		if (flag.value) {
			if (value === undefined) return {kind: 'usage-error', message: `kubetutor: flag "${flag.name}" needs a value (${flag.value}). ${seeHelp(command)}`};
			if (flag.choices && !flag.choices.includes(value)) {
				return {kind: 'usage-error', message: `kubetutor: ${flag.name} must be one of: ${flag.choices.join(', ')}. ${seeHelp(command)}`};
			}
		} else if (value !== undefined) {
			return {kind: 'usage-error', message: `kubetutor: flag "${flag.name}" takes no value. ${seeHelp(command)}`};
		}
		if (own) {
			args.push(flag.name);
			if (value !== undefined) args.push(value);
			continue;
		}
		switch (flag.name) {
			case '--plain': options.plain = true; break;
			case '--no-color': options.noColor = true; break;
			case '--content': options.content.push(value ?? ''); break;
			case '--help': wantHelp = true; break;
			case '--version': wantVersion = true; break;
		}
	}

	if (wantVersion && command === undefined) return {kind: 'version'};
	if (wantHelp) return {kind: 'help', command, options};
	if (command === 'help') {
		const topic = positional[0];
		if (topic !== undefined && !findSpec(topic)) {
			const guess = closest(topic, COMMAND_NAMES);
			const hint = guess ? ` Did you mean "${guess}"?` : '';
			return {kind: 'usage-error', message: `kubetutor: no help for unknown command "${topic}".${hint} ${seeHelp(undefined)}`};
		}
		return {kind: 'help', command: topic, options};
	}
	const spec = command ? findSpec(command) : undefined;
	if (spec && positional.length > spec.maxArgs) {
		const extra = positional[spec.maxArgs];
		return {kind: 'usage-error', message: `kubetutor: unexpected argument "${extra}" for "${spec.name}". Usage: ${spec.usage}`};
	}
	return {kind: 'run', command, args, options};
}
