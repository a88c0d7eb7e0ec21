/** A klog line as kubectl writes it on stderr: `W1204 02:35:43.251862   31447 helpers.go:703] …`. */
import type {Cluster} from './cluster.js';
import {SIM_EPOCH_MS} from './sim-clock.js';

/** The process id the sandbox's kubectl reports in klog lines. */
export const KUBECTL_PID = 4242;

export function klogLine(cluster: Cluster, severity: 'I' | 'W' | 'E', source: string, message: string, pid = KUBECTL_PID): string {
	const date = new Date(SIM_EPOCH_MS + cluster.clock.now());
	const two = (n: number) => String(n).padStart(2, '0');
	const micros = String(date.getUTCMilliseconds() * 1000).padStart(6, '0');
	const stamp = `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${micros}`;
	return `${severity}${stamp} ${String(pid).padStart(7)} ${source}] ${message}\n`;
}
