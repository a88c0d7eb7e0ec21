/**
 * busybox `wget` (the one in busybox/alpine pods, and what k8s docs use: `wget -qO- http://web`).
 * The sandbox writes no files: a download "saved" to a file is only reported.
 */
import type {Cluster} from '../cluster.js';
import type {OutputChunk} from '../command-result.js';
import type {Vantage} from '../vantage.js';
import {type ToolResult, type Waiting, waitNowOrLater} from './tool-result.js';
import {httpRequest, type HttpOutcome} from './request.js';
import type {TraceHop} from './trace.js';

const USAGE = `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP
`;

interface WgetOptions {
	quiet: boolean;
	output?: string;
	timeoutMs?: number;
	headers: Array<[string, string]>;
	spider: boolean;
	serverResponse: boolean;
	userAgent?: string;
	postData?: string;
	urls: string[];
}

function parse(argv: readonly string[]): WgetOptions | string {
	const options: WgetOptions = {quiet: false, headers: [], spider: false, serverResponse: false, urls: []};
	// getopt_long takes `--timeout=1` as well as `--timeout 1`
	argv = argv
		.flatMap(arg => (/^--[a-z-]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]))
		.map(arg => ({'--quiet': '-q', '--server-response': '-S'})[arg] ?? arg);
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const takeValue = (attached: string): string | undefined => (attached ? attached : argv[++i]);
		if (arg === '--spider') options.spider = true;
		else if (arg === '--header' || arg === '--post-data' || arg === '--user-agent' || arg === '--timeout' || arg === '--output-document') {
			const value = argv[++i];
			if (value === undefined) return `wget: option '${arg}' requires an argument`;
			if (arg === '--header') {
				const colon = value.indexOf(':');
				if (colon > 0) options.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
			} else if (arg === '--post-data') options.postData = value;
			else if (arg === '--user-agent') options.userAgent = value;
			else if (arg === '--timeout') options.timeoutMs = Number(value) * 1000;
			else options.output = value;
		} else if (arg.startsWith('--')) return `wget: unrecognized option '${arg}'`;
		else if (arg.startsWith('-') && arg.length > 1) {
			for (let j = 1; j < arg.length; j++) {
				const letter = arg[j];
				if (letter === 'q') options.quiet = true;
				else if (letter === 'S') options.serverResponse = true;
				else if (letter === 'c') continue;
				else if ('OTUP'.includes(letter)) {
					const value = takeValue(arg.slice(j + 1));
					if (value === undefined) return `wget: option requires an argument -- '${letter}'`;
					if (letter === 'O') options.output = value;
					else if (letter === 'T') {
						const seconds = Number(value);
						if (!Number.isFinite(seconds)) return `wget: invalid number '${value}'`;
						options.timeoutMs = seconds * 1000;
					} else if (letter === 'U') options.userAgent = value;
					break;
				} else return `wget: invalid option -- '${letter}'`;
			}
		} else options.urls.push(arg);
	}
	return options;
}

export function wget(cluster: Cluster, vantage: Vantage, argv: readonly string[], waiting: Waiting = 'now'): ToolResult {
	const options = parse(argv);
	if (typeof options === 'string') return {output: [{stream: 'stderr', text: `${options}\n${USAGE}`}], exitCode: 1};
	if (options.urls.length === 0) return {output: [{stream: 'stderr', text: USAGE}], exitCode: 1};
	const out: OutputChunk[] = [];
	const trace: TraceHop[] = [];
	let exitCode = 0;
	let waitMs = 0;
	for (const [index, url] of options.urls.entries()) {
		const outcome = httpRequest(cluster, vantage, {
			url,
			method: options.spider ? 'HEAD' : options.postData !== undefined ? 'POST' : 'GET',
			headers: [['User-Agent', options.userAgent ?? 'Wget'], ['Connection', 'close'], ...options.headers],
			timeoutMs: options.timeoutMs,
		});
		trace.push(...outcome.trace);
		const waited = outcome.kind === 'timeout' || outcome.kind === 'unresolved' ? outcome.afterMs ?? 0 : 0;
		waitMs = waitNowOrLater(cluster, waited, waiting === 'deferred' && index === options.urls.length - 1);
		exitCode = render(outcome, url, options, out);
	}
	return {output: out, exitCode, trace, ...(waitMs ? {waitMs} : {})};
}

function render(outcome: HttpOutcome, url: string, options: WgetOptions, out: OutputChunk[]): number {
	const info = (text: string) => {
		if (!options.quiet) out.push({stream: 'stderr', text});
	};
	const error = (text: string) => {
		out.push({stream: 'stderr', text: `wget: ${text}\n`});
		return 1;
	};
	if (outcome.kind === 'bad-url') return error(outcome.code === 1 ? `unsupported URL: ${url}` : `bad address '${url}'`);
	if (outcome.kind === 'unresolved') return error(`bad address '${outcome.host}'`);
	info(`Connecting to ${outcome.host} (${outcome.ip ?? outcome.host}:${outcome.port})\n`);
	switch (outcome.kind) {
		case 'refused':
			return error(`can't connect to remote host (${outcome.ip}): ${outcome.afterMs > 0 ? 'Host is unreachable' : 'Connection refused'}`);
		case 'timeout':
			return error(options.timeoutMs !== undefined ? 'download timed out' : `can't connect to remote host (${outcome.ip}): Connection timed out`);
		case 'empty-reply':
			return error('error getting response: Connection reset by peer');
		case 'tls-error':
			return error('error getting response: Connection reset by peer');
		case 'response':
			break;
	}
	if (options.serverResponse) {
		info(`  ${outcome.httpVersion} ${outcome.status} ${outcome.reason}\n${outcome.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`);
	}
	if (outcome.status >= 400) return error(`server returned error: ${outcome.httpVersion} ${outcome.status} ${outcome.reason}`);
	if (options.spider) {
		info('remote file exists\n');
		return 0;
	}
	const size = new TextEncoder().encode(outcome.body).length;
	const toStdout = options.output === '-';
	const file = options.output ?? (outcome.request.path.split('?')[0].split('/').pop() || 'index.html');
	info(toStdout ? 'writing to stdout\n' : `saving to '${file}'\n`);
	if (toStdout) out.push({stream: 'stdout', text: outcome.body});
	info(`${(toStdout ? '-' : file).padEnd(20)} 100% |${'*'.repeat(32)}| ${String(size).padStart(5)}  0:00:00 ETA\n`);
	info(toStdout ? 'written to stdout\n' : `'${file}' saved\n`);
	return 0;
}
