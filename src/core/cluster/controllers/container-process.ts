/**
 * What a container's main process does once started (docs/simulation.md, "Containers"): the
 * pod's command and args over the image's ENTRYPOINT and CMD, as the kubelet combines them, then
 * read like a shell would: servers keep running, `sleep N` exits after N seconds, a shell without
 * a terminal reads end-of-file and exits 0, `echo` prints and exits, `false` and `exit 1` fail.
 * A `sh -c` script runs its simple commands in order (echo, sleep, exit, true/false, `;`/`&&`/`||`);
 * an endless `while` loop runs forever. Anything not recognised is taken to be a server.
 */
import type {Container} from '../kube-object.js';
import type {CatalogueImage} from './image-catalogue.js';

export type ContainerProcess =
	| {runs: 'forever'; output: string}
	| {runs: 'exits'; afterMs: number; exitCode: number; output: string};

/** The argv the runtime starts: command replaces ENTRYPOINT (and drops CMD), args replace CMD. */
export function containerArgv(container: Readonly<Container>, image: Readonly<CatalogueImage>): string[] {
	if (container.command?.length) return [...container.command, ...(container.args ?? [])];
	return [...image.entrypoint, ...(container.args ?? image.cmd)];
}

const ENTRYPOINT_WRAPPERS: ReadonlySet<string> = new Set(['docker-entrypoint.sh', 'entrypoint.sh', 'tini', 'dumb-init', 'env']);
const SHELLS: ReadonlySet<string> = new Set(['sh', 'ash', 'bash', 'zsh', 'dash']);

interface Run {
	ms: number;
	output: string[];
	/** undefined while the script continues; a code once it exits. */
	exit?: number;
	forever?: boolean;
	status: number;
}

export function containerProcess(container: Readonly<Container>, image: Readonly<CatalogueImage>): ContainerProcess {
	// `kubectl run -i` attaches: the session itself runs the command in the pod, so the
	// container stays up while it is attached.
	if (container.stdinOnce) return {runs: 'forever', output: ''};
	const run: Run = {ms: 0, output: [], status: 0};
	const argv = containerArgv(container, image);
	if (argv.length === 0) run.forever = true;
	else runArgv(run, argv, Boolean(container.stdin));
	const output = run.output.map(line => `${line}\n`).join('');
	if (run.forever) return {runs: 'forever', output};
	return {runs: 'exits', afterMs: run.ms, exitCode: run.exit ?? run.status, output};
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function runArgv(run: Run, argv: readonly string[], stdin: boolean): void {
	let [program, ...args] = argv;
	while (ENTRYPOINT_WRAPPERS.has(basename(program)) && args.length > 0) [program, ...args] = args;
	const name = basename(program);
	if (SHELLS.has(name)) {
		// `sh -c`, and the same with other options in one word (`sh -exc`, as microservices-demo writes it)
		const script = args.findIndex(arg => /^-[a-z]*c[a-z]*$/.test(arg));
		if (script >= 0 && args[script + 1] !== undefined) runScript(run, args[script + 1]);
		else if (stdin) run.forever = true;
		else run.status = 0; // no terminal, no stdin: the shell reads end-of-file at once
		return;
	}
	runSimple(run, name, args, stdin);
}

/** One simple command: its time, output and status. */
function runSimple(run: Run, name: string, args: readonly string[], stdin = false): void {
	switch (name) {
		case 'sleep': {
			const seconds = sleepSeconds(args);
			if (seconds === undefined) run.forever = true;
			else {
				run.ms += seconds * 1000;
				run.status = 0;
			}
			return;
		}
		case 'echo':
			run.output.push(echoText(args));
			run.status = 0;
			return;
		case 'true':
		case ':':
			run.status = 0;
			return;
		case 'false':
			run.status = 1;
			return;
		case 'exit':
			run.exit = args.length > 0 ? Number(args[0]) & 255 : run.status;
			return;
		case 'kube-webhook-certgen':
			// ingress-nginx's admission Jobs: write the certificate Secret, or patch the webhook, and exit
			run.ms += 1000;
			run.status = 0;
			return;
		case 'curl':
			if (args.length === 0) {
				run.output.push("curl: try 'curl --help' or 'curl --manual' for more information");
				run.status = 2;
				return;
			}
			run.status = 0;
			return;
		case 'cat':
			if (args.length === 0 && stdin) run.forever = true;
			run.status = 0;
			return;
		case 'tail':
			if (args.includes('-f') || args.includes('-F')) run.forever = true;
			run.status = 0;
			return;
		case 'date':
		case 'env':
		case 'printenv':
		case 'hostname':
		case 'ls':
		case 'mkdir':
		case 'touch':
		case 'cp':
		case 'wget':
		case 'nslookup':
		case 'printf':
		case 'export':
		case 'set':
		case 'trap':
		case 'cd':
		case 'test':
		case '[':
			run.status = 0;
			return;
		default:
			run.forever = true; // a server, or a program we do not know: it keeps running
	}
}

/** Seconds for `sleep`, or undefined for `sleep infinity`. BusyBox adds up several operands. */
function sleepSeconds(args: readonly string[]): number | undefined {
	let total = 0;
	for (const arg of args) {
		if (arg === 'infinity' || arg === 'inf') return undefined;
		const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
		if (!match) continue;
		const unit = {'': 1, s: 1, m: 60, h: 3600, d: 86400}[match[2]] ?? 1;
		total += Number(match[1]) * unit;
	}
	return total;
}

function echoText(args: readonly string[]): string {
	const noNewline = args[0] === '-n';
	return (noNewline ? args.slice(1) : args).join(' ');
}

/** A `sh -c` script: lists of simple commands; an endless loop runs forever. */
function runScript(run: Run, script: string): void {
	// `until CMD; do …; done` around a command not modelled here: CMD is taken to succeed at once
	const until = /^(.*?)\buntil\s+(?!false\b)[^;\n]*;?\s*do\b[\s\S]*?\bdone\b([\s\S]*)$/.exec(script);
	if (until) {
		runList(run, until[1]);
		if (run.exit === undefined && !run.forever) runList(run, until[2]);
		return;
	}
	if (/\bwhile\s+(true|:)\s*;?\s*do\b/.test(script) || /\buntil\s+false\b/.test(script)) {
		const before = script.slice(0, script.search(/\b(while|until)\b/));
		runList(run, before);
		if (run.exit === undefined && !run.forever) run.forever = true;
		return;
	}
	runList(run, script);
}

function runList(run: Run, script: string): void {
	for (const {words, op} of splitList(script)) {
		if (run.exit !== undefined || run.forever) return;
		if (op === '&&' && run.status !== 0) continue;
		if (op === '||' && run.status === 0) continue;
		if (words.length === 0) continue;
		let [first, ...rest] = words;
		if (first === 'exec' && rest.length > 0) [first, ...rest] = rest;
		const name = basename(first);
		if (SHELLS.has(name) && rest[0] === '-c' && rest[1] !== undefined) runScript(run, rest[1]);
		else runSimple(run, name, rest);
	}
}

/** Splits on `;`, newlines, `&&` and `||` outside quotes; words with their quotes removed. */
function splitList(script: string): Array<{words: string[]; op: ';' | '&&' | '||'}> {
	const out: Array<{words: string[]; op: ';' | '&&' | '||'}> = [];
	let words: string[] = [];
	let word = '';
	let inWord = false;
	let quote: string | undefined;
	let op: ';' | '&&' | '||' = ';';
	const endWord = () => {
		if (inWord) words.push(word);
		word = '';
		inWord = false;
	};
	const endCommand = (next: ';' | '&&' | '||') => {
		endWord();
		out.push({words, op});
		words = [];
		op = next;
	};
	for (let i = 0; i < script.length; i++) {
		const ch = script[i];
		if (quote) {
			if (ch === quote) quote = undefined;
			else word += ch;
			continue;
		}
		if (ch === "'" || ch === '"') {
			quote = ch;
			inWord = true;
		} else if (ch === ';' || ch === '\n') endCommand(';');
		else if ((ch === '&' || ch === '|') && script[i + 1] === ch) {
			endCommand(ch === '&' ? '&&' : '||');
			i++;
		} else if (ch === ' ' || ch === '\t') endWord();
		else {
			word += ch;
			inWord = true;
		}
	}
	endCommand(';');
	return out;
}

/** Init programs that forward signals to their child, which then dies of them. */
const SIGNAL_FORWARDERS: ReadonlySet<string> = new Set(['tini', 'dumb-init']);
/** Programs with no SIGTERM handler of their own (BusyBox's and coreutils' sleep, tail, cat, shells). */
const NO_SIGTERM_HANDLER: ReadonlySet<string> = new Set(['sleep', 'tail', 'cat', ...SHELLS]);

/**
 * Whether the container's main process ends on the kubelet's SIGTERM (docs/simulation.md,
 * "Graceful deletion"). The kernel delivers no default-action signal to a namespace's PID 1 that
 * has no handler, so a shell, `sleep` or `tail -f` as PID 1 runs on until the grace period ends
 * and SIGKILL comes; servers (nginx, httpd, agnhost, redis …) and init wrappers handle it. A
 * `sh -c 'exec …'` is the program it execs.
 */
export function stopsOnSigterm(container: Readonly<Container>, image: Readonly<CatalogueImage>): boolean {
	// `kubectl run -i`: the attached command ended with the session that ran it.
	if (container.stdinOnce) return true;
	let [program, ...args] = containerArgv(container, image);
	if (program === undefined) return true;
	for (;;) {
		const name = basename(program);
		if (SIGNAL_FORWARDERS.has(name)) return true;
		if (ENTRYPOINT_WRAPPERS.has(name) && args.length > 0) [program, ...args] = args;
		else if (SHELLS.has(name) && args[0] === '-c' && /^\s*exec\s+\S/.test(args[1] ?? '')) [program, ...args] = (args[1] ?? '').trim().split(/\s+/).slice(1);
		else return !NO_SIGTERM_HANDLER.has(name);
	}
}
