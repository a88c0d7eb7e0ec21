/**
 * What `kubectl rollout status` says about a workload at one moment: kubectl's status viewers
 * (polymorphichelpers/rollout_status.go) for Deployments, StatefulSets and DaemonSets, word for
 * word, and whether the rollout is done.
 */
import type {DaemonSet, Deployment, StatefulSet} from 'kubernetes-types/apps/v1.js';
import type {KubeObject} from '../kube-object.js';

export type RolloutStatus = {message: string; done: boolean} | {error: string};

export function rolloutStatus(object: Readonly<KubeObject>): RolloutStatus {
	if (object.kind === 'Deployment') return deploymentStatus(object as Readonly<Deployment & KubeObject>);
	if (object.kind === 'StatefulSet') return statefulSetStatus(object as Readonly<StatefulSet & KubeObject>);
	return daemonSetStatus(object as Readonly<DaemonSet & KubeObject>);
}

function deploymentStatus(deployment: Readonly<Deployment & KubeObject>): RolloutStatus {
	const name = deployment.metadata.name;
	const status = deployment.status ?? {};
	if ((deployment.metadata.generation ?? 1) > (status.observedGeneration ?? 0)) return {message: 'Waiting for deployment spec update to be observed...\n', done: false};
	if (status.conditions?.some(c => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) return {error: `deployment "${name}" exceeded its progress deadline`};
	const desired = deployment.spec?.replicas ?? 1;
	const updated = status.updatedReplicas ?? 0;
	const replicas = status.replicas ?? 0;
	const available = status.availableReplicas ?? 0;
	const waiting = (what: string) => ({message: `Waiting for deployment "${name}" rollout to finish: ${what}...\n`, done: false});
	if (updated < desired) return waiting(`${updated} out of ${desired} new replicas have been updated`);
	if (replicas > updated) return waiting(`${replicas - updated} old replicas are pending termination`);
	if (available < updated) return waiting(`${available} of ${updated} updated replicas are available`);
	return {message: `deployment "${name}" successfully rolled out\n`, done: true};
}

function statefulSetStatus(sts: Readonly<StatefulSet & KubeObject>): RolloutStatus {
	const strategy = sts.spec?.updateStrategy;
	if (strategy?.type && strategy.type !== 'RollingUpdate') return {error: 'rollout status is only available for RollingUpdate strategy type'};
	const status = sts.status ?? {replicas: 0};
	if (!status.observedGeneration || (sts.metadata.generation ?? 1) > status.observedGeneration) return {message: 'Waiting for statefulset spec update to be observed...\n', done: false};
	const desired = sts.spec?.replicas ?? 1;
	const ready = status.readyReplicas ?? 0;
	if (ready < desired) return {message: `Waiting for ${desired - ready} pods to be ready...\n`, done: false};
	const updated = status.updatedReplicas ?? 0;
	if (strategy?.rollingUpdate) {
		const partition = strategy.rollingUpdate.partition ?? 0;
		if (strategy.rollingUpdate.partition !== undefined && updated < desired - partition) {
			return {message: `Waiting for partitioned roll out to finish: ${updated} out of ${desired - partition} new pods have been updated...\n`, done: false};
		}
		return {message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true};
	}
	if (status.updateRevision !== status.currentRevision) {
		return {message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${status.updateRevision}...\n`, done: false};
	}
	return {message: `statefulset rolling update complete ${status.currentReplicas ?? 0} pods at revision ${status.currentRevision}...\n`, done: true};
}

function daemonSetStatus(ds: Readonly<DaemonSet & KubeObject>): RolloutStatus {
	const name = ds.metadata.name;
	if (ds.spec?.updateStrategy?.type && ds.spec.updateStrategy.type !== 'RollingUpdate') return {error: 'rollout status is only available for RollingUpdate strategy type'};
	const status = ds.status ?? {currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0};
	if ((ds.metadata.generation ?? 1) > (status.observedGeneration ?? 0)) return {message: 'Waiting for daemon set spec update to be observed...\n', done: false};
	const desired = status.desiredNumberScheduled ?? 0;
	const updated = status.updatedNumberScheduled ?? 0;
	if (updated < desired) return {message: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`, done: false};
	const available = status.numberAvailable ?? 0;
	if (available < desired) return {message: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...\n`, done: false};
	return {message: `daemon set "${name}" successfully rolled out\n`, done: true};
}
