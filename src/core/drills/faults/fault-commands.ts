/** The kubectl commands repairs print, written once: patches of workloads, Services and Ingresses. */
import type {WorkloadModel} from '../drill-app.js';
import {quoted} from '../drill-fault.js';

const RESOURCE: Readonly<Record<WorkloadModel['kind'], string>> = {Deployment: 'deployment', StatefulSet: 'statefulset', Pod: 'pod'};

export const resourceOf = (workload: WorkloadModel): string => `${RESOURCE[workload.kind]} ${workload.name}`;

/** A strategic merge patch of the pod template (the pod itself for a bare Pod). */
export function patchPodSpec(workload: WorkloadModel, podSpec: Record<string, unknown>, metadata?: Record<string, unknown>): string {
	const template = {...(metadata ? {metadata} : {}), spec: podSpec};
	const body = workload.kind === 'Pod' ? template : {spec: {template}};
	const restart = workload.kind === 'StatefulSet' ? restartStatefulSet(workload) : '';
	return `kubectl patch ${resourceOf(workload)} -n ${workload.namespace} -p ${quoted(body)}\n${restart}`;
}

/**
 * A StatefulSet does not replace a pod that never became ready with the new template (upstream's
 * "forced rollback"), so the repair deletes its pods and the controller recreates them.
 */
function restartStatefulSet(workload: WorkloadModel): string {
	return `kubectl delete pod -n ${workload.namespace} -l ${Object.entries(workload.selector).map(([key, value]) => `${key}=${value}`).join(',')}\n`;
}

export function patchContainer(workload: WorkloadModel, fields: Record<string, unknown>): string {
	return patchPodSpec(workload, {containers: [{name: workload.container.name, ...fields}]});
}

export function mergePatch(resource: string, namespace: string, body: unknown): string {
	return `kubectl patch ${resource} -n ${namespace} -p ${quoted(body)}\n`;
}

export function jsonPatch(resource: string, namespace: string, operations: unknown[]): string {
	return `kubectl patch ${resource} -n ${namespace} --type=json -p ${quoted(operations)}\n`;
}
