import type {Event, Pod, PodTemplateSpec} from 'kubernetes-types/core/v1.js';
import type {DaemonSet, Deployment, ReplicaSet, StatefulSet} from 'kubernetes-types/apps/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {formatLabels, formatLabelSelector} from '../format-labels.js';
import {rfc1123z} from '../human-duration.js';
import {
	controlledBy,
	describeContainers,
	describeEvents,
	describeVolumes,
	printAnnotationsMultiline,
	printLabelsMultiline,
	printTolerationsMultiline,
} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';

/** describe's `Pod Template:` block shared by Deployments, ReplicaSets and StatefulSets. */
function describePodTemplate(w: DescribeWriter, template: PodTemplateSpec | undefined): void {
	w.write(0, 'Pod Template:\n');
	if (!template) {
		w.write(1, '<unset>');
		return;
	}
	printLabelsMultiline(w, '  Labels', template.metadata?.labels);
	if (Object.keys(template.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', template.metadata?.annotations);
	if (template.spec?.serviceAccountName) w.write(1, `Service Account:\t${template.spec.serviceAccountName}\n`);
	if (template.spec?.initContainers?.length) describeContainers(w, 'Init Containers', template.spec.initContainers, undefined, '  ');
	describeContainers(w, 'Containers', template.spec?.containers ?? [], undefined, '  ');
	describeVolumes(w, template.spec?.volumes, '  ');
	if (template.spec?.priorityClassName) w.write(1, `Priority Class Name:\t${template.spec.priorityClassName}\n`);
	printLabelsMultiline(w, '  Node-Selectors', template.spec?.nodeSelector);
	printTolerationsMultiline(w, '  Tolerations', template.spec?.tolerations);
}

/** `kubectl rollout history --revision=N`: the revision's pod template, tabs unaligned as kubectl prints it. */
export function podTemplateText(template: PodTemplateSpec | undefined): string {
	const w = new DescribeWriter();
	describePodTemplate(w, template);
	return w.raw();
}

/** Pods a controller owns, counted by phase as `N Running / N Waiting / N Succeeded / N Failed`. */
function podsStatus(owner: KubeObject, pods: readonly KubeObject[] | undefined): string {
	const owned = ((pods ?? []) as unknown as Pod[]).filter(pod =>
		(pod.metadata?.ownerReferences ?? []).some(ref => ref.controller && (ref.uid && owner.metadata.uid ? ref.uid === owner.metadata.uid : ref.name === owner.metadata.name && ref.kind === owner.kind)),
	);
	const count = (phase: string): number => owned.filter(pod => pod.status?.phase === phase).length;
	return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}

function describeConditions(w: DescribeWriter, conditions: readonly {type: string; status: string; reason?: string}[] | undefined): void {
	if (!conditions?.length) return;
	w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
	w.write(1, '----\t------\t------\n');
	for (const condition of conditions) w.write(1, `${condition.type} \t${condition.status}\t${condition.reason ?? ''}\n`);
}

const withoutHash = (template: PodTemplateSpec | undefined): string => {
	const labels = {...(template?.metadata?.labels ?? {})};
	delete labels['pod-template-hash'];
	return JSON.stringify({...template, metadata: {...template?.metadata, labels}}, Object.keys(flatten(template)).sort());
};

function flatten(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
	if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			keys[key] = true;
			flatten(child, keys);
		}
	}
	return keys;
}

const replicaSetsText = (sets: readonly ReplicaSet[]): string =>
	sets.map(rs => `${rs.metadata?.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';

/** `kubectl describe deployment`; `replicaSets` are the namespace's ReplicaSets. */
export function describeDeployment(object: KubeObject, replicaSets: readonly KubeObject[] | undefined, events: Event[] | undefined, now: number): string {
	const deployment = object as unknown as Deployment;
	const spec = deployment.spec;
	const status = deployment.status ?? {};
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	w.write(0, `CreationTimestamp:\t${rfc1123z(object.metadata.creationTimestamp)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `Selector:\t${formatLabelSelector(spec?.selector)}\n`);
	w.write(
		0,
		`Replicas:\t${spec?.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ` +
			`${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
	);
	const strategy = spec?.strategy?.type ?? 'RollingUpdate';
	w.write(0, `StrategyType:\t${strategy}\n`);
	w.write(0, `MinReadySeconds:\t${spec?.minReadySeconds ?? 0}\n`);
	if (strategy === 'RollingUpdate') {
		const rolling = spec?.strategy?.rollingUpdate;
		w.write(0, `RollingUpdateStrategy:\t${rolling?.maxUnavailable ?? '25%'} max unavailable, ${rolling?.maxSurge ?? '25%'} max surge\n`);
	}
	describePodTemplate(w, spec?.template);
	describeConditions(w, status.conditions);
	const owned = ((replicaSets ?? []) as unknown as ReplicaSet[]).filter(rs =>
		(rs.metadata?.ownerReferences ?? []).some(ref => ref.controller && (ref.uid && object.metadata.uid ? ref.uid === object.metadata.uid : ref.name === object.metadata.name)),
	);
	if (replicaSets !== undefined) {
		const target = withoutHash(spec?.template);
		const revision = (rs: ReplicaSet): number => Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
		const newest =
			owned.find(rs => withoutHash(rs.spec?.template) === target) ??
			[...owned].sort((a, b) => revision(b) - revision(a) || (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''))[0];
		w.write(0, `OldReplicaSets:\t${replicaSetsText(owned.filter(rs => rs !== newest))}\n`);
		w.write(0, `NewReplicaSet:\t${replicaSetsText(newest ? [newest] : [])}\n`);
	}
	describeEvents(w, events, now);
	return w.toString();
}

/** `kubectl describe replicaset`; `pods` are the namespace's pods. */
export function describeReplicaSet(object: KubeObject, pods: readonly KubeObject[] | undefined, events: Event[] | undefined, now: number): string {
	const rs = object as unknown as ReplicaSet;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	const owner = controlledBy(object);
	if (owner) w.write(0, `Controlled By:\t${owner}\n`);
	w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
	w.write(0, `Pods Status:\t${podsStatus(object, pods)}\n`);
	describePodTemplate(w, rs.spec?.template);
	describeConditions(w, rs.status?.conditions);
	describeEvents(w, events, now);
	return w.toString();
}

/** `kubectl describe statefulset`. */
export function describeStatefulSet(object: KubeObject, pods: readonly KubeObject[] | undefined, events: Event[] | undefined, now: number): string {
	const sts = object as unknown as StatefulSet;
	const spec = sts.spec;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	w.write(0, `CreationTimestamp:\t${rfc1123z(object.metadata.creationTimestamp)}\n`);
	w.write(0, `Selector:\t${formatLabelSelector(spec?.selector)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `Replicas:\t${spec?.replicas ?? 1} desired | ${sts.status?.replicas ?? 0} total\n`);
	w.write(0, `Update Strategy:\t${spec?.updateStrategy?.type ?? 'RollingUpdate'}\n`);
	if (spec?.updateStrategy?.rollingUpdate?.partition !== undefined) w.write(1, `Partition:\t${spec.updateStrategy.rollingUpdate.partition}\n`);
	w.write(0, `Pods Status:\t${podsStatus(object, pods)}\n`);
	describePodTemplate(w, spec?.template);
	const claims = spec?.volumeClaimTemplates ?? [];
	if (claims.length === 0) w.write(0, 'Volume Claims:\t<none>\n');
	else {
		w.write(0, 'Volume Claims:\n');
		for (const claim of claims) {
			w.write(1, `Name:\t${claim.metadata?.name ?? ''}\n`);
			w.write(1, `StorageClass:\t${claim.spec?.storageClassName ?? ''}\n`);
			printLabelsMultiline(w, 'Labels', claim.metadata?.labels, '  ');
			printLabelsMultiline(w, 'Annotations', claim.metadata?.annotations, '  ');
			w.write(1, `Capacity:\t${claim.spec?.resources?.requests?.storage ?? '<default>'}\n`);
			w.write(1, `Access Modes:\t[${(claim.spec?.accessModes ?? []).join(' ')}]\n`);
		}
	}
	describeEvents(w, events, now);
	return w.toString();
}

/** `kubectl describe daemonset`. */
export function describeDaemonSet(object: KubeObject, pods: readonly KubeObject[] | undefined, events: Event[] | undefined, now: number): string {
	const daemonSet = object as unknown as DaemonSet;
	const status = daemonSet.status;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	w.write(0, `Selector:\t${formatLabelSelector(daemonSet.spec?.selector)}\n`);
	w.write(0, `Node-Selector:\t${formatLabels(daemonSet.spec?.template?.spec?.nodeSelector)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `Desired Number of Nodes Scheduled: ${status?.desiredNumberScheduled ?? 0}\n`);
	w.write(0, `Current Number of Nodes Scheduled: ${status?.currentNumberScheduled ?? 0}\n`);
	w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${status?.updatedNumberScheduled ?? 0}\n`);
	w.write(0, `Number of Nodes Scheduled with Available Pods: ${status?.numberAvailable ?? 0}\n`);
	w.write(0, `Number of Nodes Misscheduled: ${status?.numberMisscheduled ?? 0}\n`);
	w.write(0, `Pods Status:\t${podsStatus(object, pods)}\n`);
	describePodTemplate(w, daemonSet.spec?.template);
	describeEvents(w, events, now);
	return w.toString();
}
