/** Reaching the kind nodes from the laptop: `ssh kind-worker`, `docker exec -it kind-worker bash`, `kind get …`. */
import type {ShellResult} from '../kubectl/kubectl-env.js';
import type {Vantage} from '../vantage.js';
import type {Session} from './session.js';

const ok = (text = ''): ShellResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

/** Runs a command on a node (for `docker exec NODE CMD`). */
export type NodeRunner = (vantage: Vantage, argv: readonly string[]) => ShellResult;

function nodeFor(session: Session, target: string): string | undefined {
	const host = target.includes('@') ? target.slice(target.indexOf('@') + 1) : target;
	return session.cluster.nodes.find(node => node.name === host || node.internalIP === host)?.name;
}

export function ssh(session: Session, args: readonly string[]): ShellResult {
	const target = args.find(arg => !arg.startsWith('-'));
	if (!target) return fail('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command [argument ...]]\n', 255);
	const node = nodeFor(session, target);
	if (!node) return fail(`ssh: Could not resolve hostname ${target.replace(/^.*@/, '')}: Name or service not known\n`, 255);
	session.vantage = {kind: 'node', node};
	session.entered = {via: 'ssh'};
	return ok();
}

export function docker(session: Session, args: readonly string[], runOnNode: NodeRunner): ShellResult {
	if (args[0] === 'ps') {
		const rows = session.cluster.nodes.map(node => `${node.name.padEnd(20)}kindest/node:v1.34.0   Up`);
		return ok(`NAMES               IMAGE                  STATUS\n${rows.join('\n')}\n`);
	}
	if (args[0] !== 'exec') return fail("kubetutor: only `docker exec -it <node> bash` and `docker ps` are simulated here\n");
	const rest = args.slice(1).filter(arg => !arg.startsWith('-'));
	const node = rest[0] ? nodeFor(session, rest[0]) : undefined;
	if (!node) return fail(`Error response from daemon: No such container: ${rest[0] ?? ''}\n`);
	const command = rest.slice(1);
	if (command.length === 0) return fail('"docker exec" requires at least 2 arguments.\n');
	if (command.length === 1 && ['bash', 'sh', '/bin/bash', '/bin/sh'].includes(command[0])) {
		session.vantage = {kind: 'node', node};
		session.entered = {via: 'docker'};
		return ok();
	}
	return runOnNode({kind: 'node', node}, command);
}

export function kind(session: Session, args: readonly string[]): ShellResult {
	if (args[0] === 'get' && args[1] === 'clusters') return ok('kind\n');
	if (args[0] === 'get' && args[1] === 'nodes') return ok(session.cluster.nodes.map(node => node.name).join('\n') + '\n');
	return fail('kubetutor: the sandbox is one kind cluster named "kind"; only `kind get clusters` and `kind get nodes` are simulated\n');
}
