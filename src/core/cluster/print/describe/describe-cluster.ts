import type {Event, Namespace, Node, Pod} from 'kubernetes-types/core/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {compareStrings} from '../format-labels.js';
import {rfc1123z, since} from '../human-duration.js';
import {describeEvents, printAnnotationsMultiline, printLabelsMultiline} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';
import {nodeRoles} from '../node-roles.js';
import {podLimits, podRequests} from '../../controllers/pod-resources.js';
import {addQuantities, formatQuantity, parseQuantity, type Quantity} from './quantity.js';

/** `kubectl describe namespace`; `quotas` and `limitRanges` are the namespace's (usually none). */
export function describeNamespace(object: KubeObject, quotas: readonly KubeObject[] = [], limitRanges: readonly KubeObject[] = []): string {
	const namespace = object as unknown as Namespace;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `Status:\t${namespace.status?.phase ?? ''}\n`);
	w.write(0, '\n');
	w.write(0, quotas.length === 0 ? 'No resource quota.\n' : `Resource Quotas\n${quotas.map(q => `  Name:\t${q.metadata.name}\n`).join('')}`);
	w.write(0, '\n');
	w.write(0, limitRanges.length === 0 ? 'No LimitRange resource.\n' : `Resource Limits\n${limitRanges.map(l => `  Name:\t${l.metadata.name}\n`).join('')}`);
	return w.toString();
}

type Resources = Record<string, string | number>;

function podRequestsAndLimits(pod: Pod): {requests: Record<string, Quantity>; limits: Record<string, Quantity>} {
	return {requests: podRequests(pod), limits: podLimits(pod)};
}

const percent = (value: Quantity | undefined, total: Quantity): number => (total.value === 0 ? 0 : Math.trunc(((value?.value ?? 0) / total.value) * 100));
const show = (value: Quantity | undefined, total: Quantity): string => `${formatQuantity(value ?? {value: 0, binary: false})} (${percent(value, total)}%)`;

/** `kubectl describe node`; `pods` are all pods (those on this node and not finished are listed), `lease` its node lease. */
export function describeNode(object: KubeObject, pods: readonly KubeObject[] | undefined, lease: KubeObject | undefined, events: Event[] | undefined, now: number): string {
	const node = object as unknown as Node;
	const status = node.status ?? {};
	const info = status.nodeInfo;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Roles:\t${nodeRoles(node)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `CreationTimestamp:\t${rfc1123z(object.metadata.creationTimestamp)}\n`);
	const taints = [...(node.spec?.taints ?? [])].sort((a, b) => compareStrings(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
	w.write(0, 'Taints:\t');
	if (taints.length === 0) w.write(0, '<none>\n');
	taints.forEach((taint, i) => w.write(0, `${i === 0 ? '' : '\t'}${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}\n`));
	w.write(0, `Unschedulable:\t${node.spec?.unschedulable ?? false}\n`);
	const leaseSpec = (lease?.spec ?? {}) as {holderIdentity?: string; acquireTime?: string; renewTime?: string};
	w.write(0, 'Lease:\n');
	w.write(1, `HolderIdentity:\t${leaseSpec.holderIdentity ?? '<unset>'}\n`);
	w.write(1, `AcquireTime:\t${leaseSpec.acquireTime ? rfc1123z(leaseSpec.acquireTime) : '<unset>'}\n`);
	w.write(1, `RenewTime:\t${leaseSpec.renewTime ? rfc1123z(leaseSpec.renewTime) : '<unset>'}\n`);
	if (status.conditions?.length) {
		w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
		w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
		for (const c of status.conditions) {
			w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
		}
	}
	w.write(0, 'Addresses:\n');
	for (const address of status.addresses ?? []) w.write(1, `${address.type}:\t${address.address}\n`);
	const capacity = (status.capacity ?? {}) as Resources;
	const allocatableRaw = (Object.keys(status.allocatable ?? {}).length > 0 ? status.allocatable : capacity) as Resources;
	for (const [title, list] of [['Capacity', capacity], ['Allocatable', (status.allocatable ?? {}) as Resources]] as const) {
		if (Object.keys(list).length === 0) continue;
		w.write(0, `${title}:\n`);
		for (const name of Object.keys(list).sort(compareStrings)) w.write(0, `  ${name}:\t${formatQuantity(parseQuantity(list[name]))}\n`);
	}
	w.write(0, 'System Info:\n');
	const infoLine = (label: string, value: string | undefined): void => w.write(0, `  ${label}:\t${value ?? ''}\n`);
	infoLine('Machine ID', info?.machineID);
	infoLine('System UUID', info?.systemUUID);
	infoLine('Boot ID', info?.bootID);
	infoLine('Kernel Version', info?.kernelVersion);
	infoLine('OS Image', info?.osImage);
	infoLine('Operating System', info?.operatingSystem);
	infoLine('Architecture', info?.architecture);
	infoLine('Container Runtime Version', info?.containerRuntimeVersion);
	infoLine('Kubelet Version', info?.kubeletVersion);
	infoLine('Kube-Proxy Version', info?.kubeProxyVersion);
	if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
	if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
	if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);

	const onNode = ((pods ?? []) as unknown as Pod[]).filter(
		pod => pod.spec?.nodeName === object.metadata.name && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed',
	);
	const cpuTotal = parseQuantity(allocatableRaw.cpu);
	const memoryTotal = parseQuantity(allocatableRaw.memory);
	w.write(0, `Non-terminated Pods:\t(${onNode.length} in total)\n`);
	w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
	w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
	const totals = {requests: {} as Record<string, Quantity>, limits: {} as Record<string, Quantity>};
	for (const pod of onNode) {
		const {requests, limits} = podRequestsAndLimits(pod);
		for (const [name, value] of Object.entries(requests)) totals.requests[name] = addQuantities(totals.requests[name] ?? {value: 0, binary: false}, value);
		for (const [name, value] of Object.entries(limits)) totals.limits[name] = addQuantities(totals.limits[name] ?? {value: 0, binary: false}, value);
		w.write(
			1,
			`${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${show(requests.cpu, cpuTotal)}\t${show(limits.cpu, cpuTotal)}\t` +
				`${show(requests.memory, memoryTotal)}\t${show(limits.memory, memoryTotal)}\t${since(pod.metadata?.creationTimestamp, now)}\n`,
		);
	}
	w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
	w.write(1, 'Resource\tRequests\tLimits\n');
	w.write(1, '--------\t--------\t------\n');
	const storageTotal = parseQuantity(allocatableRaw['ephemeral-storage']);
	w.write(1, `cpu\t${show(totals.requests.cpu, cpuTotal)}\t${show(totals.limits.cpu, cpuTotal)}\n`);
	w.write(1, `memory\t${show(totals.requests.memory, memoryTotal)}\t${show(totals.limits.memory, memoryTotal)}\n`);
	w.write(1, `ephemeral-storage\t${show(totals.requests['ephemeral-storage'], storageTotal)}\t${show(totals.limits['ephemeral-storage'], storageTotal)}\n`);
	for (const name of Object.keys(allocatableRaw).filter(key => key.startsWith('hugepages-')).sort(compareStrings)) {
		const total = parseQuantity(allocatableRaw[name]);
		w.write(1, `${name}\t${show(totals.requests[name], total)}\t${show(totals.limits[name], total)}\n`);
	}
	describeEvents(w, events, now);
	return w.toString();
}

const ACRONYMS: ReadonlySet<string> = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);

/** kubectl's smartLabelFor: `apiVersion` → `API Version`, `creationTimestamp` → `Creation Timestamp`. */
function smartLabel(field: string): string {
	if (/[^\p{L}-]/u.test(field)) return field;
	const parts = field.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^A-Za-z]+/g) ?? [field];
	return parts.map(part => (ACRONYMS.has(part.toUpperCase()) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1))).join(' ');
}

const SKIPPED_PREFIXES = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

function printUnstructured(w: DescribeWriter, level: number, record: Record<string, unknown>, path: string): void {
	for (const key of Object.keys(record).sort(compareStrings)) {
		const child = record[key];
		const childPath = `${path}.${key}`;
		if (SKIPPED_PREFIXES.some(prefix => childPath.startsWith(prefix))) continue;
		const label = smartLabel(key);
		if (Array.isArray(child)) {
			w.write(level, `${label}:\n`);
			for (const item of child) {
				if (item && typeof item === 'object' && !Array.isArray(item)) printUnstructured(w, level + 1, item as Record<string, unknown>, childPath);
				else w.write(level + 1, `${goText(item)}\n`);
			}
		} else if (child && typeof child === 'object') {
			w.write(level, `${label}:\n`);
			printUnstructured(w, level + 1, child as Record<string, unknown>, childPath);
		} else {
			w.write(level, `${label}:\t${goText(child)}\n`);
		}
	}
}

const goText = (value: unknown): string => (value === null || value === undefined ? '<nil>' : String(value));

/** kubectl's generic describer for kinds without a dedicated one (ConfigMap-like objects print their fields). */
export function describeGeneric(object: KubeObject, events: Event[] | undefined, now: number): string {
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	printUnstructured(w, 0, object as Record<string, unknown>, '');
	describeEvents(w, events, now);
	return w.toString();
}
