/**
 * What each vantage point can run. The laptop has kubectl, the network tools, ssh and docker;
 * a kind node has curl, ping, the DNS tools and iptables but no configured kubectl; a pod has
 * whatever its image ships (busybox has no curl).
 */
import type {Cluster} from '../cluster.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import type {KubectlEnv, PodVantage} from '../kubectl/kubectl-env.js';
import {typeForKind} from '../resource-types.js';
import {deleteObject} from '../api/api-server.js';
import {advanceTime} from '../controllers/reconcile.js';
import {renderTrace, type TraceHop} from '../network/trace.js';
import {NODES} from '../topology.js';
import type {Vantage} from '../vantage.js';
import {LAPTOP} from '../vantage.js';
import {deletedLine} from '../kubectl/commands/delete.js';
import type {NetworkTool} from './network-tools.js';
import {parseLine} from './parse-line.js';
import {splitScript} from './split-script.js';
import {imageTools} from './pod-image.js';
import {hostnameOf, hostsFile, podEnvironment, podOf, resolvConf} from './system-files.js';
import {cat, echo, grep, head, sort, tail, wc} from './text-tools.js';
import {helpText} from './help-text.js';
import {iptablesSave} from './iptables-save.js';

/** How the learner got into the current vantage point, which decides what `exit` prints. */
export type Entered = {via: 'ssh' | 'docker'} | {via: 'exec'} | {via: 'run'; remove: boolean};

export interface Session {
	cluster: Cluster;
	vantage: Vantage;
	entered: Entered | undefined;
	files: Map<string, string>;
	readFile: (path: string) => string | undefined;
	listDir?: (path: string) => string[] | undefined;
	tools: Readonly<Record<string, NetworkTool>>;
	history: string[];
	lastTrace: TraceHop[] | undefined;
	kubeconfig: {namespace: string};
	kubectl: (env: KubectlEnv, argv: string[]) => ShellResult;
}

const ok = (text = ''): ShellResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

const NETWORK = ['curl', 'wget', 'nslookup', 'dig', 'ping'];
const SHELL_BUILTINS = ['exit', 'clear', 'history', 'help', 'trace', 'echo', 'sleep', 'true', 'false', 'pwd', 'cd', 'export'];
const TEXT = ['cat', 'grep', 'head', 'tail', 'wc', 'sort', 'hostname', 'env', 'whoami'];

/** The commands a vantage point knows (for help and Tab completion). */
export function commandsAt(session: Session, vantage: Vantage): string[] {
	if (vantage.kind === 'laptop') return [...SHELL_BUILTINS, ...TEXT, 'kubectl', 'k', 'ssh', 'docker', 'kind', ...NETWORK];
	if (vantage.kind === 'node') return [...SHELL_BUILTINS, ...TEXT, 'kubectl', 'iptables-save', 'curl', 'ping', 'nslookup', 'dig'];
	const image = podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image;
	const tools = imageTools(image).tools;
	return [...SHELL_BUILTINS, ...[...tools].filter(tool => TEXT.includes(tool) || NETWORK.includes(tool) || ['iptables-save', 'sh', 'bash', 'ash'].includes(tool))];
}

export function runAtVantage(session: Session, vantage: Vantage, argv: readonly string[], stdin: string | undefined): ShellResult {
	const words = [...argv];
	while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
	if (words.length === 0) return ok();
	const name = words[0];
	const args = words.slice(1);
	const shell = shellName(session, vantage);
	const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
	if (vantage.kind === 'pod' && !podOf(session.cluster, vantage)) {
		return fail(`error: the pod ${vantage.pod} is gone; type exit to go back to your laptop\n`);
	}
	const builtin = runBuiltin(session, vantage, base, args);
	if (builtin) return builtin;
	if (!commandsAt(session, vantage).includes(base)) return notFound(shell, name);
	switch (base) {
		case 'kubectl':
		case 'k':
			if (vantage.kind !== 'laptop') return fail('The connection to the server localhost:8080 was refused - did you specify the right host or port?\n');
			return session.kubectl(kubectlEnv(session, stdin), args);
		case 'ssh':
			return ssh(session, args);
		case 'docker':
			return docker(session, args);
		case 'kind':
			return kind(args);
		case 'iptables-save':
			return ok(iptablesSave(session.cluster));
		case 'cat':
			return cat(args, stdin, path => systemFile(session, vantage, path) ?? (vantage.kind === 'laptop' ? session.readFile(path) : session.files.get(path)));
		case 'grep':
			return grep(args, stdin, session.readFile);
		case 'head':
			return head(args, stdin, session.readFile);
		case 'tail':
			return tail(args, stdin, session.readFile);
		case 'wc':
			return wc(args, stdin, session.readFile);
		case 'sort':
			return sort(args, stdin, session.readFile);
		case 'hostname':
			return ok(`${hostnameOf(session.cluster, vantage)}\n`);
		case 'whoami':
			return ok(vantage.kind === 'laptop' ? 'you\n' : 'root\n');
		case 'env':
			return ok(vantage.kind === 'pod' ? podEnvironment(session.cluster, vantage) : `HOME=${vantage.kind === 'laptop' ? '/home/you' : '/root'}\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n`);
		case 'sh':
		case 'bash':
		case 'ash':
			return subshell(session, vantage, args, stdin);
		default: {
			const tool = session.tools[base];
			if (!tool) return fail(`kubetutor: ${base} is not simulated yet\n`);
			return tool(session.cluster, vantage, args);
		}
	}
}

function shellName(session: Session, vantage: Vantage): 'sh' | 'bash' {
	if (vantage.kind !== 'pod') return 'bash';
	return imageTools(podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image).shell;
}

function notFound(shell: 'sh' | 'bash', name: string): ShellResult {
	return fail(shell === 'sh' ? `sh: ${name}: not found\n` : `bash: ${name}: command not found\n`, 127);
}

function kubectlEnv(session: Session, stdin: string | undefined): KubectlEnv {
	return {
		cluster: session.cluster,
		readFile: session.readFile,
		listDir: session.listDir,
		stdin,
		kubeconfig: session.kubeconfig,
		runInPod: (vantage: PodVantage, argv: string[], input?: string) => runInPod(session, vantage, argv, input),
	};
}

/** `kubectl exec POD -- CMD`: no shell in between, so a missing binary is an OCI runtime error. */
function runInPod(session: Session, vantage: PodVantage, argv: string[], stdin: string | undefined): ShellResult {
	const name = argv[0] ?? '';
	const base = name.slice(name.lastIndexOf('/') + 1);
	const tools = imageTools(podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image).tools;
	const has = (command: string) => {
		const bare = command.slice(command.lastIndexOf('/') + 1);
		return tools.has(bare) || commandsAt(session, vantage).includes(bare);
	};
	if (base === 'command' && argv[1] === '-v') return has(argv[2] ?? '') ? ok() : ociNotFound(vantage, argv[2] ?? '');
	if (!has(name)) return ociNotFound(vantage, name);
	return runAtVantage(session, vantage, argv, stdin);
}

function ociNotFound(vantage: PodVantage, name: string): ShellResult {
	const id = [...`${vantage.namespace}/${vantage.pod}/${name}`].reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0').repeat(8);
	return {
		output: [{stream: 'stderr', text: `error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown\n`}],
		exitCode: 1,
		execFailed: true,
	};
}

/** `sh -c "…"` runs the string in the same vantage; a bare `sh` is a nested shell (nothing to do). */
function subshell(session: Session, vantage: Vantage, args: readonly string[], stdin: string | undefined): ShellResult {
	if (args[0] !== '-c' && stdin === undefined) return ok();
	// `sh -c 'cmd'`, or a script fed on stdin (`kubectl exec -i pod -- sh <<EOF`)
	const script = args[0] === '-c' ? args[1] ?? '' : stdin ?? '';
	if (args[0] !== '-c') stdin = undefined;
	let result: ShellResult = {output: [], exitCode: 0};
	const chunks: ShellResult['output'] = [];
	let trace: ShellResult['trace'];
	for (const command of splitScript(script)) {
		const parsed = parseLine(command.line);
		if (!parsed.ok) return {output: [...chunks, {stream: 'stderr', text: `${shellName(session, vantage)}: ${parsed.message.replace(/^bash: /, '')}\n`}], exitCode: 2};
		for (const pipeline of parsed.pipelines) {
			if (pipeline.after === '&&' && result.exitCode !== 0) continue;
			if (pipeline.after === '||' && result.exitCode === 0) continue;
			let piped = pipeline.stages[0]?.heredoc ? command.stdin : stdin;
			pipeline.stages.forEach((stage, index) => {
				result = runAtVantage(session, vantage, stage.argv, piped);
				if (result.trace) trace = result.trace;
				piped = result.output.filter(chunk => chunk.stream === 'stdout').map(chunk => chunk.text).join('');
				chunks.push(...(index < pipeline.stages.length - 1 ? result.output.filter(chunk => chunk.stream === 'stderr') : result.output));
			});
		}
	}
	return {...result, output: chunks, ...(trace ? {trace} : {})};
}

function systemFile(session: Session, vantage: Vantage, path: string): string | undefined {
	if (path === '/etc/resolv.conf') return resolvConf(session.cluster, vantage);
	if (path === '/etc/hosts') return hostsFile(session.cluster, vantage);
	if (path === '/etc/hostname') return `${hostnameOf(session.cluster, vantage)}\n`;
	return undefined;
}

function runBuiltin(session: Session, vantage: Vantage, name: string, args: readonly string[]): ShellResult | undefined {
	switch (name) {
		case 'exit':
		case 'logout':
			return exit(session);
		case 'clear':
			return {output: [], exitCode: 0, clear: true};
		case 'history':
			return ok(session.history.map((line, index) => `${String(index + 1).padStart(5)}  ${line}\n`).join(''));
		case 'help':
			return ok(helpText(vantage, commandsAt(session, vantage)));
		case 'trace':
			return ok(renderTrace(session.lastTrace ?? []));
		case 'echo':
			return echo(args);
		case 'true':
		case ':':
			return ok();
		case 'false':
			return {output: [], exitCode: 1};
		case 'pwd':
			return ok(vantage.kind === 'laptop' ? '/home/you\n' : '/\n');
		case 'cd':
		case 'export':
		case 'unset':
		case 'alias':
			return ok();
		case 'sleep':
			return sleep(session, args);
		default:
			return undefined;
	}
}

function sleep(session: Session, args: readonly string[]): ShellResult {
	if (args.length === 0) return fail("sleep: missing operand\nTry 'sleep --help' for more information.\n");
	let total = 0;
	for (const arg of args) {
		const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
		if (!match) return fail(`sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`);
		const unit = {'': 1, s: 1, m: 60, h: 3600, d: 86400}[match[2] as '' | 's' | 'm' | 'h' | 'd'];
		total += Number(match[1]) * unit;
	}
	// The controllers stop the clock at each moment they have work due, so one call is enough.
	advanceTime(session.cluster, Math.round(total * 1000));
	return ok();
}

function exit(session: Session): ShellResult {
	const vantage = session.vantage;
	const entered = session.entered;
	if (vantage.kind === 'laptop') {
		return {output: [{stream: 'stdout', text: 'You are on your laptop, the outermost shell. To leave the sandbox press Ctrl+D (or Esc).\n'}], exitCode: 0, leave: true};
	}
	session.vantage = LAPTOP;
	session.entered = undefined;
	if (vantage.kind === 'node') return ok(entered?.via === 'docker' ? 'exit\n' : `logout\nConnection to ${vantage.node} closed.\n`);
	if (entered?.via === 'run') {
		if (entered.remove) {
			const removed = deleteObject(session.cluster, 'Pod', vantage.namespace, vantage.pod);
			return removed.ok ? ok(deletedLine(typeForKind('Pod')!, removed.value, false)) : ok();
		}
		return ok(`Session ended, resume using 'kubectl attach ${vantage.pod} -c ${vantage.pod} -i -t' command when the pod is running\n`);
	}
	return ok();
}

function nodeFor(target: string): string | undefined {
	const host = target.includes('@') ? target.slice(target.indexOf('@') + 1) : target;
	return NODES.find(node => node.name === host || node.internalIP === host)?.name;
}

function ssh(session: Session, args: readonly string[]): ShellResult {
	const target = args.find(arg => !arg.startsWith('-'));
	if (!target) return fail('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command [argument ...]]\n', 255);
	const node = nodeFor(target);
	if (!node) return fail(`ssh: Could not resolve hostname ${target.replace(/^.*@/, '')}: Name or service not known\n`, 255);
	session.vantage = {kind: 'node', node};
	session.entered = {via: 'ssh'};
	return ok();
}

function docker(session: Session, args: readonly string[]): ShellResult {
	if (args[0] === 'ps') {
		const rows = NODES.map(node => `${node.name.padEnd(20)}kindest/node:v1.34.0   Up`);
		return ok(`NAMES               IMAGE                  STATUS\n${rows.join('\n')}\n`);
	}
	if (args[0] !== 'exec') return fail("kubetutor: only `docker exec -it <node> bash` and `docker ps` are simulated here\n");
	const rest = args.slice(1).filter(arg => !arg.startsWith('-'));
	const node = rest[0] ? nodeFor(rest[0]) : undefined;
	if (!node) return fail(`Error response from daemon: No such container: ${rest[0] ?? ''}\n`);
	const command = rest.slice(1);
	if (command.length === 0) return fail('"docker exec" requires at least 2 arguments.\n');
	if (command.length === 1 && ['bash', 'sh', '/bin/bash', '/bin/sh'].includes(command[0])) {
		session.vantage = {kind: 'node', node};
		session.entered = {via: 'docker'};
		return ok();
	}
	return runAtVantage(session, {kind: 'node', node}, command, undefined);
}

function kind(args: readonly string[]): ShellResult {
	if (args[0] === 'get' && args[1] === 'clusters') return ok('kind\n');
	if (args[0] === 'get' && args[1] === 'nodes') return ok(NODES.map(node => node.name).join('\n') + '\n');
	return fail('kubetutor: the sandbox is one kind cluster named "kind"; only `kind get clusters` and `kind get nodes` are simulated\n');
}

/** Applies a kubectl result's request to move into a pod. */
export function enterIfAsked(session: Session, result: ShellResult): void {
	if (!result.enter) return;
	session.vantage = result.enter.vantage;
	session.entered = result.enter.removeOnExit !== undefined ? {via: 'run', remove: result.enter.removeOnExit} : {via: 'exec'};
}
