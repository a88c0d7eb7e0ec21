/**
 * `curl` in the sandbox: curl 8's options, messages and exit codes over `httpRequest`.
 * argv excludes the program name.
 */
import type {Cluster} from '../cluster.js';
import type {OutputChunk} from '../command-result.js';
import type {Vantage} from '../vantage.js';
import {clientSoftware, isCurl8} from './client-software.js';
import {httpRequest, type HttpOutcome, type HttpRequestOptions} from './request.js';
import {type ToolResult, type Waiting, waitNowOrLater} from './tool-result.js';
import type {TraceHop} from './trace.js';

export type {ToolResult} from './tool-result.js';

interface CurlOptions {
	urls: string[];
	silent: boolean;
	showError: boolean;
	verbose: boolean;
	include: boolean;
	head: boolean;
	fail: boolean;
	insecure: boolean;
	location: boolean;
	method?: string;
	headers: Array<[string, string]>;
	data?: string;
	output?: string;
	writeOut?: string;
	timeoutMs?: number;
	resolve: Array<{host: string; port: number; address: string}>;
	userAgent?: string;
}

const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";

/** Short flags that take a value, and their long names. */
const SHORT_WITH_VALUE: Record<string, string> = {m: '--max-time', o: '--output', H: '--header', X: '--request', w: '--write-out', d: '--data', A: '--user-agent'};
const SHORT_FLAGS: Record<string, string> = {s: '--silent', S: '--show-error', v: '--verbose', i: '--include', I: '--head', L: '--location', k: '--insecure', f: '--fail', '4': '--ipv4', N: '--no-buffer'};
const LONG_WITH_VALUE: ReadonlySet<string> = new Set(['--max-time', '--connect-timeout', '--output', '--header', '--request', '--write-out', '--data', '--data-raw', '--data-binary', '--resolve', '--user-agent', '--url']);
const LONG_FLAGS: ReadonlySet<string> = new Set(['--silent', '--show-error', '--verbose', '--include', '--head', '--location', '--insecure', '--fail', '--ipv4', '--no-buffer', '--http1.1', '--compressed', '--no-progress-meter']);

type Parsed = {ok: true; options: CurlOptions} | {ok: false; result: ToolResult};

function usageError(text: string): Parsed {
	return {ok: false, result: {output: [{stream: 'stderr', text: `curl: ${text}\n${TRY_HELP}`}], exitCode: 2}};
}

const HELP = `Usage: curl [options...] <url>
 -d, --data <data>           HTTP POST data
 -f, --fail                  Fail fast with no output on HTTP errors
 -h, --help <category>       Get help for commands
 -i, --include               Include response headers in output
 -o, --output <file>         Write to file instead of stdout
 -O, --remote-name           Write output to file named as remote file
 -s, --silent                Silent mode
 -T, --upload-file <file>    Transfer local FILE to destination
 -u, --user <user:password>  Server user and password
 -A, --user-agent <name>     Send User-Agent <name> to server
 -v, --verbose               Make the operation more talkative
 -V, --version               Show version number and quit

This is not the full help; this menu is split into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`;

function version(curlVersion: string): string {
	return `curl ${curlVersion} (x86_64-pc-linux-gnu) libcurl/${curlVersion} OpenSSL/3.0.15 zlib/1.3\nRelease-Date: [unreleased]\nProtocols: http https\nFeatures: alt-svc AsynchDNS HSTS HTTPS-proxy IPv6 Largefile libz SSL threadsafe UnixSockets\n`;
}

export function parseCurlArgs(argv: readonly string[]): Parsed {
	if (argv.some(arg => arg === '-h' || arg === '--help')) return {ok: false, result: {output: [{stream: 'stdout', text: HELP}], exitCode: 0}};
	const options: CurlOptions = {urls: [], silent: false, showError: false, verbose: false, include: false, head: false, fail: false, insecure: false, location: false, headers: [], resolve: []};
	const words: Array<[string, string | undefined]> = []; // [long option, attached value]
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg.startsWith('--')) {
			if (!LONG_WITH_VALUE.has(arg) && !LONG_FLAGS.has(arg)) return usageError(`option ${arg}: is unknown`);
			if (LONG_WITH_VALUE.has(arg)) {
				if (i + 1 >= argv.length) return usageError(`option ${arg}: requires parameter`);
				words.push([arg, argv[++i]]);
			} else words.push([arg, undefined]);
		} else if (arg.startsWith('-') && arg.length > 1) {
			for (let j = 1; j < arg.length; j++) {
				const letter = arg[j];
				if (SHORT_WITH_VALUE[letter]) {
					const attached = arg.slice(j + 1);
					if (attached) words.push([SHORT_WITH_VALUE[letter], attached]);
					else if (i + 1 < argv.length) words.push([SHORT_WITH_VALUE[letter], argv[++i]]);
					else return usageError(`option -${letter}: requires parameter`);
					break;
				}
				if (!SHORT_FLAGS[letter]) return usageError(`option -${arg.slice(j)}: is unknown`);
				words.push([SHORT_FLAGS[letter], undefined]);
			}
		} else options.urls.push(arg);
	}
	for (const [name, value = ''] of words) {
		switch (name) {
			case '--silent':
			case '--no-progress-meter':
				options.silent = name === '--silent' ? true : options.silent;
				break;
			case '--show-error':
				options.showError = true;
				break;
			case '--verbose':
				options.verbose = true;
				break;
			case '--include':
				options.include = true;
				break;
			case '--head':
				options.head = true;
				break;
			case '--fail':
				options.fail = true;
				break;
			case '--insecure':
				options.insecure = true;
				break;
			case '--location':
				options.location = true;
				break;
			case '--max-time':
			case '--connect-timeout': {
				const seconds = Number(value);
				if (value === '' || !Number.isFinite(seconds) || seconds < 0) return usageError(`option ${name === '--max-time' ? '-m' : name}: expected a proper numerical parameter`);
				const ms = Math.round(seconds * 1000);
				options.timeoutMs = options.timeoutMs === undefined ? ms : Math.min(options.timeoutMs, ms);
				break;
			}
			case '--output':
				options.output = value;
				break;
			case '--header': {
				const colon = value.indexOf(':');
				if (colon > 0) options.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
				break;
			}
			case '--request':
				options.method = value;
				break;
			case '--write-out':
				options.writeOut = value;
				break;
			case '--data':
			case '--data-raw':
			case '--data-binary':
				options.data = value;
				break;
			case '--user-agent':
				options.userAgent = value;
				break;
			case '--url':
				options.urls.push(value);
				break;
			case '--resolve': {
				const match = /^\+?([^:]+):(\d+):(.+)$/.exec(value);
				if (match) options.resolve.push({host: match[1].toLowerCase(), port: Number(match[2]), address: match[3].replace(/^\[|\]$/g, '')});
				break;
			}
			default:
				break;
		}
	}
	if (options.urls.length === 0) return usageError('no URL specified');
	return {ok: true, options};
}

export function curl(cluster: Cluster, vantage: Vantage, argv: readonly string[], waiting: Waiting = 'now'): ToolResult {
	const software = clientSoftware(cluster, vantage);
	if (argv.some(arg => arg === '-V' || arg === '--version')) return {output: [{stream: 'stdout', text: version(software.curlVersion)}], exitCode: 0};
	const parsed = parseCurlArgs(argv);
	if (!parsed.ok) return parsed.result;
	const options = parsed.options;
	const output: OutputChunk[] = [];
	const trace: TraceHop[] = [];
	let exitCode = 0;
	let waitMs = 0;
	for (const [index, url] of options.urls.entries()) {
		const method = options.method ?? (options.head ? 'HEAD' : options.data !== undefined ? 'POST' : 'GET');
		const headers: Array<[string, string]> = [...options.headers];
		if (options.data !== undefined) {
			headers.push(['Content-Length', String(options.data.length)], ['Content-Type', 'application/x-www-form-urlencoded']);
		}
		let request: HttpRequestOptions = {
			url,
			method,
			headers,
			timeoutMs: options.timeoutMs,
			resolve: options.resolve,
			insecure: options.insecure,
			userAgent: options.userAgent ?? `curl/${software.curlVersion}`,
		};
		let outcome = httpRequest(cluster, vantage, request);
		trace.push(...outcome.trace);
		// -L: follow redirects (at most 50, like curl's default --max-redirs), printing each hop's headers.
		for (let redirects = 0; options.location && redirects < 50; redirects++) {
			const location = outcome.kind === 'response' && REDIRECTS.includes(outcome.status) ? outcome.headers.find(([k]) => k.toLowerCase() === 'location')?.[1] : undefined;
			if (!location || outcome.kind !== 'response') break;
			render(outcome, {...options, writeOut: undefined}, software.curlVersion, output, true);
			const next = absoluteUrl(location, request.url);
			if (!next) break;
			if (options.verbose) output.push({stream: 'stderr', text: `* Issue another request to this URL: '${next}'\n`});
			request = {...request, url: next, method: outcome.status === 303 ? 'GET' : request.method};
			outcome = httpRequest(cluster, vantage, request);
			trace.push(...outcome.trace);
		}
		const waited = outcome.kind === 'timeout' ? outcome.afterMs : outcome.kind === 'unresolved' && outcome.afterMs !== undefined ? Math.min(outcome.afterMs, options.timeoutMs ?? Infinity) : 0;
		waitMs = waitNowOrLater(cluster, waited, waiting === 'deferred' && index === options.urls.length - 1);
		exitCode = render(outcome, options, software.curlVersion, output);
	}
	return {output: merge(output), exitCode, trace, ...(waitMs ? {waitMs} : {})};
}

function merge(chunks: OutputChunk[]): OutputChunk[] {
	const out: OutputChunk[] = [];
	for (const chunk of chunks) {
		const last = out[out.length - 1];
		if (!chunk.text) continue;
		if (last && last.stream === chunk.stream) last.text += chunk.text;
		else out.push({...chunk});
	}
	return out;
}

/** Writes what curl prints for one URL; returns its exit code. */
const REDIRECTS = [301, 302, 303, 307, 308];

function absoluteUrl(location: string, base: string): string | undefined {
	try {
		return new URL(location, base.includes('://') ? base : `http://${base}`).toString();
	} catch {
		return undefined;
	}
}

/** Writes what curl prints for one response (or an intermediate redirect); returns its exit code. */
function render(outcome: HttpOutcome, options: CurlOptions, version: string, out: OutputChunk[], intermediate = false): number {
	const err = (text: string) => out.push({stream: 'stderr', text});
	const stdout = (text: string) => out.push({stream: 'stdout', text});
	const v8 = isCurl8(version);
	const showErrors = !options.silent || options.showError;
	const fail = (code: number, message: string, verboseLines: string[] = []): number => {
		if (options.verbose) for (const line of [...verboseLines, v8 ? 'Closing connection' : 'Closing connection 0']) err(`* ${line}\n`);
		if (showErrors) err(`curl: (${code}) ${message}\n`);
		if (options.writeOut) stdout(writeOut(options.writeOut, outcome));
		return code;
	};
	if (outcome.kind === 'bad-url') return fail(outcome.code, outcome.message);
	if (outcome.kind === 'unresolved') {
		if (outcome.afterMs !== undefined && options.timeoutMs !== undefined && options.timeoutMs < outcome.afterMs) {
			const message = `Resolving timed out after ${options.timeoutMs} milliseconds`;
			return fail(28, message, [message]);
		}
		return fail(6, `Could not resolve host: ${outcome.host}`, [`Could not resolve host: ${outcome.host}`]);
	}

	const ip = 'ip' in outcome && outcome.ip ? outcome.ip : '';
	if (options.verbose && ip) {
		if (v8 && ip !== outcome.host) err(`* Host ${outcome.host}:${outcome.port} was resolved.\n* IPv6: (none)\n* IPv4: ${ip}\n`);
		err(`*   Trying ${ip}:${outcome.port}...\n`);
	}
	if (outcome.kind === 'refused') {
		const message = `Failed to connect to ${outcome.host} port ${outcome.port} after ${outcome.afterMs} ms: Couldn't connect to server`;
		const reason = outcome.afterMs > 0 ? 'No route to host' : 'Connection refused';
		return fail(7, message, [`connect to ${ip} port ${outcome.port} failed: ${reason}`, message]);
	}
	if (outcome.kind === 'timeout') {
		const chosen = options.timeoutMs !== undefined;
		const message = `Failed to connect to ${outcome.host} port ${outcome.port} after ${outcome.afterMs} ms: ${chosen ? 'Timeout was reached' : "Couldn't connect to server"}`;
		const lines = chosen ? [message] : [`connect to ${outcome.ip} port ${outcome.port} failed: Connection timed out`, message];
		return fail(28, message, lines);
	}
	if (outcome.kind === 'tls-error') {
		if (options.verbose) err(connectedLine(outcome.host, ip, outcome.port, v8));
		const message =
			outcome.code === 60
				? `${outcome.message}\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the webpage mentioned above.`
				: outcome.message;
		return fail(outcome.code, message);
	}
	if (options.verbose) {
		err(connectedLine(outcome.host, ip, outcome.port, v8));
		const request = outcome.request;
		err(`> ${request.method} ${request.path} HTTP/1.1\n`);
		for (const [key, value] of request.headers) err(`> ${key}: ${value}\n`);
		err('> \n');
	}
	if (outcome.kind === 'empty-reply') return fail(52, 'Empty reply from server', ['Empty reply from server']);

	const statusLine = `${outcome.httpVersion} ${outcome.status} ${outcome.reason}`;
	const headerBlock = [statusLine, ...outcome.headers.map(([k, value]) => `${k}: ${value}`)];
	if (options.verbose) {
		for (const line of headerBlock) err(`< ${line}\n`);
		err('< \n');
	}
	if (options.fail && outcome.status >= 400) {
		return fail(22, `The requested URL returned error: ${outcome.status}`);
	}
	const toStdout = !options.output || options.output === '-';
	if (options.include || options.head) {
		if (toStdout) stdout(headerBlock.join('\n') + '\n\n');
	}
	if (intermediate) {
		if (options.verbose) err(`* Connection #0 to host ${outcome.host} left intact\n`);
		return 0;
	}
	if (toStdout && !options.head) stdout(outcome.body);
	if (!toStdout && !options.silent && !options.verbose) err(progressMeter(new TextEncoder().encode(outcome.body).length));
	if (options.verbose) err(`* Connection #0 to host ${outcome.host} left intact\n`);
	if (options.writeOut) stdout(writeOut(options.writeOut, outcome));
	return 0;
}

/** What curl draws on stderr when the body goes to a file: one finished transfer. */
function progressMeter(size: number): string {
	const five = (n: number) => (n < 100000 ? String(n) : `${Math.round(n / 1024)}k`).padStart(5);
	const speed = five(size * 500);
	const header = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
	return `${header}100 ${five(size)}  100 ${five(size)}    0     0  ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}\n`;
}

function connectedLine(host: string, ip: string, port: number, v8: boolean): string {
	return v8 ? `* Connected to ${host} (${ip}) port ${port}\n` : `* Connected to ${host} (${ip}) port ${port} (#0)\n`;
}

/** -w: the variables learners use, and curl's backslash escapes. */
function writeOut(format: string, outcome: HttpOutcome): string {
	const response = outcome.kind === 'response' ? outcome : undefined;
	const values: Record<string, string> = {
		http_code: response ? String(response.status).padStart(3, '0') : '000',
		response_code: response ? String(response.status) : '0',
		remote_ip: response?.remote.ip ?? ('ip' in outcome && outcome.ip ? outcome.ip : ''),
		remote_port: response ? String(response.remote.port) : '',
		size_download: response ? String(new TextEncoder().encode(response.body).length) : '0',
		content_type: response?.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '',
		time_total: '0.001234',
		exitcode: '0',
	};
	return format
		.replace(/%\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole)
		.replace(/%%/g, '%')
		.replace(/\\n/g, '\n')
		.replace(/\\t/g, '\t')
		.replace(/\\r/g, '\r');
}
