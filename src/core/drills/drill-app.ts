/**
 * A drill's application as plain data: the workloads, Services, Ingresses and other objects a
 * template builds and a fault then breaks. Faults edit this model (or add objects and setup
 * steps); `drill-manifests.ts` turns it into the manifests the setup applies.
 */
import type {Vantage} from '../cluster/vantage.js';
import type {ReachPath} from '../lessons/task.js';

export interface ContainerPortModel {
	name?: string;
	containerPort: number;
}

export interface WorkloadModel {
	kind: 'Deployment' | 'StatefulSet' | 'Pod';
	name: string;
	namespace: string;
	/** The Deployment's or StatefulSet's selector; the pod template carries these and `extraLabels`. */
	selector: Record<string, string>;
	extraLabels: Record<string, string>;
	replicas: number;
	container: {name: string; image: string; command?: string[]; args?: string[]; ports: ContainerPortModel[]; readinessProbe?: {path: string; port: number}};
	nodeSelector?: Record<string, string>;
	/** StatefulSets: the governing headless Service. */
	serviceName?: string;
}

export interface ServicePortModel {
	name?: string;
	port: number;
	targetPort?: number | string;
	nodePort?: number;
}

export interface ServiceModel {
	name: string;
	namespace: string;
	type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
	selector?: Record<string, string>;
	ports: ServicePortModel[];
	headless?: boolean;
	externalName?: string;
	externalTrafficPolicy?: 'Cluster' | 'Local';
}

export interface IngressPathModel {
	path: string;
	pathType: 'Prefix' | 'Exact' | 'ImplementationSpecific';
	service: string;
	port: number;
}

export interface IngressModel {
	name: string;
	namespace: string;
	className?: string;
	host: string;
	paths: IngressPathModel[];
}

/** The request the learner's user makes: the symptom is what it does, the check that it works. */
export interface DrillRequest {
	from: Vantage;
	/** As the user would say it: "your laptop", "pod client in namespace shop". */
	fromText: string;
	/** For the check: may hold placeholders (`{lbIP:ns/svc}`, `{nodeIP:node}`). */
	url: string;
	/** As the user typed it: `curl http://shop.example.com/cart`. */
	command: string;
	host?: string;
	/** The Service whose pods must answer; none for an outside name. */
	service?: string;
	namespace: string;
	via?: ReachPath;
}

export interface AppModel {
	template: string;
	/** What the app is, in a user's words ("the shop's web front end"). */
	description: string;
	namespace: string;
	workloads: WorkloadModel[];
	services: ServiceModel[];
	ingresses: IngressModel[];
	/** Manifests applied before the app (another team's objects). */
	before: unknown[];
	/** Manifests applied after the app (policies). */
	after: unknown[];
	ingressController: boolean;
	/** What the app's users do; each must work again once the drill is repaired. */
	requests: DrillRequest[];
	/** The Services (and workloads behind them) faults may break. */
	targets: Array<{service: string; workload?: string}>;
	/** Worker nodes of the drill's cluster, in order. */
	nodes: string[];
}

export function workloadNamed(app: AppModel, name: string): WorkloadModel {
	const found = app.workloads.find(workload => workload.name === name);
	if (!found) throw new Error(`drill template ${app.template} has no workload ${name}`);
	return found;
}

export function serviceNamed(app: AppModel, name: string): ServiceModel {
	const found = app.services.find(service => service.name === name);
	if (!found) throw new Error(`drill template ${app.template} has no Service ${name}`);
	return found;
}

/** The pod template's labels. */
export const podLabels = (workload: WorkloadModel): Record<string, string> => ({...workload.selector, ...workload.extraLabels});

export const cloneApp = (app: AppModel): AppModel => structuredClone(app);
