/**
 * The columns `kubectl get` prints per kind (kubernetes pkg/printers/internalversion/printers.go
 * as of v1.34). Each printer turns one object into cells; `print-table.ts` adds NAMESPACE,
 * label columns and the tab-writer.
 */
import type {Container, Endpoints, Event, Node, Pod, PodTemplateSpec, Service} from 'kubernetes-types/core/v1.js';
import type {EndpointSlice} from 'kubernetes-types/discovery/v1.js';
import type {Ingress, IngressClass} from 'kubernetes-types/networking/v1.js';
import type {LabelSelector} from 'kubernetes-types/meta/v1.js';
import type {KubeObject} from '../kube-object.js';
import {since, humanDuration} from './human-duration.js';
import {compareStrings, formatLabels, formatLabelSelector} from './format-labels.js';
import {nodeRoles} from './node-roles.js';
import {summarizePod} from './pod-status.js';
import {MORE_TABLE_PRINTERS} from './table-printers-more.js';
import type {RowContext, TablePrinter} from './table-printer.js';

export type {RowContext, TablePrinter} from './table-printer.js';

const LOAD_BALANCER_WIDTH = 16;

const age = (object: KubeObject, context: RowContext): string => since(object.metadata.creationTimestamp, context.now);
const num = (value: number | undefined | null): string => String(value ?? 0);

/** `1.2.3.4,lb.example.com`: IPs or hostnames, sorted and de-duplicated; cut to 13 chars + `...` unless wide. */
export function loadBalancerStatus(ingress: readonly {ip?: string; hostname?: string}[] | undefined, wide: boolean): string {
	const values = new Set<string>();
	for (const entry of ingress ?? []) {
		if (entry.ip) values.add(entry.ip);
		else if (entry.hostname) values.add(entry.hostname);
	}
	const joined = [...values].sort(compareStrings).join(',');
	return !wide && joined.length > LOAD_BALANCER_WIDTH ? joined.slice(0, LOAD_BALANCER_WIDTH - 3) + '...' : joined;
}

function serviceExternalIP(service: Service, wide: boolean): string {
	const spec = service.spec ?? {};
	const externalIPs = spec.externalIPs ?? [];
	switch (spec.type ?? 'ClusterIP') {
		case 'ClusterIP':
		case 'NodePort':
			return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
		case 'LoadBalancer': {
			const lb = loadBalancerStatus(service.status?.loadBalancer?.ingress, wide);
			if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
			return lb || '<pending>';
		}
		case 'ExternalName':
			return spec.externalName ?? '';
		default:
			return '<unknown>';
	}
}

/** `80:30080/TCP,443/TCP`. */
export function servicePorts(service: Service): string {
	return (service.spec?.ports ?? [])
		.map(port => `${port.port}${port.nodePort ? `:${port.nodePort}` : ''}/${port.protocol ?? 'TCP'}`)
		.join(',');
}

const templateColumns = (template: PodTemplateSpec | undefined): string[] => {
	const containers: Container[] = template?.spec?.containers ?? [];
	return [containers.map(c => c.name).join(','), containers.map(c => c.image ?? '').join(',')];
};

/** Workload selectors in table cells: an empty selector prints as an empty cell. */
const selectorCell = (selector: LabelSelector | undefined): string => {
	const text = formatLabelSelector(selector);
	return text === '<none>' ? '' : text;
};

/** `a,b,c + 2 more...`, `<unset>` when empty (EndpointSlice columns). */
function listWithMore(list: string[], more: boolean, count: number, max: number): string {
	const joined = list.join(',');
	if (more) return `${joined} + ${count - max} more...`;
	return joined || '<unset>';
}

function joinHostPort(host: string, port: number | string): string {
	return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The ENDPOINTS cell of `kubectl get endpoints`: ready addresses only, at most 3. */
export function formatEndpoints(endpoints: Endpoints): string {
	const subsets = endpoints.subsets ?? [];
	if (subsets.length === 0) return '<none>';
	const max = 3;
	const list: string[] = [];
	let more = false;
	let count = 0;
	for (const subset of subsets) {
		const addresses = subset.addresses ?? [];
		if (!subset.ports || subset.ports.length === 0) {
			count += addresses.length;
			for (const address of addresses) {
				if (list.length === max) {
					more = true;
					break;
				}
				list.push(address.ip);
			}
			continue;
		}
		for (const port of subset.ports) {
			count += addresses.length;
			for (const address of addresses) {
				if (list.length === max) {
					more = true;
					break;
				}
				list.push(joinHostPort(address.ip, port.port));
			}
		}
	}
	const joined = list.join(',');
	return more ? `${joined} + ${count - max} more...` : joined;
}

function nodeStatus(node: Node): string {
	const status: string[] = [];
	const ready = (node.status?.conditions ?? []).find(c => c.type === 'Ready');
	if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
	if (status.length === 0) status.push('Unknown');
	if (node.spec?.unschedulable) status.push('SchedulingDisabled');
	return status.join(',');
}

const nodeAddress = (node: Node, type: string): string =>
	(node.status?.addresses ?? []).find(address => address.type === type)?.address ?? '<none>';

const orUnknown = (value: string | undefined): string => value || '<unknown>';

interface Replicated {
	spec?: {replicas?: number; selector?: LabelSelector; template?: PodTemplateSpec};
	status?: Record<string, number | undefined>;
}

const replicated = (object: KubeObject): Replicated => object as unknown as Replicated;

export const TABLE_PRINTERS: Readonly<Record<string, TablePrinter>> = {
	Pod: {
		headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
		wideHeaders: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
		row(object, context) {
			const pod = object as unknown as Pod;
			const summary = summarizePod(pod);
			const restarts =
				summary.restarts !== 0 && summary.lastRestartMs !== undefined
					? `${summary.restarts} (${humanDuration(context.now - summary.lastRestartMs)} ago)`
					: String(summary.restarts);
			const cells = [object.metadata.name, `${summary.ready}/${summary.total}`, summary.status, restarts, age(object, context)];
			if (context.wide) {
				const gates = pod.spec?.readinessGates ?? [];
				const trueGates = gates.filter(gate =>
					(pod.status?.conditions ?? []).some(c => c.type === gate.conditionType && c.status === 'True'),
				).length;
				cells.push(
					pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>',
					pod.spec?.nodeName || '<none>',
					pod.status?.nominatedNodeName || '<none>',
					gates.length > 0 ? `${trueGates}/${gates.length}` : '<none>',
				);
			}
			return cells;
		},
	},
	Service: {
		headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
		wideHeaders: ['SELECTOR'],
		row(object, context) {
			const service = object as unknown as Service;
			const cells = [
				object.metadata.name,
				service.spec?.type ?? 'ClusterIP',
				service.spec?.clusterIPs?.[0] ?? (service.spec?.clusterIP || '<none>'),
				serviceExternalIP(service, context.wide),
				servicePorts(service) || '<none>',
				age(object, context),
			];
			if (context.wide) cells.push(formatLabels(service.spec?.selector));
			return cells;
		},
	},
	Deployment: {
		headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
		wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
		row(object, context) {
			const {spec, status} = replicated(object);
			const cells = [
				object.metadata.name,
				`${num(status?.readyReplicas)}/${num(spec?.replicas)}`,
				num(status?.updatedReplicas),
				num(status?.availableReplicas),
				age(object, context),
			];
			if (context.wide) cells.push(...templateColumns(spec?.template), selectorCell(spec?.selector));
			return cells;
		},
	},
	ReplicaSet: {
		headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
		wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
		row(object, context) {
			const {spec, status} = replicated(object);
			const cells = [object.metadata.name, num(spec?.replicas), num(status?.replicas), num(status?.readyReplicas), age(object, context)];
			if (context.wide) cells.push(...templateColumns(spec?.template), selectorCell(spec?.selector));
			return cells;
		},
	},
	StatefulSet: {
		headers: ['NAME', 'READY', 'AGE'],
		wideHeaders: ['CONTAINERS', 'IMAGES'],
		row(object, context) {
			const {spec, status} = replicated(object);
			const cells = [object.metadata.name, `${num(status?.readyReplicas)}/${num(spec?.replicas)}`, age(object, context)];
			if (context.wide) cells.push(...templateColumns(spec?.template));
			return cells;
		},
	},
	DaemonSet: {
		headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
		wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
		row(object, context) {
			const {spec, status} = replicated(object);
			const cells = [
				object.metadata.name,
				num(status?.desiredNumberScheduled),
				num(status?.currentNumberScheduled),
				num(status?.numberReady),
				num(status?.updatedNumberScheduled),
				num(status?.numberAvailable),
				formatLabels(spec?.template?.spec?.nodeSelector),
				age(object, context),
			];
			if (context.wide) cells.push(...templateColumns(spec?.template), selectorCell(spec?.selector));
			return cells;
		},
	},
	Job: {
		headers: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
		wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
		row(object, context) {
			const job = object as unknown as {
				spec?: {completions?: number; parallelism?: number; suspend?: boolean; selector?: LabelSelector; template?: PodTemplateSpec};
				status?: {succeeded?: number; startTime?: string; completionTime?: string; conditions?: {type: string; status: string}[]};
			};
			const conditions = job.status?.conditions ?? [];
			const has = (type: string): boolean => conditions.some(c => c.type === type && c.status === 'True');
			const status = has('Complete')
				? 'Complete'
				: has('Failed')
					? 'Failed'
					: has('FailureTarget')
						? 'FailureTarget'
						: has('SuccessCriteriaMet')
							? 'SuccessCriteriaMet'
							: has('Suspended')
								? 'Suspended'
								: 'Running';
			const completions =
				job.spec?.completions !== undefined
					? `${num(job.status?.succeeded)}/${job.spec.completions}`
					: `${num(job.status?.succeeded)}/1 of ${job.spec?.parallelism ?? 1}`;
			let duration = '';
			if (job.status?.startTime) {
				const start = Date.parse(job.status.startTime);
				const end = job.status.completionTime ? Date.parse(job.status.completionTime) : undefined;
				duration = end !== undefined ? humanDuration(end - start) : since(job.status.startTime, context.now);
			}
			const cells = [object.metadata.name, status, completions, duration, age(object, context)];
			if (context.wide) cells.push(...templateColumns(job.spec?.template), selectorCell(job.spec?.selector));
			return cells;
		},
	},
	CronJob: {
		headers: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
		wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
		row(object, context) {
			const cron = object as unknown as {
				spec?: {
					schedule?: string;
					timeZone?: string;
					suspend?: boolean;
					jobTemplate?: {spec?: {selector?: LabelSelector; template?: PodTemplateSpec}};
				};
				status?: {active?: unknown[]; lastScheduleTime?: string};
			};
			const cells = [
				object.metadata.name,
				cron.spec?.schedule ?? '',
				cron.spec?.timeZone || '<none>',
				cron.spec?.suspend ? 'True' : 'False',
				String(cron.status?.active?.length ?? 0),
				cron.status?.lastScheduleTime ? since(cron.status.lastScheduleTime, context.now) : '<none>',
				age(object, context),
			];
			if (context.wide) {
				cells.push(...templateColumns(cron.spec?.jobTemplate?.spec?.template), selectorCell(cron.spec?.jobTemplate?.spec?.selector));
			}
			return cells;
		},
	},
	Endpoints: {
		headers: ['NAME', 'ENDPOINTS', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [object.metadata.name, formatEndpoints(object as unknown as Endpoints), age(object, context)],
	},
	EndpointSlice: {
		headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
		wideHeaders: [],
		row(object, context) {
			const slice = object as unknown as EndpointSlice;
			const max = 3;
			const ports: string[] = [];
			let portsMore = false;
			for (const port of slice.ports ?? []) {
				if (ports.length < max) ports.push(port.port !== undefined ? String(port.port) : port.name || '*');
				else portsMore = true;
			}
			const addresses: string[] = [];
			let addressesMore = false;
			let addressCount = 0;
			for (const endpoint of slice.endpoints ?? []) {
				for (const address of endpoint.addresses ?? []) {
					if (addresses.length < max) addresses.push(address);
					else addressesMore = true;
					addressCount++;
				}
			}
			return [
				object.metadata.name,
				slice.addressType ?? '',
				listWithMore(ports, portsMore, (slice.ports ?? []).length, max),
				listWithMore(addresses, addressesMore, addressCount, max),
				age(object, context),
			];
		},
	},
	Node: {
		headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
		wideHeaders: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
		row(object, context) {
			const node = object as unknown as Node;
			const info = node.status?.nodeInfo;
			const cells = [object.metadata.name, nodeStatus(node), nodeRoles(node), age(object, context), info?.kubeletVersion ?? ''];
			if (context.wide) {
				cells.push(
					nodeAddress(node, 'InternalIP'),
					nodeAddress(node, 'ExternalIP'),
					orUnknown(info?.osImage),
					orUnknown(info?.kernelVersion),
					orUnknown(info?.containerRuntimeVersion),
				);
			}
			return cells;
		},
	},
	Namespace: {
		headers: ['NAME', 'STATUS', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [object.metadata.name, String((object.status as {phase?: string} | undefined)?.phase ?? ''), age(object, context)],
	},
	Ingress: {
		headers: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
		wideHeaders: [],
		row(object, context) {
			const ingress = object as unknown as Ingress;
			const rules = ingress.spec?.rules ?? [];
			const max = 3;
			const hosts: string[] = [];
			let more = false;
			for (const rule of rules) {
				if (hosts.length === max) more = true;
				if (!more && rule.host) hosts.push(rule.host);
			}
			const hostCell = hosts.length === 0 ? '*' : more ? `${hosts.join(',')} + ${rules.length - max} more...` : hosts.join(',');
			return [
				object.metadata.name,
				ingress.spec?.ingressClassName ?? '<none>',
				hostCell,
				loadBalancerStatus(ingress.status?.loadBalancer?.ingress, context.wide),
				(ingress.spec?.tls ?? []).length > 0 ? '80, 443' : '80',
				age(object, context),
			];
		},
	},
	IngressClass: {
		headers: ['NAME', 'CONTROLLER', 'PARAMETERS', 'AGE'],
		wideHeaders: [],
		row(object, context) {
			const spec = (object as unknown as IngressClass).spec;
			let parameters = '<none>';
			if (spec?.parameters) {
				parameters = spec.parameters.kind + (spec.parameters.apiGroup ? `.${spec.parameters.apiGroup}` : '') + `/${spec.parameters.name}`;
			}
			return [object.metadata.name, spec?.controller ?? '', parameters, age(object, context)];
		},
	},
	Event: {
		headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
		wideHeaders: [],
		row(object, context) {
			const event = object as unknown as Event;
			const first = event.firstTimestamp ? since(event.firstTimestamp, context.now) : since(event.eventTime, context.now);
			const last = event.series?.lastObservedTime
				? since(event.series.lastObservedTime, context.now)
				: event.lastTimestamp
					? since(event.lastTimestamp, context.now)
					: first;
			const involved = event.involvedObject;
			const target = involved.name ? `${(involved.kind ?? '').toLowerCase()}/${involved.name}` : (involved.kind ?? '').toLowerCase();
			return [last, event.type ?? '', event.reason ?? '', target, (event.message ?? '').trim()];
		},
	},
	ConfigMap: {
		headers: ['NAME', 'DATA', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [
			object.metadata.name,
			String(Object.keys((object.data as object | undefined) ?? {}).length + Object.keys((object.binaryData as object | undefined) ?? {}).length),
			age(object, context),
		],
	},
	Secret: {
		headers: ['NAME', 'TYPE', 'DATA', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [
			object.metadata.name,
			String(object.type ?? 'Opaque'),
			String(Object.keys({...((object.data as object | undefined) ?? {}), ...((object.stringData as object | undefined) ?? {})}).length),
			age(object, context),
		],
	},
	ServiceAccount: {
		headers: ['NAME', 'SECRETS', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [object.metadata.name, String(((object.secrets as unknown[] | undefined) ?? []).length), age(object, context)],
	},
};

/** What `kubectl get` shows for a stored kind without a dedicated printer. */
export const GENERIC_PRINTER: TablePrinter = {
	headers: ['NAME', 'AGE'],
	wideHeaders: [],
	row: (object, context) => [object.metadata.name, age(object, context)],
};

export function printerFor(kind: string): TablePrinter {
	return TABLE_PRINTERS[kind] ?? MORE_TABLE_PRINTERS[kind] ?? GENERIC_PRINTER;
}
