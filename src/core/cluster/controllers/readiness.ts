/**
 * Readiness probes, judged from what the simulated workload does rather than by running anything:
 * - httpGet / tcpSocket / grpc pass iff some container of the pod listens on the probed port
 *   (named ports resolve through the container's `ports`), see network/workload-ports.ts;
 * - exec passes unless the command obviously fails: `false`, `exit N` (N ≠ 0), or `test -f|-e`,
 *   `cat`, `ls` of a path that the container's own command never creates (`touch`, `>`);
 * - nothing counts before `initialDelaySeconds` have passed since the container started.
 * Liveness and startup probes are assumed to pass (no restarts are simulated).
 */
import type {Container, Probe} from 'kubernetes-types/core/v1.js';
import type {Pod} from '../kube-object.js';
import {listensOn} from '../network/workload-ports.js';

export type Readiness =
	| {ready: true}
	| {ready: false; waitUntil: number}
	| {ready: false; failure: string; periodMs: number};

export function readinessOf(pod: Readonly<Pod>, container: Readonly<Container>, startedMs: number, now: number): Readiness {
	const probe = container.readinessProbe;
	if (!probe) return {ready: true};
	const due = startedMs + (probe.initialDelaySeconds ?? 0) * 1000;
	if (now < due) return {ready: false, waitUntil: due};
	const failure = probeFailure(pod, container, probe);
	return failure === undefined ? {ready: true} : {ready: false, failure, periodMs: (probe.periodSeconds ?? 10) * 1000};
}

function probeFailure(pod: Readonly<Pod>, container: Readonly<Container>, probe: Readonly<Probe>): string | undefined {
	const ip = pod.status?.podIP ?? '';
	if (probe.httpGet) {
		const port = resolvePort(container, probe.httpGet.port);
		if (typeof port === 'string') return port;
		if (listensOn(pod as Pod, port)) return undefined;
		const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
		const host = probe.httpGet.host ?? ip;
		const path = probe.httpGet.path ?? '/';
		return `Readiness probe failed: Get "${scheme}://${hostPort(host, port)}${path.startsWith('/') ? path : `/${path}`}": dial tcp ${hostPort(host, port)}: connect: connection refused`;
	}
	if (probe.tcpSocket) {
		const port = resolvePort(container, probe.tcpSocket.port);
		if (typeof port === 'string') return port;
		if (listensOn(pod as Pod, port)) return undefined;
		return `Readiness probe failed: dial tcp ${hostPort(probe.tcpSocket.host ?? ip, port)}: connect: connection refused`;
	}
	if (probe.grpc) {
		if (listensOn(pod as Pod, probe.grpc.port)) return undefined;
		return `Readiness probe failed: timeout: failed to connect service "${hostPort(ip, probe.grpc.port)}" within 1s`;
	}
	if (probe.exec) return execFailure(container, probe.exec.command ?? []);
	return undefined;
}

function hostPort(host: string, port: number): string {
	return `${host}:${port}`;
}

/** A number, or the probe error text when a named port is not declared by the container. */
function resolvePort(container: Readonly<Container>, port: number | string): number | string {
	if (typeof port === 'number') return port;
	if (/^\d+$/.test(port)) return Number(port);
	const found = container.ports?.find(p => p.name === port);
	if (found) return found.containerPort;
	return `Readiness probe errored: strconv.Atoi: parsing "${port}": invalid syntax`;
}

function execFailure(container: Readonly<Container>, command: readonly string[]): string | undefined {
	const script = command.length >= 3 && /(^|\/)(ba)?sh$/.test(command[0]) && command[1] === '-c' ? command.slice(2).join(' ') : command.join(' ');
	const text = script.trim();
	if (/^(\/bin\/|\/usr\/bin\/)?false$/.test(text)) return 'Readiness probe failed: ';
	const exit = /^exit\s+(\d+)$/.exec(text);
	if (exit && exit[1] !== '0') return 'Readiness probe failed: ';
	const fileCheck = /^(?:test|\[)\s+-[fes]\s+(\S+)/.exec(text) ?? /^(cat|ls)\s+(\S+)/.exec(text);
	if (fileCheck) {
		const path = fileCheck[fileCheck.length - 1];
		if (containerCreates(container, path)) return undefined;
		if (fileCheck[1] === 'cat') return `Readiness probe failed: cat: can't open '${path}': No such file or directory`;
		if (fileCheck[1] === 'ls') return `Readiness probe failed: ls: ${path}: No such file or directory`;
		return 'Readiness probe failed: ';
	}
	return undefined;
}

function containerCreates(container: Readonly<Container>, path: string): boolean {
	const own = [...(container.command ?? []), ...(container.args ?? [])].join(' ');
	const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(touch|mkdir -p|>>?)\\s*${escaped}(\\s|;|$|&)`).test(own);
}
