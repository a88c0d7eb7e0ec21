/**
 * The kubelet's prober (docs/simulation.md, "Probes"): each container's startup, liveness and
 * readiness probes run every periodSeconds from initialDelaySeconds after the container started,
 * and a result changes only after failureThreshold (or successThreshold) results in a row, as in
 * pkg/kubelet/prober/worker.go. A startup probe holds the other two until it succeeds. Probes
 * come from the node, so no NetworkPolicy stands in their way.
 * - httpGet sends a request to the container's simulated server (http-server.ts): 200–399 pass;
 * - tcpSocket and grpc pass when something listens on the port;
 * - exec runs its command in the container through the shell (exec-probe.ts).
 */
import type {Container, Probe} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {podServes} from '../network/http-server.js';
import {listensOn} from '../network/workload-ports.js';
import {nodeByName} from '../topology.js';
import type {ContainerRuntime, ProbeWorker} from './container-runtime.js';
import {execProbeFailure} from './exec-probe.js';
import {fnv32a} from './pod-template-hash.js';

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

const TITLE: Record<ProbeKind, string> = {startup: 'Startup', liveness: 'Liveness', readiness: 'Readiness'};

export interface ProbeVerdict {
	/** The readiness the kubelet reports now. */
	ready: boolean;
	/** The startup probe has succeeded (true when there is none). */
	started: boolean;
	/** A probe that failed its failureThreshold and gets the container killed. */
	kill?: 'startup' | 'liveness';
	/** When the next probe falls due, if any. */
	nextAt?: number;
	/** Each failed probe, in order, with the moment it ran: one Unhealthy event each. */
	failures: Array<{kind: ProbeKind; message: string}>;
}

/** One probe's answer: undefined when it passed, else the text after "<Kind> probe failed: ". */
export function probeFailure(cluster: Cluster, pod: Readonly<Pod & KubeObject>, container: Readonly<Container>, probe: Readonly<Probe>, kind: ProbeKind): {failed: string} | {errored: string} | undefined {
	const ip = pod.status?.podIP ?? '';
	if (probe.httpGet) {
		const port = resolvePort(container, probe.httpGet.port);
		if (typeof port === 'string') return {errored: port};
		const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
		const host = probe.httpGet.host ?? ip;
		const raw = probe.httpGet.path ?? '/';
		const path = raw.startsWith('/') ? raw : `/${raw}`;
		const url = `${scheme}://${host}:${port}${path}`;
		if (!listensOn(pod as Pod, port)) return {failed: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused`};
		const headers: Array<[string, string]> = [
			['Host', `${host}:${port}`],
			['User-Agent', 'kube-probe/1.34'],
			['Accept', '*/*'],
			...(probe.httpGet.httpHeaders ?? []).map(h => [h.name, h.value] as [string, string]),
		];
		const reply = podServes(cluster, pod, port, {method: 'GET', path, host: `${host}:${port}`, headers, clientIP: probeSource(pod), clientPort: probePort(pod, kind), tls: scheme === 'https'}, {insecure: true});
		if (reply.kind === 'empty-reply') return {failed: `Get "${url}": EOF`};
		if (reply.kind === 'tls-error') return {failed: `Get "${url}": http: server gave HTTP response to HTTPS client`};
		const status = reply.response.status;
		return status >= 200 && status < 400 ? undefined : {failed: `HTTP probe failed with statuscode: ${status}`};
	}
	if (probe.tcpSocket) {
		const port = resolvePort(container, probe.tcpSocket.port);
		if (typeof port === 'string') return {errored: port};
		if (listensOn(pod as Pod, port)) return undefined;
		return {failed: `dial tcp ${probe.tcpSocket.host ?? ip}:${port}: connect: connection refused`};
	}
	if (probe.grpc) {
		if (listensOn(pod as Pod, probe.grpc.port)) return undefined;
		return {failed: `timeout: failed to connect service "${ip}:${probe.grpc.port}" within ${probe.timeoutSeconds ?? 1}s`};
	}
	if (probe.exec) {
		const failed = execProbeFailure(cluster, pod, container, probe.exec.command ?? [], probe.timeoutSeconds ?? 1);
		return failed === undefined ? undefined : {failed};
	}
	return undefined;
}

/**
 * kindnet's ptp plugin gives the node's side of each pod's veth the /24's `.1`: the address the
 * kubelet's probes come from, as the server's access log shows.
 */
function probeSource(pod: Readonly<Pod>): string {
	const node = nodeByName(pod.spec?.nodeName ?? '');
	return node ? `${node.podPrefix}.1` : pod.status?.hostIP ?? '';
}

function probePort(pod: Readonly<Pod & KubeObject>, kind: ProbeKind): number {
	return 32768 + (fnv32a(`${pod.metadata.uid ?? ''}|${kind}`) % 28232);
}

/** A number, or the error text when a named port is not declared by the container. */
function resolvePort(container: Readonly<Container>, port: number | string): number | string {
	if (typeof port === 'number') return port;
	if (/^\d+$/.test(port)) return Number(port);
	const found = container.ports?.find(p => p.name === port);
	if (found) return found.containerPort;
	return `strconv.Atoi: parsing "${port}": invalid syntax`;
}

function probeOf(container: Readonly<Container>, kind: ProbeKind): Probe | undefined {
	return kind === 'startup' ? container.startupProbe : kind === 'liveness' ? container.livenessProbe : container.readinessProbe;
}

function worker(rt: ContainerRuntime, kind: ProbeKind, probe: Readonly<Probe>, startedMs: number): ProbeWorker {
	rt.probes ??= {};
	let w = rt.probes[kind];
	// readiness starts as failure, liveness as success, startup as not yet (prober/worker.go)
	if (!w) rt.probes[kind] = w = {nextAt: Math.max(startedMs + (probe.initialDelaySeconds ?? 0) * 1000, rt.probesHeldUntil ?? Number.NEGATIVE_INFINITY), streak: 0, passing: kind === 'liveness'};
	return w;
}

/** The message of a probe event: `Readiness probe failed: …` or `… errored: …`. */
export function probeMessage(kind: ProbeKind, result: {failed: string} | {errored: string}): string {
	return 'failed' in result ? `${TITLE[kind]} probe failed: ${result.failed}` : `${TITLE[kind]} probe errored: ${result.errored}`;
}

/**
 * Runs every probe of a running container that fell due up to `now`, in time order, and says
 * what the kubelet reports. Probes the container has never passed or is failing keep running
 * each period; a probe that passes steadily is looked at again only when the pod is synced.
 */
export function advanceProbes(cluster: Cluster, pod: Readonly<Pod & KubeObject>, container: Readonly<Container>, rt: ContainerRuntime, startedMs: number, now: number): ProbeVerdict {
	const verdict: ProbeVerdict = {ready: false, started: true, failures: []};
	const kinds: ProbeKind[] = ['startup', 'liveness', 'readiness'];
	const due = (at: number) => (verdict.nextAt = verdict.nextAt === undefined ? at : Math.min(verdict.nextAt, at));
	for (const kind of kinds) {
		const probe = probeOf(container, kind);
		if (!probe) {
			if (kind === 'readiness') verdict.ready = verdict.started;
			continue;
		}
		if (kind !== 'startup' && !verdict.started) continue;
		const w = worker(rt, kind, probe, kind === 'startup' ? startedMs : Math.max(startedMs, rt.startedProbeAt ?? startedMs));
		const period = (probe.periodSeconds ?? 10) * 1000;
		const failureThreshold = probe.failureThreshold ?? 3;
		const successThreshold = probe.successThreshold ?? 1;
		// a simulated server answers the same until its pod changes: a probe passing steadily stays so
		const steadyBefore = w.passing && w.lastOk === true;
		for (let guard = 0; !steadyBefore && !w.done && w.nextAt <= now && guard < 1000; guard++) {
			const result = probeFailure(cluster, pod, container, probe, kind);
			const ok = result === undefined;
			if (!ok) verdict.failures.push({kind, message: probeMessage(kind, result)});
			w.streak = ok === w.lastOk ? w.streak + 1 : 1;
			w.lastOk = ok;
			if (ok && w.streak >= successThreshold) w.passing = true;
			if (!ok && w.streak >= failureThreshold) w.passing = false;
			w.nextAt += period;
			if (kind === 'startup' && w.passing) {
				w.done = true;
				rt.startedProbeAt = now;
				break;
			}
			if ((kind === 'startup' || kind === 'liveness') && !ok && w.streak >= failureThreshold) {
				verdict.kill = kind;
				// the worker keeps its ticker: the next container is first probed a period on
				rt.probesHeldUntil = w.nextAt;
				return verdict;
			}
		}
		if (kind === 'startup' && !w.done) verdict.started = false;
		const steady = (w.passing && w.lastOk === true) || w.done;
		if (!steady) due(w.nextAt);
		if (kind === 'readiness') verdict.ready = w.passing;
	}
	return verdict;
}
