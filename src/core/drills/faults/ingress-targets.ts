/** The Ingress path that routes to a target's Service. */
import type {AppModel, IngressModel, IngressPathModel} from '../drill-app.js';
import type {DrillTarget} from '../drill-fault.js';

export interface IngressRoute {
	ingress: IngressModel;
	path: IngressPathModel;
	index: number;
}

export function routeTo(app: AppModel, target: DrillTarget): IngressRoute | undefined {
	for (const ingress of app.ingresses) {
		const index = ingress.paths.findIndex(path => path.service === target.service);
		if (index !== -1) return {ingress, path: ingress.paths[index], index};
	}
	return undefined;
}

export const routedTargets = (app: AppModel): DrillTarget[] => app.targets.filter(target => routeTo(app, target));

export function mustRoute(app: AppModel, target: DrillTarget): IngressRoute {
	const route = routeTo(app, target);
	if (!route) throw new Error(`no Ingress path routes to ${target.service}`);
	return route;
}
