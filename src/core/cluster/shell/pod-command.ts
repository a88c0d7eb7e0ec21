/**
 * A command line run inside a pod for the kubelet (docs/simulation.md, "Probes"): an exec probe's
 * command goes through the same interpreter as `kubectl exec`, but inside the kubelet's own step,
 * so nothing settles and the clock does not move; what the command would wait for (`sleep`) is
 * counted instead. The pod has no file system of its own: `files` are the paths its container
 * made.
 */
import {UNLIMITED} from '../budget.js';
import type {Cluster, PodCommandRun} from '../cluster.js';
import {runKubectl} from '../kubectl/kubectl.js';
import type {Vantage} from '../vantage.js';
import {runCommandLine, type Measured, type RunContext} from './interpreter.js';
import {newJobTable} from './job-control.js';
import {NETWORK_TOOLS} from './network-tools.js';
import type {Session} from './session.js';

/** A `sh -c` script is its script; any other argv is run as one command with its words quoted. */
function lineOf(argv: readonly string[]): string {
	if (argv.length >= 3 && /(^|\/)(ba|a|da)?sh$/.test(argv[0]) && /^-[a-z]*c[a-z]*$/.test(argv[1])) return argv[2];
	return argv.map(word => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`)).join(' ');
}

export function runPodCommand(cluster: Cluster, namespace: string, pod: string, argv: readonly string[], files: ReadonlyMap<string, string>): PodCommandRun {
	const vantage: Vantage = {kind: 'pod', namespace, pod};
	const own = new Map(files);
	const session: Session = {
		cluster,
		vantage,
		entered: undefined,
		files: own,
		readFile: path => own.get(path),
		tools: NETWORK_TOOLS,
		history: [],
		lastTrace: undefined,
		budget: UNLIMITED,
		kubeconfig: {namespace},
		variables: new Map(),
		kubectl: (env, args) => runKubectl(env, args),
		interactive: false,
		jobs: newJobTable(),
		foreground: undefined,
		editing: undefined,
		clockStays: true,
		startShell: (at, variables) => {
			const context: RunContext = {session, vantage: () => at, status: 0, variables, moves: false, measured};
			return (line, stdin) => runCommandLine(context, line, stdin);
		},
	};
	const measured: Measured = {ms: 0, forever: false};
	const context: RunContext = {session, vantage: () => vantage, status: 0, variables: session.variables, moves: false, measured};
	const result = runCommandLine(context, lineOf(argv), undefined);
	return {exitCode: result.exitCode, output: result.output.map(chunk => chunk.text).join(''), ...(measured.forever ? {forever: true} : {ms: measured.ms})};
}
