/** The building blocks kubectl's describers share (describe.go). */
import type {Container, ContainerStatus, Event, Pod, Probe, Toleration, Volume} from 'kubernetes-types/core/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {SimClock} from '../../sim-clock.js';
import {compareStrings} from '../format-labels.js';
import {rfc1123z, since} from '../human-duration.js';
import type {DescribeWriter} from './describe-writer.js';

const MAX_ANNOTATION_LENGTH = 140;
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function printLabelsMultiline(w: DescribeWriter, title: string, labels: Record<string, string> | undefined | null, initialIndent = ''): void {
	w.write(0, `${initialIndent}${title}:\t`);
	const keys = Object.keys(labels ?? {}).sort(compareStrings);
	if (keys.length === 0) {
		w.write(0, '<none>\n');
		return;
	}
	keys.forEach((key, i) => {
		if (i !== 0) w.write(0, `${initialIndent}\t`);
		w.write(0, `${key}=${labels![key]}\n`);
	});
}

/** Annotations as `key: value`, skipping last-applied-configuration and shortening long values. */
export function printAnnotationsMultiline(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined | null): void {
	w.write(0, `${title}:\t`);
	const keys = Object.keys(annotations ?? {})
		.filter(key => key !== LAST_APPLIED)
		.sort(compareStrings);
	if (keys.length === 0) {
		w.write(0, '<none>\n');
		return;
	}
	keys.forEach((key, i) => {
		if (i !== 0) w.write(0, '\t');
		const value = annotations![key].replace(/\n$/, '');
		if (value.length + key.length + 2 > MAX_ANNOTATION_LENGTH || value.includes('\n')) {
			w.write(0, `${key}:\n`);
			for (const line of value.split('\n')) {
				const short = line.length > MAX_ANNOTATION_LENGTH - 2 ? line.slice(0, MAX_ANNOTATION_LENGTH - 2) + '...' : line;
				w.write(0, `\t  ${short}\n`);
			}
		} else {
			w.write(0, `${key}: ${value}\n`);
		}
	});
}

export function printTolerationsMultiline(w: DescribeWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = ''): void {
	w.write(0, `${initialIndent}${title}:\t`);
	const sorted = [...(tolerations ?? [])].sort((a, b) => compareStrings(a.key ?? '', b.key ?? ''));
	if (sorted.length === 0) {
		w.write(0, '<none>\n');
		return;
	}
	sorted.forEach((toleration, i) => {
		if (i !== 0) w.write(0, `${initialIndent}\t`);
		let text = toleration.key ?? '';
		if (toleration.value) text += `=${toleration.value}`;
		if (toleration.effect) text += `:${toleration.effect}`;
		if (toleration.operator === 'Exists' && !toleration.value) text += toleration.key || toleration.effect ? ' op=Exists' : 'op=Exists';
		if (toleration.tolerationSeconds !== undefined) text += ` for ${toleration.tolerationSeconds}s`;
		w.write(0, text + '\n');
	});
}

/** `ReplicaSet/web-7d4b9c6f5d` from the controller owner reference. */
export function controlledBy(object: KubeObject): string {
	const owner = (object.metadata.ownerReferences ?? []).find(ref => ref.controller);
	return owner ? `${owner.kind}/${owner.name}` : '';
}

/** The events about one object, as describe finds them (by kind, name, namespace and uid). */
export function eventsFor(object: KubeObject, events: readonly KubeObject[] | EventIndex | undefined): Event[] | undefined {
	if (!events) return undefined;
	const index = 'byUid' in events ? events : indexEvents(events);
	const byUid = object.metadata.uid ? index.byUid.get(object.metadata.uid) : undefined;
	const byRef = index.byRef.get(refKey(object.kind, object.metadata.namespace, object.metadata.name));
	const candidates = byUid && byRef ? [...new Set([...byUid, ...byRef])].sort((a, b) => a - b) : byUid ?? byRef ?? [];
	const all = index.events;
	return candidates.map(position => all[position]).filter(event => {
		const involved = event.involvedObject;
		if (involved.uid && object.metadata.uid) return involved.uid === object.metadata.uid;
		return (
			involved.kind === object.kind &&
			involved.name === object.metadata.name &&
			(involved.namespace ?? '') === (object.metadata.namespace ?? '')
		);
	});
}

/**
 * Positions of events by the object they are about. `kubectl describe pods` in a cluster of
 * 10,000 pods and 50,000 events builds one and looks every pod up in it.
 */
export interface EventIndex {
	events: readonly Event[];
	byUid: Map<string, number[]>; // involved uid → positions in the list
	byRef: Map<string, number[]>; // involved kind, namespace, name → positions
}

export function indexEvents(list: readonly KubeObject[]): EventIndex {
	const events = list as unknown as readonly Event[];
	const index: EventIndex = {events, byUid: new Map(), byRef: new Map()};
	const add = (map: Map<string, number[]>, key: string, position: number) => {
		const positions = map.get(key);
		if (positions) positions.push(position);
		else map.set(key, [position]);
	};
	events.forEach((event, position) => {
		const involved = event.involvedObject;
		if (involved.uid) add(index.byUid, involved.uid, position);
		add(index.byRef, refKey(involved.kind, involved.namespace, involved.name), position);
	});
	return index;
}

function refKey(kind: string | undefined, namespace: string | undefined, name: string | undefined): string {
	return `${kind ?? ''}|${namespace ?? ''}|${name ?? ''}`;
}

const eventLast = (event: Event): string => event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? '';

/** `Events:  <none>` or the events table, in its own alignment section. */
export function describeEvents(w: DescribeWriter, events: readonly Event[] | undefined, now: number): void {
	if (events === undefined) return;
	if (events.length === 0) {
		w.write(0, 'Events:\t<none>\n');
		return;
	}
	w.flush();
	const sorted = [...events].sort((a, b) => SimClock.toSimMs(eventLast(a)) - SimClock.toSimMs(eventLast(b)));
	w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
	w.write(1, '----\t------\t----\t----\t-------\n');
	for (const event of sorted) {
		const first = event.eventTime ? since(event.eventTime, now) : since(event.firstTimestamp, now);
		let interval = first;
		if (event.series) interval = `${since(event.series.lastObservedTime, now)} (x${event.series.count ?? 0} over ${first})`;
		else if ((event.count ?? 0) > 1) interval = `${since(event.lastTimestamp, now)} (x${event.count} over ${first})`;
		const source = event.source?.component || event.reportingComponent || '';
		w.write(1, `${event.type ?? ''}\t${event.reason ?? ''}\t${interval}\t${source}\t${(event.message ?? '').trim()}\n`);
	}
}

function intOrString(value: number | string | undefined): string {
	return value === undefined ? '' : String(value);
}

/** describe's one-line probe summary: `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(probe: Probe): string {
	const attrs =
		`delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 1}s period=${probe.periodSeconds ?? 10}s ` +
		`#success=${probe.successThreshold ?? 1} #failure=${probe.failureThreshold ?? 3}`;
	if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
	if (probe.httpGet) {
		const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
		const port = intOrString(probe.httpGet.port);
		const host = probe.httpGet.host ?? '';
		const hostPort = port ? (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`) : host;
		return `http-get ${scheme}://${hostPort}${probe.httpGet.path ?? ''} ${attrs}`;
	}
	if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${intOrString(probe.tcpSocket.port)} ${attrs}`;
	if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
	return `unknown ${attrs}`;
}

function describeState(w: DescribeWriter, title: string, state: ContainerStatus['state']): void {
	if (state?.running) {
		w.write(2, `${title}:\tRunning\n`);
		w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
	} else if (state?.waiting) {
		w.write(2, `${title}:\tWaiting\n`);
		if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
	} else if (state?.terminated) {
		const t = state.terminated;
		w.write(2, `${title}:\tTerminated\n`);
		if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
		if (t.message) w.write(3, `Message:\t${t.message}\n`);
		w.write(3, `Exit Code:\t${t.exitCode}\n`);
		if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
		w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
		w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
	} else {
		w.write(2, `${title}:\tWaiting\n`);
	}
}

/** Resource names in describe's order: cpu, memory, then the rest alphabetically. */
function sortedResourceNames(resources: Record<string, unknown>): string[] {
	return Object.keys(resources).sort(compareStrings);
}

function describeResources(w: DescribeWriter, resources: Container['resources'], level: number): void {
	const limits = (resources?.limits ?? {}) as Record<string, string | number>;
	const requests = (resources?.requests ?? {}) as Record<string, string | number>;
	if (Object.keys(limits).length > 0) w.write(level, 'Limits:\n');
	for (const name of sortedResourceNames(limits)) w.write(level + 1, `${name}:\t${limits[name]}\n`);
	if (Object.keys(requests).length > 0) w.write(level, 'Requests:\n');
	for (const name of sortedResourceNames(requests)) w.write(level + 1, `${name}:\t${requests[name]}\n`);
}

/** The `Containers:` section of a pod or pod template; `space` is `"  "` inside a template. */
export function describeContainers(
	w: DescribeWriter,
	label: string,
	containers: readonly Container[],
	statuses: readonly ContainerStatus[] | undefined,
	space = '',
	pod?: Pod,
): void {
	w.write(0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
	for (const container of containers) {
		const status = statuses?.find(s => s.name === container.name);
		w.write(1, `${space ? ' ' : ''}${container.name}:\n`);
		if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
		w.write(2, `Image:\t${container.image ?? ''}\n`);
		if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
		// kubectl's describeContainerPorts names a named port: `80/TCP (http-web)`
		const ports = (container.ports ?? []).map(port => `${port.containerPort}/${port.protocol ?? 'TCP'}${port.name ? ` (${port.name})` : ''}`).join(', ');
		w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
		const hostPorts = (container.ports ?? []).map(port => `${port.hostPort ?? 0}/${port.protocol ?? 'TCP'}`).join(', ');
		w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
		if (container.command?.length) {
			w.write(2, 'Command:\n');
			for (const part of container.command) for (const line of part.split('\n')) w.write(3, `${line}\n`);
		}
		if (container.args?.length) {
			w.write(2, 'Args:\n');
			for (const part of container.args) for (const line of part.split('\n')) w.write(3, `${line}\n`);
		}
		if (status) {
			describeState(w, 'State', status.state);
			if (status.lastState?.terminated) describeState(w, 'Last State', status.lastState);
			w.write(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
			w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
		}
		describeResources(w, container.resources, 2);
		if (container.livenessProbe) w.write(2, `Liveness:\t${describeProbe(container.livenessProbe)}\n`);
		if (container.readinessProbe) w.write(2, `Readiness:\t${describeProbe(container.readinessProbe)}\n`);
		if (container.startupProbe) w.write(2, `Startup:\t${describeProbe(container.startupProbe)}\n`);
		if (container.envFrom?.length) {
			w.write(2, 'Environment Variables from:\n');
			for (const source of container.envFrom) {
				const from = source.configMapRef ? 'ConfigMap' : 'Secret';
				const ref = source.configMapRef ?? source.secretRef;
				const optional = ref?.optional ?? false;
				w.write(3, source.prefix ? `${ref?.name ?? ''}\t${from} with prefix '${source.prefix}'\tOptional: ${optional}\n` : `${ref?.name ?? ''}\t${from}\tOptional: ${optional}\n`);
			}
		}
		w.write(2, `Environment:${(container.env ?? []).length === 0 ? '\t<none>' : ''}\n`);
		for (const env of container.env ?? []) {
			if (!env.valueFrom) {
				(env.value ?? '').split('\n').forEach((line, i) => w.write(3, i === 0 ? `${env.name}:\t${line}\n` : `\t${line}\n`));
			} else if (env.valueFrom.fieldRef) {
				const value = pod ? podFieldValue(pod, env.valueFrom.fieldRef.fieldPath) : '';
				w.write(3, `${env.name}:\t${value} (${env.valueFrom.fieldRef.apiVersion ?? 'v1'}:${env.valueFrom.fieldRef.fieldPath})\n`);
			} else if (env.valueFrom.resourceFieldRef) {
				w.write(3, `${env.name}:\t (${env.valueFrom.resourceFieldRef.resource})\n`);
			} else if (env.valueFrom.secretKeyRef) {
				const ref = env.valueFrom.secretKeyRef;
				w.write(3, `${env.name}:\t<set to the key '${ref.key}' in secret '${ref.name ?? ''}'>\tOptional: ${ref.optional ?? false}\n`);
			} else if (env.valueFrom.configMapKeyRef) {
				const ref = env.valueFrom.configMapKeyRef;
				w.write(3, `${env.name}:\t<set to the key '${ref.key}' of config map '${ref.name ?? ''}'>\tOptional: ${ref.optional ?? false}\n`);
			}
		}
		const mounts = [...(container.volumeMounts ?? [])].sort((a, b) => compareStrings(a.mountPath, b.mountPath));
		w.write(2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
		for (const mount of mounts) {
			const flags = [mount.readOnly ? 'ro' : 'rw', ...(mount.subPath ? [`path=${JSON.stringify(mount.subPath)}`] : [])];
			w.write(3, `${mount.mountPath} from ${mount.name} (${flags.join(',')})\n`);
		}
	}
}

export function describeVolumes(w: DescribeWriter, volumes: readonly Volume[] | undefined, space = ''): void {
	if (!volumes || volumes.length === 0) {
		w.write(0, `${space}Volumes:\t<none>\n`);
		return;
	}
	w.write(0, `${space}Volumes:\n`);
	for (const volume of volumes) {
		w.write(1, `${space ? ' ' : ''}${volume.name}:\n`);
		if (volume.projected) {
			w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
			for (const source of volume.projected.sources ?? []) {
				if (source.secret) w.write(2, `SecretName:\t${source.secret.name ?? ''}\n    Optional:\t${source.secret.optional ?? false}\n`);
				else if (source.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
				else if (source.configMap) w.write(2, `ConfigMapName:\t${source.configMap.name ?? ''}\n    Optional:\t${source.configMap.optional ?? false}\n`);
				else if (source.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 3607}\n`);
			}
		} else if (volume.emptyDir) {
			w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${volume.emptyDir.medium ?? ''}\n    SizeLimit:\t${volume.emptyDir.sizeLimit ?? '<unset>'}\n`);
		} else if (volume.configMap) {
			w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${volume.configMap.name ?? ''}\n    Optional:\t${volume.configMap.optional ?? false}\n`);
		} else if (volume.secret) {
			w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${volume.secret.secretName ?? ''}\n    Optional:\t${volume.secret.optional ?? false}\n`);
		} else if (volume.hostPath) {
			w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${volume.hostPath.path}\n    HostPathType:\t${volume.hostPath.type ?? '<none>'}\n`);
		} else if (volume.persistentVolumeClaim) {
			w.write(
				2,
				`Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${volume.persistentVolumeClaim.claimName}\n    ReadOnly:\t${volume.persistentVolumeClaim.readOnly ?? false}\n`,
			);
		} else {
			w.write(1, '<unknown>\n');
		}
	}
}

/** The downward-API value of a pod field, as describe resolves `fieldRef` environment variables. */
export function podFieldValue(pod: Pod, fieldPath: string): string {
	const labelMatch = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
	if (labelMatch) return (labelMatch[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[labelMatch[2]] ?? '';
	switch (fieldPath) {
		case 'metadata.name':
			return pod.metadata?.name ?? '';
		case 'metadata.namespace':
			return pod.metadata?.namespace ?? '';
		case 'metadata.uid':
			return pod.metadata?.uid ?? '';
		case 'spec.nodeName':
			return pod.spec?.nodeName ?? '';
		case 'spec.serviceAccountName':
			return pod.spec?.serviceAccountName ?? '';
		case 'status.hostIP':
			return pod.status?.hostIP ?? '';
		case 'status.podIP':
			return pod.status?.podIP ?? '';
		case 'status.podIPs':
			return (pod.status?.podIPs ?? []).map(ip => ip.ip).join(',');
		case 'status.hostIPs':
			return (pod.status?.hostIPs ?? []).map(ip => ip.ip).join(',');
		default:
			return '';
	}
}
