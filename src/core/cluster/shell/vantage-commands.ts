/**
 * What each vantage point can run. The laptop has kubectl, the network tools, ssh and docker;
 * a kind node has curl, ping, the DNS tools and iptables but no configured kubectl; a pod has
 * whatever its image ships (busybox has no curl).
 */
import type {KubectlEnv, PodVantage, ShellResult} from '../kubectl/kubectl-env.js';
import type {Vantage} from '../vantage.js';
import {runBuiltin} from './builtins.js';
import {answerLater, withoutJob} from './job-control.js';
import {nodeByName} from '../network/addresses.js';
import {nodeRuleTable} from '../network/proxy-rules.js';
import {iptablesCommand, iptablesSaveCommand} from './iptables.js';
import {docker, kind, ssh} from './node-access.js';
import {hostnameCommand, POD_APPLETS, runPodApplet} from './pod-applets.js';
import {imageTools} from './pod-image.js';
import {NODE_TOOLS, runNodeTool} from './node-tools.js';
import type {Session} from './session.js';
import {splitScript} from './split-script.js';
import {environmentText, hostnameOf, hostsFile, podOf, resolvConf} from './system-files.js';
import {cat, grep, head, sort, tail, wc} from './text-tools.js';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function assign(variables: Map<string, string>, words: readonly string[]): void {
	for (const word of words) {
		const eq = word.indexOf('=');
		if (ASSIGNMENT.test(word)) variables.set(word.slice(0, eq), word.slice(eq + 1));
	}
}

const ok = (text = ''): ShellResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

const NETWORK = ['curl', 'wget', 'nslookup', 'dig', 'ping'];
const SHELL_BUILTINS = ['exit', 'clear', 'history', 'help', 'trace', 'echo', 'sleep', 'true', 'false', 'pwd', 'cd', 'export', 'test', '[', 'jobs', 'kill', 'fg'];
const TEXT = ['cat', 'grep', 'head', 'tail', 'wc', 'sort', 'hostname', 'env', 'whoami'];

/** The commands a vantage point knows (for help and Tab completion). */
export function commandsAt(session: Session, vantage: Vantage): string[] {
	if (vantage.kind === 'laptop') return [...SHELL_BUILTINS, 'save', ...TEXT, 'kubectl', 'k', 'ssh', 'docker', 'kind', ...NETWORK];
	if (vantage.kind === 'node') return [...SHELL_BUILTINS, ...TEXT, 'kubectl', 'iptables', 'iptables-save', 'curl', 'ping', 'nslookup', 'dig', ...NODE_TOOLS];
	const image = podOf(session.cluster, vantage)?.spec?.containers?.[0]?.image;
	const tools = imageTools(image).tools;
	return [...SHELL_BUILTINS, ...[...tools].filter(tool => TEXT.includes(tool) || NETWORK.includes(tool) || (POD_APPLETS as readonly string[]).includes(tool) || ['iptables', 'iptables-save', 'sh', 'bash', 'ash'].includes(tool))];
}

export function runAtVantage(session: Session, vantage: Vantage, argv: readonly string[], stdin: string | undefined, variables = session.variables): ShellResult {
	const words = [...argv];
	const assignments: string[] = [];
	while (words.length > 0 && ASSIGNMENT.test(words[0])) assignments.push(words.shift() as string);
	// `NAME=value` alone sets a shell variable; before a command it only applies to that command
	if (words.length === 0) {
		assign(variables, assignments);
		return ok();
	}
	const name = words[0];
	const args = words.slice(1);
	const shell = shellName(session, vantage);
	const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
	const builtin = runBuiltin(session, vantage, base, args, commandsAt(session, vantage), variables, readerAt(session, vantage));
	if (builtin) return builtin;
	if (vantage.kind === 'pod' && !podOf(session.cluster, vantage)) {
		return fail(`kubetutor: the pod ${vantage.pod} no longer exists; type exit to go back to your laptop\n`);
	}
	if (!commandsAt(session, vantage).includes(base)) return notFound(shell, name);
	const applet = vantage.kind === 'pod' ? runPodApplet(session, vantage, base, args) : vantage.kind === 'node' ? runNodeTool(session, vantage, base, args) : undefined;
	if (applet) return applet;
	switch (base) {
		case 'kubectl':
		case 'k':
			if (vantage.kind !== 'laptop') return fail('The connection to the server localhost:8080 was refused - did you specify the right host or port?\n');
			return session.kubectl(kubectlEnv(session, stdin), args);
		case 'ssh':
			return ssh(session, args);
		case 'docker':
			return docker(session, args, (node, command) => runWithoutJobs(session, node, command, undefined));
		case 'kind':
			return kind(session, args);
		case 'iptables-save':
		case 'iptables':
			return iptables(session, vantage, base, args);
		case 'cat':
			return cat(args, stdin, readerAt(session, vantage), 'cat', vantage.kind === 'pod' && shell === 'sh');
		case 'grep':
			return grep(args, stdin, readerAt(session, vantage));
		case 'head':
			return head(args, stdin, readerAt(session, vantage));
		case 'tail':
			return tail(args, stdin, readerAt(session, vantage));
		case 'wc':
			return wc(args, stdin, readerAt(session, vantage));
		case 'sort':
			return sort(args, stdin, readerAt(session, vantage));
		case 'hostname':
			return hostnameCommand(session.cluster, vantage, args);
		case 'whoami':
			return ok(vantage.kind === 'laptop' ? 'you\n' : 'root\n');
		case 'env':
			return ok(environmentText(session.cluster, vantage));
		case 'sh':
		case 'bash':
		case 'ash':
			return subshell(session, vantage, args, stdin, variables);
		default: {
			const tool = session.tools[base];
			if (!tool) return fail(`kubetutor: ${base} is not simulated yet\n`);
			return answerLater(session.cluster, [base, ...args].join(' '), tool(session.cluster, vantage, args, 'deferred'));
		}
	}
}

/**
 * The rules a vantage point sees: a node (or a hostNetwork pod) sees its node's table; an ordinary
 * pod has its own network namespace, which an unprivileged container may not read.
 */
function iptables(session: Session, vantage: Vantage, command: 'iptables' | 'iptables-save', args: readonly string[]): ShellResult {
	const pod = vantage.kind === 'pod' ? podOf(session.cluster, vantage) : undefined;
	const nodeName = vantage.kind === 'node' ? vantage.node : pod?.spec?.hostNetwork ? pod.spec.nodeName : undefined;
	const node = nodeName ? nodeByName(session.cluster, nodeName) : undefined;
	if (!node) return fail(`${command} v1.8.10 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n`, command === 'iptables' ? 4 : 1);
	const table = nodeRuleTable(session.cluster, node);
	return command === 'iptables' ? iptablesCommand(table, args) : iptablesSaveCommand(table, session.cluster.clock.now(), args);
}

export function shellName(session: Session, vantage: Vantage): 'sh' | 'bash' {
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
	return runWithoutJobs(session, vantage, argv, stdin);
}

/** No shell job control behind kubectl exec or docker exec: a command that waits (sleep, a curl timing out) waits here. */
function runWithoutJobs(session: Session, vantage: Vantage, argv: readonly string[], stdin: string | undefined): ShellResult {
	return withoutJob(session.cluster, runAtVantage(session, vantage, argv, stdin), session.budget);
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
function subshell(session: Session, vantage: Vantage, args: readonly string[], stdin: string | undefined, variables: Map<string, string>): ShellResult {
	if (args[0] !== '-c' && stdin === undefined) return ok();
	// `sh -c 'cmd'`, or a script fed on stdin (`kubectl exec -i pod -- sh <<EOF`)
	const script = args[0] === '-c' ? args[1] ?? '' : stdin ?? '';
	if (args[0] !== '-c') stdin = undefined;
	// a shell started in another place (kubectl exec) inherits nothing from the laptop's shell
	const runLine = session.startShell(vantage, vantage === session.vantage ? new Map(variables) : new Map());
	const chunks: ShellResult['output'] = [];
	let result: ShellResult = {output: [], exitCode: 0};
	let trace: ShellResult['trace'];
	for (const command of splitScript(script)) {
		result = runLine(command.line, command.stdin ?? stdin);
		if (result.trace) trace = result.trace;
		chunks.push(...result.output);
		if (result.exitCode === 2 && !command.stdin && result.output.some(chunk => / syntax error/.test(chunk.text))) break;
	}
	return {...result, output: chunks, ...(trace ? {trace} : {})};
}

/** The files a command sees where it runs: the system files, then the learner's (the laptop's disk only on the laptop). */
function readerAt(session: Session, vantage: Vantage): (path: string) => string | undefined {
	return path => systemFile(session, vantage, path) ?? (vantage.kind === 'laptop' ? session.readFile(path) : session.files.get(path));
}

function systemFile(session: Session, vantage: Vantage, path: string): string | undefined {
	if (path === '/etc/resolv.conf') return resolvConf(session.cluster, vantage);
	if (path === '/etc/hosts') return hostsFile(session.cluster, vantage);
	if (path === '/etc/hostname') return `${hostnameOf(session.cluster, vantage)}\n`;
	return undefined;
}

