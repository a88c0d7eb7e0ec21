/**
 * kubectl's entry point: finds the (sub)command the way cobra does (flags may come first),
 * parses flags pflag-style, and runs it. Usage errors use kubectl's wording and exit 1.
 */
import type {KubectlCommand} from './command.js';
import {COMMANDS, KUBECTL_VERBS} from './commands/index.js';
import {Flags, parseFlags, type FlagSpec} from './flags.js';
import {Output, type KubectlEnv, type ShellResult} from './kubectl-env.js';
import {rootHelp, commandHelp} from './help.js';
import {suggestionsFor} from './suggest.js';
import {dryRunDeprecation} from './dry-run.js';
import {klogLine} from '../klog.js';

/** A klog warning line as kubectl writes it: `W1204 02:35:43.251862   31447 helpers.go:703] …`. */
function klogWarning(env: KubectlEnv, source: string, message: string): string {
	return klogLine(env.cluster, 'W', source, message);
}
import {isFileRefused} from '../shell/file-refused.js';

export const GLOBAL_FLAGS: FlagSpec[] = [
	{name: 'namespace', short: 'n', type: 'string'},
	{name: 'context', type: 'string'},
	{name: 'kubeconfig', type: 'string'},
	{name: 'cluster', type: 'string'},
	{name: 'user', type: 'string'},
	{name: 'server', short: 's', type: 'string'},
	{name: 'v', short: 'v', type: 'string'},
	{name: 'request-timeout', type: 'string'},
	{name: 'insecure-skip-tls-verify', type: 'bool'},
	{name: 'help', short: 'h', type: 'bool'},
];

/** Runs `kubectl ARGS…` (argv without the word `kubectl`). */
export function runKubectl(env: KubectlEnv, argv: readonly string[]): ShellResult {
	const out = new Output();
	const verbAt = firstWord(argv, GLOBAL_FLAGS);
	if (verbAt === -1) {
		const parsed = parseFlags(argv, GLOBAL_FLAGS);
		if (!parsed.ok) return out.err(`error: ${parsed.message}\nSee 'kubectl --help' for usage.\n`).done(1);
		return out.out(rootHelp(COMMANDS)).done(0);
	}
	const verb = argv[verbAt];
	const command = COMMANDS.find(candidate => candidate.name === verb || candidate.aliases?.includes(verb));
	if (!command) {
		if (KUBECTL_VERBS.includes(verb)) return out.err(`error: "kubectl ${verb}" is not available in the kubetutor sandbox\n`).done(1);
		return out.err(unknownCommand(verb)).done(1);
	}
	const rest = [...argv.slice(0, verbAt), ...argv.slice(verbAt + 1)];
	return runCommand(env, command, `kubectl ${command.name}`, rest);
}

function runCommand(env: KubectlEnv, command: KubectlCommand, path: string, argv: string[]): ShellResult {
	const specs = [...GLOBAL_FLAGS, ...command.flags];
	if (command.subcommands) {
		const at = firstWord(argv, specs);
		const word = at === -1 ? undefined : argv[at];
		const sub = command.subcommands.find(candidate => candidate.name === word || candidate.aliases?.includes(word ?? ''));
		if (sub) return runCommand(env, sub, `${path} ${sub.name}`, [...argv.slice(0, at), ...argv.slice(at + 1)]);
	}
	const parsed = parseFlags(argv, specs);
	if (!parsed.ok) return new Output().err(`error: ${parsed.message}\nSee '${path} --help' for usage.\n`).done(1);
	const flags = new Flags(parsed.parsed);
	if (flags.bool('help')) return new Output().out(commandHelp(path, command)).done(0);
	const deprecation = flags.has('dry-run') ? dryRunDeprecation(flags.string('dry-run')) : undefined;
	const namespaceGiven = flags.has('namespace');
	const namespace = flags.string('namespace') || env.kubeconfig?.namespace || 'default';
	try {
		const result = command.run({env, flags, namespace, namespaceGiven, path});
		return deprecation ? {...result, output: [{stream: 'stderr', text: klogWarning(env, 'helpers.go:703', deprecation)}, ...result.output]} : result;
	} catch (error) {
		if (isFileRefused(error)) return new Output().err(`error: ${error.message}\n`).done(1);
		const message = error instanceof Error ? error.message : String(error);
		return new Output().err(`kubetutor: internal error in ${path}: ${message.split('\n')[0]}\n`).done(1);
	}
}

/** Index of the first word that is neither a flag nor a flag's value, or -1. */
function firstWord(argv: readonly string[], specs: readonly FlagSpec[]): number {
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i];
		if (word === '--') return -1;
		if (word.startsWith('--')) {
			const name = word.slice(2).split('=')[0];
			const spec = specs.find(candidate => candidate.name === name);
			if (spec && spec.type !== 'bool' && spec.bare === undefined && !word.includes('=')) i++;
			continue;
		}
		if (word.startsWith('-') && word.length > 1) {
			const letters = word.slice(1);
			const last = specs.find(candidate => candidate.short === letters[letters.length - 1]);
			const first = specs.find(candidate => candidate.short === letters[0]);
			if (first && first.type !== 'bool') {
				if (letters.length === 1) i++;
				continue;
			}
			if (last && last.type !== 'bool' && [...letters].every(letter => specs.some(spec => spec.short === letter))) i++;
			continue;
		}
		return i;
	}
	return -1;
}

function unknownCommand(verb: string): string {
	const suggestions = suggestionsFor(verb, COMMANDS.filter(command => !command.hidden).map(command => command.name)).sort();
	const block = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map(name => `\t${name}\n`).join('')}` : '';
	return `error: unknown command "${verb}" for "kubectl"${block}\nRun 'kubectl --help' for usage.\n`;
}
