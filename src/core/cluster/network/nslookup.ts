/**
 * `nslookup NAME [SERVER]` as BIND 9 prints it (and busybox's applet in busybox/alpine pods): the
 * resolv.conf server and search path of the vantage point, `-type=`/`-query=` for SRV, PTR …
 */
import type {Cluster} from '../cluster.js';
import type {OutputChunk} from '../command-result.js';
import {advanceTime} from '../controllers/settle.js';
import type {Vantage} from '../vantage.js';
import {clientFor, isIPv4, type Client} from './addresses.js';
import {clientSoftware} from './client-software.js';
import type {ToolResult} from './tool-result.js';
import {ipToPtr, RR_TYPES, type DnsRecord, type RRType} from './dns.js';
import {lookupHops, resolvConfFor, searchLookup, type Lookup} from './name-resolution.js';
import type {TraceHop} from './trace.js';

const RETRY_TIMEOUT_MS = 5000;

export function nslookup(cluster: Cluster, vantage: Vantage, argv: readonly string[]): ToolResult {
	let type: RRType = 'A';
	const words: string[] = [];
	for (const arg of argv) {
		const option = /^-(?:type|query|q|t)=(.+)$/i.exec(arg);
		if (option) {
			const wanted = option[1].toUpperCase() as RRType;
			if (!RR_TYPES.includes(wanted)) return {output: [{stream: 'stdout', text: `unknown query type: ${option[1]}\n`}], exitCode: 1};
			type = wanted;
		} else if (arg.startsWith('-')) {
			continue; // -debug, -timeout=… and friends change nothing we simulate
		} else words.push(arg);
	}
	if (words.length === 0) return {output: [{stream: 'stderr', text: 'nslookup: interactive mode is not available in the sandbox; use nslookup NAME [SERVER]\n'}], exitCode: 1};
	const [name, server] = words;
	const client = clientFor(cluster, vantage);
	const software = clientSoftware(cluster, vantage);
	if (software.legacyNslookup) return legacyNslookup(cluster, client, name, server);
	if (software.busybox) return busyboxNslookup(cluster, client, name, server, argv.some(arg => /^-(?:type|query|q|t)=/i.test(arg)) ? type : undefined);
	const busybox = false;
	const reverse = isIPv4(name);
	const qname = reverse ? ipToPtr(name) : name;
	const qtype: RRType = reverse ? 'PTR' : type;
	// busybox's applet does not apply search domains to names that contain a dot.
	const search = !reverse && !(busybox && name.includes('.'));
	const lookup = searchLookup(cluster, client, qname, qtype, {server, search});
	const trace: TraceHop[] = [{kind: 'start', where: client.label, text: `nslookup ${qtype} ${name} via ${lookup.server}`}, ...lookupHops(lookup)];
	const out: OutputChunk[] = [];
	const print = (text: string) => out.push({stream: 'stdout', text});

	if (lookup.failure) {
		const why = lookup.failure === 'timeout' ? 'timed out' : 'connection refused';
		if (lookup.failure === 'timeout') advanceTime(cluster, RETRY_TIMEOUT_MS * 3);
		if (busybox) print(`;; connection timed out; no servers could be reached\n\n`);
		else print(`;; communications error to ${lookup.server}#53: ${why}\n`.repeat(lookup.failure === 'timeout' ? 3 : 1) + ';; no servers could be reached\n\n');
		return {output: out, exitCode: 1, trace};
	}
	print(busybox ? `Server:\t\t${lookup.server}\nAddress:\t${lookup.server}:53\n\n` : `Server:\t\t${lookup.server}\nAddress:\t${lookup.server}#53\n\n`);
	const found = lookup.found;
	if (!found) {
		const rcode = lastRcode(lookup);
		// BIND names a failed reverse lookup by its in-addr.arpa name.
		const shown = reverse ? qname.replace(/\.$/, '') : name;
		if (rcode === 'NOERROR') print(`*** Can't find ${shown}: No answer\n\n`);
		else print(`** server can't find ${shown}: ${rcode}\n\n`);
		return {output: out, exitCode: 1, trace};
	}
	if (!found.response.authoritative && !busybox) print('Non-authoritative answer:\n');
	for (const record of found.response.answer) print(formatRecord(record, busybox));
	print('\n');
	return {output: out, exitCode: 0, trace};
}

/**
 * BusyBox 1.37's applet: one query per type (A and AAAA unless -type= names one) and, for a name
 * without a dot, per search domain; every reply printed as it comes back, NXDOMAIN included, a
 * forwarded (non-authoritative) one under "Non-authoritative answer:". It exits 0 either way.
 */
function busyboxNslookup(cluster: Cluster, client: Client, name: string, server: string | undefined, type: RRType | undefined): ToolResult {
	const reverse = isIPv4(name);
	const types: RRType[] = reverse ? ['PTR'] : type ? [type] : ['A', 'AAAA'];
	const search = resolvConfFor(client).search;
	const bare = name.replace(/\.$/, '');
	const names = reverse ? [ipToPtr(name).replace(/\.$/, '')] : name.endsWith('.') || name.includes('.') || search.length === 0 ? [bare] : search.map(domain => `${bare}.${domain}`);
	const queries = types.flatMap(qtype => names.map(qname => ({qtype, qname})));
	const lookups = queries.map(query => ({...query, lookup: searchLookup(cluster, client, query.qname, query.qtype, {server, search: false})}));
	const first = lookups[0].lookup;
	const shown = lookups.find(entry => entry.lookup.found) ?? lookups[lookups.length - 1];
	const trace: TraceHop[] = [{kind: 'start', where: client.label, text: `nslookup ${types[0]} ${name} via ${first.server}`}, ...lookupHops(shown.lookup)];
	if (first.failure) {
		if (first.failure === 'timeout') advanceTime(cluster, RETRY_TIMEOUT_MS);
		return {output: [{stream: 'stdout', text: ';; connection timed out; no servers could be reached\n\n'}], exitCode: 1, trace};
	}
	let text = `Server:\t\t${first.server}\nAddress:\t${first.server}:53\n\n`;
	for (const {qname, lookup} of lookups) {
		const response = lookup.attempts[0]?.response;
		if (!response) continue;
		if (response.rcode !== 'NOERROR') text += `** server can't find ${qname}: ${response.rcode}\n`;
		else {
			if (!response.authoritative) text += 'Non-authoritative answer:\n';
			for (const record of response.answer) text += formatRecord(record, true);
		}
		text += '\n';
	}
	return {output: [{stream: 'stdout', text}], exitCode: 0, trace};
}

function lastRcode(lookup: Lookup): string {
	// A name that exists somewhere along the search path without the asked type reports "No answer".
	const rcodes = lookup.attempts.map(a => a.response.rcode);
	if (rcodes.includes('NOERROR')) return 'NOERROR';
	return rcodes[rcodes.length - 1] ?? 'NXDOMAIN';
}

function formatRecord(record: DnsRecord, busybox: boolean): string {
	const owner = record.name.replace(/\.$/, '');
	switch (record.type) {
		case 'A':
			return `Name:\t${owner}\nAddress: ${record.data}\n`;
		case 'CNAME':
			return `${owner}\tcanonical name = ${busybox ? record.data.replace(/\.$/, '') : record.data}\n`;
		case 'PTR':
			return `${owner}\tname = ${busybox ? record.data.replace(/\.$/, '') : record.data}\n`;
		case 'SRV':
			return `${owner}\tservice = ${busybox ? record.data.replace(/\.$/, '') : record.data}\n`;
		case 'SOA':
			return busybox ? `${owner}\n` : `${owner}\n\torigin = ${record.data.split(' ')[0]}\n`;
		default:
			return `${owner}\t${record.type.toLowerCase()} = ${record.data}\n`;
	}
}

/**
 * busybox 1.28: resolves through libc (search path for every name), then names each address by
 * a reverse lookup: `Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local`.
 */
function legacyNslookup(cluster: Cluster, client: Client, name: string, server: string | undefined): ToolResult {
	const lookup = searchLookup(cluster, client, name, 'A', {server});
	const trace: TraceHop[] = [{kind: 'start', where: client.label, text: `nslookup ${name} via ${lookup.server}`}, ...lookupHops(lookup)];
	const reverse = (ip: string): string => {
		const ptr = searchLookup(cluster, client, ipToPtr(ip), 'PTR', {server, search: false});
		const target = ptr.found?.response.answer.find(r => r.type === 'PTR')?.data.replace(/\.$/, '');
		return target ? `${ip} ${target}` : ip;
	};
	if (lookup.failure) {
		if (lookup.failure === 'timeout') advanceTime(cluster, RETRY_TIMEOUT_MS * 2);
		return {output: [{stream: 'stderr', text: `nslookup: can't resolve '${lookup.server}'\n`}], exitCode: 1, trace};
	}
	const header = `Server:    ${lookup.server}\nAddress 1: ${reverse(lookup.server)}\n\n`;
	const addresses = lookup.found?.response.answer.filter(r => r.type === 'A').map(r => r.data) ?? [];
	if (addresses.length === 0) return {output: [{stream: 'stdout', text: header}, {stream: 'stderr', text: `nslookup: can't resolve '${name}'\n`}], exitCode: 1, trace};
	const lines = addresses.map((ip, i) => `Address ${i + 1}: ${reverse(ip)}\n`).join('');
	return {output: [{stream: 'stdout', text: `${header}Name:      ${name}\n${lines}`}], exitCode: 0, trace};
}
