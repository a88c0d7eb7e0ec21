/**
 * A lesson task as declared in a lesson's front matter: a starting state (`setup`), checks on the
 * resulting cluster state and reachability, tiered hints and a reference solution.
 *
 * Checks as written in YAML (namespace defaults to `default`; `label` overrides the checklist text):
 *   service:     {name, type?, port?, targetPort?, nodePort?, protocol?, selector?, headless?,
 *                 externalName?, externalTrafficPolicy?, clusterIP?}
 *   endpoints:   {service, min? (1), max?}          ready endpoints kube-proxy would use
 *   pods:        {selector, min? (1)}               Ready pods with those labels
 *   object:      {kind, name, fields?}              fields by dotted path: {spec.replicas: 3}
 *   absent:      {kind, name}
 *   external-ip: {service}                          a LoadBalancer got its address
 *   dns:         {from, name, service, expect}      expect: service-ip | pod-ips | cname | nxdomain
 *   reach:       {from, url, host?, service?, status? (200), via?, blocked?}   via: NodePort, LoadBalancer, Ingress…
 *                blocked: true — the request must get no answer (a NetworkPolicy's effect)
 * `from` is `laptop`, `node/<node>`, `pod/<name>` (in the check's namespace) or `pod/<ns>/<name>`.
 * A `url` may use `{clusterIP:svc}`, `{nodePort:svc}`, `{lbIP:svc}` (svc or ns/svc) and
 * `{nodeIP:node}` for addresses the cluster picks at random.
 */
import type {Vantage} from '../cluster/vantage.js';

export interface Task {
	id: string;
	title: string;
	/**
	 * What the learner must achieve, as a result they can observe ("from the client pod, curl
	 * http://web answers from both web pods"), shown instead of a recipe; the title when absent.
	 */
	goal?: string;
	/** Commands run in a fresh sandbox before the learner starts (the starting state). */
	setup: string;
	checks: TaskCheck[];
	/** A nudge, the concept, the command's shape — shown one at a time; the solution comes last. */
	hints: string[];
	solution: string;
}

/** A Service port the learner must have made; only the fields given are compared. */
export interface PortExpectation {
	port?: number;
	targetPort?: number | string;
	nodePort?: number;
	protocol?: string;
}

interface CheckBase {
	/** Overrides the generated checklist label. */
	label?: string;
}

/** The Service exists and has the given fields. */
export interface ServiceCheck extends CheckBase {
	kind: 'service';
	name: string;
	namespace: string;
	type?: string;
	port?: PortExpectation;
	selector?: Record<string, string>;
	headless?: boolean;
	externalName?: string;
	externalTrafficPolicy?: string;
	clusterIP?: string;
}

/** The Service has at least `min` (and at most `max`) ready endpoints. */
export interface EndpointsCheck extends CheckBase {
	kind: 'endpoints';
	service: string;
	namespace: string;
	min: number;
	max?: number;
}

/** At least `min` pods matching the selector are Ready. */
export interface PodsCheck extends CheckBase {
	kind: 'pods';
	selector: Record<string, string>;
	namespace: string;
	min: number;
}

/** An object of any kind exists, with fields (dotted paths) equal to the given values. */
export interface ObjectCheck extends CheckBase {
	kind: 'object';
	objectKind: string;
	name: string;
	/** Undefined for cluster-scoped kinds. */
	namespace?: string;
	fields: Record<string, unknown>;
}

/** An object no longer exists. */
export interface AbsentCheck extends CheckBase {
	kind: 'absent';
	objectKind: string;
	name: string;
	namespace?: string;
}

/** A LoadBalancer Service has received an external address. */
export interface ExternalIPCheck extends CheckBase {
	kind: 'external-ip';
	service: string;
	namespace: string;
}

export type DnsExpectation = 'service-ip' | 'pod-ips' | 'cname' | 'nxdomain';

/** A name resolves from a vantage point as the Service type promises. */
export interface DnsCheck extends CheckBase {
	kind: 'dns';
	from: Vantage;
	name: string;
	service: string;
	namespace: string;
	expect: DnsExpectation;
}

export const REACH_PATHS = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalIP', 'Headless', 'ExternalName', 'Ingress'] as const;
export type ReachPath = (typeof REACH_PATHS)[number];

/** An HTTP request from a vantage point gets an answer (from a pod of `service`, when given). */
export interface ReachCheck extends CheckBase {
	kind: 'reach';
	from: Vantage;
	/** May hold `{nodePort:svc}`, `{clusterIP:svc}`, `{lbIP:svc}`, `{nodeIP:node}` placeholders. */
	url: string;
	/** Host header, for Ingress rules. */
	host?: string;
	service?: string;
	namespace: string;
	/** Expected HTTP status; 200 when not given. */
	status?: number;
	/** How the request must travel: through a NodePort, a LoadBalancer IP, an Ingress rule… */
	via?: ReachPath;
	/** The request must get no answer: it times out or is refused (a NetworkPolicy that denies it). */
	blocked?: boolean;
}

export type TaskCheck = ServiceCheck | EndpointsCheck | PodsCheck | ObjectCheck | AbsentCheck | ExternalIPCheck | DnsCheck | ReachCheck;

export type CheckKind = TaskCheck['kind'];

/** A problem in a task declaration; `path` leads from the `tasks` list to the offending value. */
export interface TaskError {
	path: string[];
	message: string;
}

export interface CheckResult {
	label: string;
	passed: boolean;
	/** Why it failed, in Kubernetes terms. */
	why?: string;
}

export interface TaskResult {
	passed: boolean;
	checks: CheckResult[];
}
