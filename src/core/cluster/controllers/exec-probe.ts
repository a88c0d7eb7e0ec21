/**
 * An exec probe runs its command in the container through the shell (shell/pod-command.ts), as
 * `kubectl exec` would, without moving the clock: a non-zero status fails the probe, and what it
 * printed is the text the Unhealthy event carries; one that would outlast timeoutSeconds times out. The pod has no file system of its own yet:
 * the paths its container's command creates (`touch`, `mkdir -p`, `>`) exist, nothing else does.
 */
import type {Container} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';

export function execProbeFailure(cluster: Cluster, pod: Readonly<Pod & KubeObject>, container: Readonly<Container>, command: readonly string[], timeoutSeconds: number): string | undefined {
	// a cluster built without createCluster has no shell to run the command in
	if (!cluster.runInPod || command.length === 0) return undefined;
	const files = new Map(createdPaths(container).map(path => [path, '']));
	const run = cluster.runInPod(cluster, pod.metadata.namespace ?? 'default', pod.metadata.name, command, files);
	// the runtime's ExecSync deadline (cri-client's remote_runtime.go): the command is cut off
	if ('forever' in run || run.ms > timeoutSeconds * 1000) return `command ${JSON.stringify(command.join(' '))} timed out`;
	return run.exitCode === 0 ? undefined : run.output.trimEnd();
}

function createdPaths(container: Readonly<Container>): string[] {
	const own = [...(container.command ?? []), ...(container.args ?? [])].join(' ');
	return [...own.matchAll(/(?:touch|mkdir -p|>>?)\s*([^\s;&|]+)/g)].map(match => match[1]);
}
