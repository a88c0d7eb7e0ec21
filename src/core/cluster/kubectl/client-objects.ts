/**
 * Objects kubectl builds on the client for `create deployment|service|namespace`, `run` and
 * `expose`, with the field order of the Go structs (what `--dry-run=client -o json` shows) and
 * the empty values the Go types serialise (`creationTimestamp: null`, `resources: {}`, `status: {}`).
 */
import type {KubeObject} from '../kube-object.js';

type Fields = Record<string, unknown>;

function meta(name: string, labels?: Record<string, string>, namespace?: string): Fields {
	const out: Fields = {name};
	if (namespace) out.namespace = namespace;
	out.creationTimestamp = null;
	if (labels && Object.keys(labels).length > 0) out.labels = labels;
	return out;
}

/** `nginx:1.25` → `nginx`; `registry.k8s.io/e2e-test-images/agnhost:2.39` → `agnhost`. */
export function containerNameFromImage(image: string): string {
	const base = image.slice(image.lastIndexOf('/') + 1);
	return base.split('@')[0].split(':')[0].replace(/_/g, '-').toLowerCase() || 'container';
}

export interface DeploymentSpecInput {
	name: string;
	namespace?: string;
	images: string[];
	replicas: number;
	port?: number;
	/** `kubectl create deployment NAME --image=… -- COMMAND…` */
	command?: string[];
}

export function buildDeployment(input: DeploymentSpecInput): KubeObject {
	const labels = {app: input.name};
	const used = new Set<string>();
	const containers = input.images.map(image => {
		let name = containerNameFromImage(image);
		for (let i = 1; used.has(name); i++) name = `${containerNameFromImage(image)}-${i}`;
		used.add(name);
		const container: Fields = {name, image};
		if (input.command?.length) container.command = input.command;
		if (input.port !== undefined) container.ports = [{containerPort: input.port}];
		container.resources = {};
		return container;
	});
	return {
		kind: 'Deployment',
		apiVersion: 'apps/v1',
		metadata: meta(input.name, labels, input.namespace),
		spec: {
			replicas: input.replicas,
			selector: {matchLabels: {...labels}},
			template: {metadata: {creationTimestamp: null, labels: {...labels}}, spec: {containers}},
			strategy: {},
		},
		status: {},
	} as unknown as KubeObject;
}

export interface ServicePortInput {
	name?: string;
	protocol: string;
	port: number;
	targetPort: number | string;
	nodePort?: number;
}

export interface ServiceInput {
	name: string;
	namespace?: string;
	labels?: Record<string, string>;
	type?: string;
	ports: ServicePortInput[];
	selector?: Record<string, string>;
	clusterIP?: string;
	externalIPs?: string[];
	sessionAffinity?: string;
	loadBalancerIP?: string;
	externalName?: string;
}

export function buildService(input: ServiceInput): KubeObject {
	const spec: Fields = {};
	if (input.ports.length > 0) {
		spec.ports = input.ports.map(port => {
			const out: Fields = {};
			if (port.name) out.name = port.name;
			out.protocol = port.protocol;
			out.port = port.port;
			out.targetPort = port.targetPort;
			if (port.nodePort) out.nodePort = port.nodePort;
			return out;
		});
	}
	if (input.selector && Object.keys(input.selector).length > 0) spec.selector = input.selector;
	if (input.clusterIP) spec.clusterIP = input.clusterIP;
	if (input.type) spec.type = input.type;
	if (input.externalIPs?.length) spec.externalIPs = input.externalIPs;
	if (input.sessionAffinity) spec.sessionAffinity = input.sessionAffinity;
	if (input.loadBalancerIP) spec.loadBalancerIP = input.loadBalancerIP;
	if (input.externalName) spec.externalName = input.externalName;
	return {
		kind: 'Service',
		apiVersion: 'v1',
		metadata: meta(input.name, input.labels, input.namespace),
		spec,
		status: {loadBalancer: {}},
	} as unknown as KubeObject;
}

export interface PodInput {
	name: string;
	namespace?: string;
	image: string;
	labels: Record<string, string>;
	port?: number;
	command?: string[];
	args?: string[];
	env?: Array<{name: string; value: string}>;
	restartPolicy: string;
	stdin?: boolean;
	tty?: boolean;
}

export function buildPod(input: PodInput): KubeObject {
	const container: Fields = {name: input.name, image: input.image};
	if (input.command?.length) container.command = input.command;
	if (input.args?.length) container.args = input.args;
	if (input.port !== undefined) container.ports = [{containerPort: input.port}];
	if (input.env?.length) container.env = input.env;
	container.resources = {};
	if (input.stdin) {
		container.stdin = true;
		container.stdinOnce = true;
	}
	if (input.tty) container.tty = true;
	return {
		kind: 'Pod',
		apiVersion: 'v1',
		metadata: meta(input.name, input.labels, input.namespace),
		spec: {containers: [container], restartPolicy: input.restartPolicy, dnsPolicy: 'ClusterFirst'},
		status: {},
	} as unknown as KubeObject;
}

export function buildNamespace(name: string): KubeObject {
	return {kind: 'Namespace', apiVersion: 'v1', metadata: meta(name), spec: {}, status: {}} as unknown as KubeObject;
}

export interface IngressRuleInput {
	host?: string;
	path: string;
	pathType: 'Exact' | 'Prefix';
	service: string;
	port: number | string;
	/** `,tls` (secret '') or `,tls=SECRET` after the rule. */
	tls?: {secret: string};
}

export interface IngressInput {
	name: string;
	namespace?: string;
	className?: string;
	rules: IngressRuleInput[];
	defaultBackend?: {service: string; port: number | string};
	annotations?: Record<string, string>;
}

function backend(service: string, port: number | string): Fields {
	return {service: {name: service, port: typeof port === 'number' ? {number: port} : {name: port}}};
}

/** kubectl's buildTLSRules: one entry per secret, each host once, hosts of a shared secret together. */
function ingressTls(rules: readonly IngressRuleInput[]): Fields[] {
	const entries: {hosts: string[]; secretName: string}[] = [];
	const seen = new Set<string>();
	for (const rule of rules) {
		if (!rule.tls) continue;
		const host = rule.host ?? '';
		if (seen.has(host)) continue;
		seen.add(host);
		const shared = entries.find(entry => entry.secretName === rule.tls?.secret);
		if (shared) shared.hosts.push(host);
		else if (host || rule.tls.secret) entries.push({hosts: host ? [host] : [], secretName: rule.tls.secret});
	}
	return entries.map(entry => ({...(entry.hosts.length > 0 ? {hosts: entry.hosts} : {}), ...(entry.secretName ? {secretName: entry.secretName} : {})}));
}

/** `kubectl create ingress`: rules with the same host share one rule entry, in order. */
export function buildIngress(input: IngressInput): KubeObject {
	const spec: Fields = {};
	if (input.className) spec.ingressClassName = input.className;
	if (input.defaultBackend) spec.defaultBackend = backend(input.defaultBackend.service, input.defaultBackend.port);
	const tls = ingressTls(input.rules);
	if (tls.length > 0) spec.tls = tls;
	const rules: Fields[] = [];
	for (const rule of input.rules) {
		const path = {path: rule.path, pathType: rule.pathType, backend: backend(rule.service, rule.port)};
		const same = rules.find(existing => existing.host === rule.host);
		if (same) ((same.http as Fields).paths as Fields[]).push(path);
		else rules.push({...(rule.host ? {host: rule.host} : {}), http: {paths: [path]}});
	}
	if (rules.length > 0) spec.rules = rules;
	return {
		kind: 'Ingress',
		apiVersion: 'networking.k8s.io/v1',
		metadata: {...meta(input.name, undefined, input.namespace), ...(input.annotations && Object.keys(input.annotations).length > 0 ? {annotations: input.annotations} : {})},
		spec,
		status: {loadBalancer: {}},
	} as unknown as KubeObject;
}
