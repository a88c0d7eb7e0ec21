/**
 * `iptables -t TABLE -S [CHAIN]` and `iptables -t TABLE -L [CHAIN] [-n] [--line-numbers]` on a
 * node: the node's rule table (network/proxy-rules.ts) in iptables' own list formats, and
 * `iptables-save` with its `-t` option. Only listing is simulated: the rules are kube-proxy's,
 * and it rewrites them on every sync (docs/simulation.md, "Network").
 */
import type {ShellResult} from '../kubectl/kubectl-env.js';
import {ruleSpec, savedProbability, targetName, type Chain, type Match, type Rule, type RuleTable, type Table, type Target} from '../network/iptables-rule.js';
import {IPTABLES_VERSION, iptablesSave, TABLES} from './iptables-save.js';

const ok = (text: string): ShellResult => ({output: [{stream: 'stdout', text}], exitCode: 0});
const fail = (text: string, exitCode: number): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

const TRY_HELP = "Try `iptables -h' or 'iptables --help' for more information.\n";

/** `iptables-save [-t TABLE]`. */
export function iptablesSaveCommand(table: RuleTable, simMs: number, args: readonly string[]): ShellResult {
	let only: Table | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const value = arg === '-t' || arg === '--table' ? args[++i] : arg.startsWith('--table=') ? arg.slice(8) : arg.startsWith('-t') && arg.length > 2 ? arg.slice(2) : undefined;
		if (value !== undefined) {
			if (!TABLES.includes(value as Table)) return fail(`iptables-save ${IPTABLES_VERSION}: table '${value}' does not exist\n`, 1);
			only = value as Table;
		} else if (arg !== '-c' && arg !== '--counters') {
			return fail(`iptables-save: unrecognized option '${arg}'\n`, 1);
		}
	}
	return ok(iptablesSave(table, simMs, only));
}

interface Options {
	table: string;
	command?: 'S' | 'L';
	chain?: string;
	numeric: boolean;
	lineNumbers: boolean;
}

function parse(args: readonly string[]): Options | ShellResult {
	const options: Options = {table: 'filter', numeric: false, lineNumbers: false};
	const words = [...args];
	while (words.length > 0) {
		const arg = words.shift() as string;
		if (arg === '-t' || arg === '--table') options.table = words.shift() ?? '';
		else if (arg === '-S' || arg === '--list-rules' || arg === '-L' || arg === '--list') {
			options.command = arg === '-S' || arg === '--list-rules' ? 'S' : 'L';
			if (words[0] !== undefined && !words[0].startsWith('-')) options.chain = words.shift();
		} else if (arg === '-n' || arg === '--numeric') options.numeric = true;
		else if (arg === '--line-numbers') options.lineNumbers = true;
		else if (arg === '-w' || arg === '--wait') {
			if (words[0] !== undefined && /^\d+$/.test(words[0])) words.shift();
		} else if (/^-[nLStw]+$/.test(arg)) {
			// bundled short options: -nL, -tnat is not bundled but -t nat is
			for (const flag of arg.slice(1)) {
				if (flag === 'n') options.numeric = true;
				else if (flag === 'L' || flag === 'S') {
					options.command = flag;
					if (words[0] !== undefined && !words[0].startsWith('-')) options.chain = words.shift();
				} else if (flag === 't') options.table = words.shift() ?? '';
			}
		} else if (arg.startsWith('-t') && arg.length > 2) options.table = arg.slice(2);
		else if (/^-[A-Za-z]$/.test(arg) || arg.startsWith('--')) return fail(`iptables ${IPTABLES_VERSION}: only listing (-S, -L) is simulated; kube-proxy owns these rules and rewrites them on every sync\n`, 2);
		else return fail(`Bad argument \`${arg}'\n${TRY_HELP}`, 2);
	}
	return options;
}

/** `iptables …` on a node. */
export function iptablesCommand(table: RuleTable, args: readonly string[]): ShellResult {
	const options = parse(args);
	if ('output' in options) return options;
	if (!TABLES.includes(options.table as Table)) return fail(`iptables ${IPTABLES_VERSION}: table '${options.table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3);
	if (!options.command) return fail(`iptables ${IPTABLES_VERSION}: no command specified\n${TRY_HELP}`, 2);
	const chains = table[options.table as Table];
	const chosen = options.chain === undefined ? chains : chains.filter(chain => chain.name === options.chain);
	if (chosen.length === 0) return fail('iptables: No chain/target/match by that name.\n', 1);
	return ok(options.command === 'S' ? listRules(chosen) : list(chains, chosen, options));
}

/** `-S`: the chain lines (`-P` for built-in chains, `-N` for the others), then every rule. */
function listRules(chains: readonly Chain[]): string {
	const heads = chains.map(chain => (chain.policy ? `-P ${chain.name} ${chain.policy}` : `-N ${chain.name}`));
	return [...heads, ...chains.flatMap(chain => chain.rules.map(ruleSpec))].map(line => `${line}\n`).join('');
}

/** Port names from the node's /etc/services, as `-L` without `-n` prints them. */
const SERVICES: Record<number, string> = {22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 8080: 'http-alt'};

function list(all: readonly Chain[], chains: readonly Chain[], options: Options): string {
	const blocks = chains.map(chain => {
		const references = all.reduce((n, other) => n + other.rules.filter(rule => rule.target?.kind === 'jump' && rule.target.chain === chain.name).length, 0);
		const head = chain.policy ? `Chain ${chain.name} (policy ${chain.policy})` : `Chain ${chain.name} (${references} references)`;
		const columns = `${options.lineNumbers ? 'num  ' : ''}${'target'.padEnd(9)}  prot opt ${'source'.padEnd(19)}  ${'destination'.padEnd(19)} `;
		const rows = chain.rules.map((rule, index) => `${options.lineNumbers ? `${String(index + 1).padEnd(4)} ` : ''}${listRule(rule, options.numeric)}`);
		return [head, columns, ...rows].join('\n');
	});
	return `${blocks.join('\n\n')}\n`;
}

function address(cidr: string | undefined, numeric: boolean): string {
	if (!cidr || cidr === '0.0.0.0/0') return numeric ? '0.0.0.0/0' : 'anywhere';
	return cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr;
}

/** One rule as print_firewall lays it out: target, prot, opt, source, destination, then each match and the target's options. */
function listRule(rule: Rule, numeric: boolean): string {
	const source = `${rule.source?.negate ? '!' : ' '}${address(rule.source?.cidr, numeric).padEnd(19)} `;
	const destination = `${rule.destination?.negate ? '!' : ' '}${address(rule.destination?.cidr, numeric).padEnd(19)} `;
	const extras = rule.matches.map(match => listMatch(match, numeric)).join('') + listTarget(rule.target);
	return `${targetName(rule.target).padEnd(9)}  ${(rule.protocol ?? 'all').padEnd(4)} -- ${source}${destination}${extras}`;
}

function port(n: number, numeric: boolean): string {
	return numeric ? String(n) : SERVICES[n] ?? String(n);
}

function listMatch(match: Match, numeric: boolean): string {
	switch (match.kind) {
		case 'comment':
			return ` /* ${match.text} */`;
		case 'port':
			return ` ${match.protocol}${match.dport === undefined ? '' : ` dpt:${port(match.dport, numeric)}`}`;
		case 'addrtype':
			return ` ADDRTYPE match ${match.negate ? '!' : ''}${match.type}-type LOCAL`;
		case 'statistic':
			return ` statistic mode random probability ${savedProbability(match.probability)}`;
		case 'recent-set':
			return ` recent: SET name: ${match.name} side: source mask: 255.255.255.255`;
		case 'recent-check':
			return ` recent: CHECK seconds: ${match.seconds} reap name: ${match.name} side: source mask: 255.255.255.255`;
		case 'mark':
			return ` mark match${match.negate ? ' !' : ''}${match.mask === 0xffffffff ? ` 0x${match.mark.toString(16)}` : ` 0x${match.mark.toString(16)}/0x${match.mask.toString(16)}`}`;
		case 'conntrack':
			return ` ${match.negate ? '! ' : ''}ctstate ${match.states}`;
		case 'nfacct':
			return ` nfacct-name  ${match.name}`;
	}
}

function listTarget(target: Target | undefined): string {
	if (!target) return '';
	switch (target.kind) {
		case 'DNAT':
			return ` to:${target.to}`;
		case 'REJECT':
			return ' reject-with icmp-port-unreachable';
		case 'MASQUERADE':
			return ' random-fully';
		case 'MARK':
			if (target.mark === target.mask) return ` MARK or 0x${target.mark.toString(16)}`;
			if (target.mask === 0) return ` MARK xor 0x${target.mark.toString(16)}`;
			return ` MARK xset 0x${target.mark.toString(16)}/0x${target.mask.toString(16)}`;
		default:
			return '';
	}
}
