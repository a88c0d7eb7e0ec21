/** Which targets of an app a fault can break, by what their Service and workload are. */
import type {AppModel, ServiceModel, WorkloadModel} from '../drill-app.js';
import type {DrillTarget} from '../drill-fault.js';

export interface ResolvedTarget {
	target: DrillTarget;
	service: ServiceModel;
	workload?: WorkloadModel;
}

export function resolveTargets(app: AppModel): ResolvedTarget[] {
	return app.targets.map(target => ({
		target,
		service: app.services.find(service => service.name === target.service) as ServiceModel,
		workload: target.workload ? app.workloads.find(workload => workload.name === target.workload) : undefined,
	}));
}

export function targetsWhere(app: AppModel, fits: (resolved: ResolvedTarget) => boolean): DrillTarget[] {
	return resolveTargets(app).filter(fits).map(resolved => resolved.target);
}

export function resolve(app: AppModel, target: DrillTarget): ResolvedTarget {
	const found = resolveTargets(app).find(resolved => resolved.target.service === target.service);
	if (!found) throw new Error(`drill ${app.template} has no target ${target.service}`);
	return found;
}

/** A Service that forwards a port to pods (not ExternalName, not headless). */
export const forwardsPorts = (service: ServiceModel): boolean => service.type !== 'ExternalName' && !service.headless && service.ports.length > 0;

/** A workload with a controller (Deployment or StatefulSet), so its pod template can change. */
export const controlled = (workload: WorkloadModel | undefined): workload is WorkloadModel => workload !== undefined && workload.kind !== 'Pod';
