/**
 * `dig` (BIND 9.18): full output with header, QUESTION/ANSWER/AUTHORITY sections and statistics,
 * `+short`, `+search` (off by default, unlike nslookup), `@server`, `-t TYPE`, `-x IP`,
 * `+noall +answer`.
 */
import type {Cluster} from '../cluster.js';
import {advanceTime} from '../controllers/settle.js';
import {SIM_EPOCH_MS} from '../sim-clock.js';
import type {Vantage} from '../vantage.js';
import {clientFor, isIPv4} from './addresses.js';
import type {ToolResult} from './tool-result.js';
import {absolute, ipToPtr, RR_TYPES, type DnsRecord, type DnsResponse, type RRType} from './dns.js';
import {lookupHops, searchLookup} from './name-resolution.js';

const DIG_VERSION = '9.18.33';

interface DigOptions {
	name?: string;
	type: RRType;
	server?: string;
	short: boolean;
	search: boolean;
	sections: {comments: boolean; question: boolean; answer: boolean; authority: boolean; stats: boolean; cmd: boolean};
}

function parse(argv: readonly string[]): DigOptions | string {
	const all = {comments: true, question: true, answer: true, authority: true, stats: true, cmd: true};
	const options: DigOptions = {type: 'A', short: false, search: false, sections: {...all}};
	let typeGiven = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg.startsWith('@')) options.server = arg.slice(1);
		else if (arg.startsWith('+')) {
			const flag = arg.slice(1).toLowerCase();
			const on = !flag.startsWith('no');
			const word = on ? flag : flag.slice(2);
			if (word === 'short') options.short = on;
			else if (word === 'search') options.search = on;
			else if (word === 'all') for (const key of Object.keys(all) as Array<keyof typeof all>) options.sections[key] = on;
			else if (word in options.sections) options.sections[word as keyof typeof all] = on;
		} else if (arg === '-t' || arg === '-x') {
			const value = argv[++i];
			if (value === undefined) return `dig: option requires an argument -- '${arg.slice(1)}'`;
			if (arg === '-t') {
				const type = value.toUpperCase() as RRType;
				if (!RR_TYPES.includes(type)) return `dig: '${value}' is not a valid type`;
				options.type = type;
				typeGiven = true;
			} else {
				if (!isIPv4(value)) return `dig: '${value}' is not a legal IPv4 address`;
				options.name = ipToPtr(value);
				options.type = 'PTR';
				typeGiven = true;
			}
		} else if (arg.startsWith('-')) return `Invalid option: ${arg}`;
		else if (!typeGiven && RR_TYPES.includes(arg.toUpperCase() as RRType)) {
			options.type = arg.toUpperCase() as RRType;
			typeGiven = true;
		} else if (arg.toUpperCase() === 'IN') continue;
		else options.name = arg;
	}
	return options;
}

const USAGE = 'Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n            {global-d-opt} host [@local-server] {local-d-opt}\n            [ host [@local-server] {local-d-opt} [...]]\n\nUse "dig -h" (or "dig -h | more") for complete list of options\n';

export function dig(cluster: Cluster, vantage: Vantage, argv: readonly string[]): ToolResult {
	const options = parse(argv);
	if (typeof options === 'string') return {output: [{stream: 'stderr', text: `${options}\n${USAGE}`}], exitCode: 1};
	const client = clientFor(cluster, vantage);
	// Without a name dig asks for the root servers.
	const name = options.name ?? '.';
	const type: RRType = options.name === undefined ? 'NS' : options.type;
	const lookup = searchLookup(cluster, client, name, type, {server: options.server, search: options.search});
	const trace = [{kind: 'start' as const, where: client.label, text: `dig ${type} ${name} via ${lookup.server}${options.search ? ' (+search)' : ' (no search list)'}`}, ...lookupHops(lookup)];
	const command = `; <<>> DiG ${DIG_VERSION} <<>> ${argv.join(' ')}`.trimEnd() + '\n';
	if (lookup.failure) {
		if (lookup.failure === 'timeout') advanceTime(cluster, 15000);
		const why = lookup.failure === 'timeout' ? 'timed out' : 'connection refused';
		const header = `\n${command}${options.server ? '; (1 server found)\n' : ''};; global options: +cmd\n`;
		const errors = `;; communications error to ${lookup.server}#53: ${why}\n`.repeat(lookup.failure === 'timeout' ? 3 : 1);
		return {output: [{stream: 'stdout', text: options.short ? errors + ';; no servers could be reached\n' : `${header}${errors}${header};; no servers could be reached\n`}], exitCode: 9, trace};
	}
	const last = lookup.found ?? lookup.attempts[lookup.attempts.length - 1];
	const response = last.response;
	if (options.short) {
		return {output: response.answer.length ? [{stream: 'stdout', text: response.answer.map(r => `${r.data}\n`).join('')}] : [], exitCode: 0, trace};
	}
	const out: string[] = [];
	const s = options.sections;
	if (s.cmd) out.push('', command.trimEnd());
	if (s.cmd && options.server) out.push('; (1 server found)');
	if (s.cmd) out.push(';; global options: +cmd');
	if (s.comments) {
		out.push(';; Got answer:');
		out.push(`;; ->>HEADER<<- opcode: QUERY, status: ${response.rcode}, id: ${cluster.random.int(65536)}`);
		const flags = ['qr', response.authoritative ? 'aa' : '', 'rd', response.recursionAvailable ? 'ra' : ''].filter(Boolean).join(' ');
		out.push(`;; flags: ${flags}; QUERY: 1, ANSWER: ${response.answer.length}, AUTHORITY: ${response.authority.length}, ADDITIONAL: 1`);
		if (!response.recursionAvailable) out.push(';; WARNING: recursion requested but not available');
		out.push('', ';; OPT PSEUDOSECTION:', '; EDNS: version: 0, flags:; udp: 1232');
	}
	if (s.question) {
		if (s.comments) out.push(';; QUESTION SECTION:');
		out.push(columns([`;${last.fqdn}`], ['IN', type], 32, true));
		out.push('');
	}
	if (s.answer && response.answer.length) {
		if (s.comments) out.push(';; ANSWER SECTION:');
		for (const record of response.answer) out.push(recordLine(record));
		out.push('');
	}
	if (s.authority && response.authority.length) {
		if (s.comments) out.push(';; AUTHORITY SECTION:');
		for (const record of response.authority) out.push(recordLine(record));
		out.push('');
	}
	if (s.stats) {
		out.push(';; Query time: 0 msec');
		out.push(`;; SERVER: ${lookup.server}#53(${lookup.server}) (UDP)`);
		out.push(`;; WHEN: ${digDate(cluster.clock.now())}`);
		out.push(`;; MSG SIZE  rcvd: ${messageSize(last.fqdn, response)}`);
		out.push('');
	}
	return {output: [{stream: 'stdout', text: out.join('\n') + '\n'}], exitCode: 0, trace};
}

/**
 * BIND's master-file columns (TTL 24, class 32, type 40, data 48; tab width 8): pad with tabs to
 * the column, or a single space when the text already reaches past it.
 */
function indent(from: number, to: number): {text: string; column: number} {
	const target = to < from + 1 ? from + 1 : to;
	const tabs = Math.floor(target / 8) - Math.floor(from / 8);
	if (tabs > 0) return {text: '\t'.repeat(tabs) + ' '.repeat(target % 8), column: target};
	return {text: ' '.repeat(target - from), column: target};
}

function columns(first: string[], rest: string[], firstColumn: number, question = false): string {
	let line = first[0];
	let column = line.length;
	const stops = question ? [32, 40] : [24, 32, 40, 48];
	const fields = question ? rest : [...first.slice(1), ...rest];
	fields.forEach((field, index) => {
		const step = indent(column, stops[index] ?? firstColumn);
		line += step.text + field;
		column = step.column + field.length;
	});
	return line;
}

export function recordLine(record: DnsRecord): string {
	return columns([record.name, String(record.ttl)], ['IN', record.type, record.data], 48);
}

function digDate(ms: number): string {
	const date = new Date(SIM_EPOCH_MS + ms);
	const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}

/** Wire size: header, question, answers (owner compressed to a pointer when it repeats), OPT. */
function messageSize(qname: string, response: DnsResponse): number {
	const wire = (name: string) => (name === '.' ? 1 : absolute(name).split('.').filter(Boolean).reduce((n, label) => n + label.length + 1, 1));
	let size = 12 + wire(qname) + 4;
	for (const record of [...response.answer, ...response.authority]) {
		const owner = record.name === absolute(qname) ? 2 : wire(record.name);
		size += owner + 10 + rdataSize(record, wire);
	}
	return size + 11;
}

function rdataSize(record: DnsRecord, wire: (name: string) => number): number {
	switch (record.type) {
		case 'A':
			return 4;
		case 'CNAME':
		case 'PTR':
		case 'NS':
			return wire(record.data);
		case 'SRV':
			return 6 + wire(record.data.split(' ')[3] ?? '.');
		case 'SOA': {
			const [mname, rname] = record.data.split(' ');
			return wire(mname) + wire(rname) + 20;
		}
		default:
			return record.data.length + 1;
	}
}
