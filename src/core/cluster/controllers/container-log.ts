/**
 * What a running container writes to its log besides its process's own start-up output: a
 * server's access-log lines as requests reach it (docs/simulation.md, "Servers"). The lines go
 * into the kubelet's memory of the container's current run, where `containerOutput` reads them.
 */
import type {Cluster} from '../cluster.js';
import {SIM_EPOCH_MS} from '../sim-clock.js';
import {objectKey} from './object-meta.js';

/** Appends `text` (whole lines) to the current run's log; nothing when the container is not running. */
export function appendContainerLog(cluster: Cluster, namespace: string, pod: string, container: string, text: string): void {
	const rt = cluster.controllers.podRuntimes.get(objectKey('Pod', namespace, pod))?.containers.get(container);
	if (rt?.phase === 'running') rt.logs += text;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** `04/Dec/2026:18:00:00 +0000`: nginx's `$time_local` and Apache's `%t` (without brackets), in UTC. */
export function commonLogTime(cluster: Cluster): string {
	const d = new Date(SIM_EPOCH_MS + cluster.clock.now());
	return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** `2026/12/04 18:00:00`: Go's log package and nginx's error log. */
export function goLogTime(cluster: Cluster): string {
	const d = new Date(SIM_EPOCH_MS + cluster.clock.now());
	return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
