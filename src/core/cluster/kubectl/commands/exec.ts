/**
 * `kubectl exec POD -- CMD…` runs the command inside the pod (through the shell's pod vantage);
 * `kubectl exec -it POD -- sh` moves the learner into the pod.
 */
import type {KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {findPod, isRunning, SHELLS} from '../pod-access.js';

const USAGE = "error: expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'.\nPOD or TYPE/NAME is a required argument for the exec command\nSee 'kubectl exec -h' for help and examples\n";

export const execCommand: KubectlCommand = {
	name: 'exec',
	short: 'Execute a command in a container',
	flags: [
		{name: 'stdin', short: 'i', type: 'bool'},
		{name: 'tty', short: 't', type: 'bool'},
		{name: 'container', short: 'c', type: 'string'},
		{name: 'quiet', short: 'q', type: 'bool'},
		{name: 'pod-running-timeout', type: 'string'},
		{name: 'filename', short: 'f', type: 'array'},
	],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const before = flags.dashAt === -1 ? flags.args : flags.args.slice(0, flags.dashAt);
		const command = flags.dashAt === -1 ? [] : flags.args.slice(flags.dashAt);
		if (before.length === 0) return out.err(USAGE).done(1);
		if (before.length > 1) {
			return out.err("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n").done(1);
		}
		if (command.length === 0) return out.err('error: you must specify at least one command for the container\n').done(1);
		const found = findPod(context, before[0]);
		if (!found.ok) return out.err(found.message).done(1);
		const pod = found.pod;
		const containers = pod.spec?.containers ?? [];
		const containerName = flags.string('container') || containers[0]?.name || '';
		if (!containers.some(container => container.name === containerName)) {
			return out.err(`Error from server (BadRequest): container ${containerName} is not valid for pod ${pod.metadata.name}\n`).done(1);
		}
		if (!isRunning(pod)) {
			const phase = pod.status?.phase ?? 'Pending';
			if (phase === 'Succeeded' || phase === 'Failed') return out.err(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`).done(1);
			return out.err(`error: unable to upgrade connection: container not found ("${containerName}")\n`).done(1);
		}
		const vantage = {kind: 'pod' as const, namespace: pod.metadata.namespace ?? context.namespace, pod: pod.metadata.name};
		if (command.length === 1 && SHELLS.has(command[0]) && flags.bool('stdin') && (flags.bool('tty') || context.env.stdin === undefined)) {
			const probe = context.env.runInPod(vantage, ['command', '-v', command[0]]);
			if (probe.exitCode !== 0) return out.append(probe).done(1);
			out.enter = {vantage};
			return out.done(0);
		}
		const result = context.env.runInPod(vantage, command, context.env.stdin);
		out.append(result);
		if (result.trace) out.trace = result.trace;
		if (result.execFailed) return out.done(1);
		if (result.exitCode !== 0) out.err(`command terminated with exit code ${result.exitCode}\n`);
		return out.done(result.exitCode);
	},
};
