/**
 * What `kubectl proxy` answers on the laptop (docs/simulation.md, "port-forward and proxy"): each
 * request goes to the API server with the learner's credentials (kind's cluster admin). The API
 * paths return the stored objects as JSON, pretty-printed as the API server does for curl; the
 * `services/NAME[:PORT]/proxy/` and `pods/NAME[:PORT]/proxy/` paths are the API server's own
 * proxy, which picks one ready endpoint and connects to it from the control-plane node.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Service} from '../kube-object.js';
import {typeForName} from '../resource-types.js';
import {KUBERNETES_VERSION} from '../topology.js';
import {podIsRunning, serviceByName, type StoredPod} from './addresses.js';
import {backendsForPort, usableBackends} from './endpoints.js';
import {httpDate, podServes, type HttpRequestMessage, type HttpResponseMessage, type ServerReply} from './http-server.js';
import type {TraceHop} from './trace.js';

const WHERE = 'kube-apiserver on kind-control-plane';
/** The API server's own proxy connects from the control-plane node's address. */
const CONTROL_PLANE_IP = '172.18.0.2';

export function kubectlProxyServes(cluster: Cluster, request: HttpRequestMessage): ServerReply {
	const path = request.path.split('?')[0];
	const proxied = /^\/api\/v1\/namespaces\/([^/]+)\/(services|pods)\/([^/]+)\/proxy(\/.*)?$/.exec(path);
	if (proxied) return proxy(cluster, request, proxied[1], proxied[2] as 'services' | 'pods', proxied[3], proxied[4] ?? '/');
	if (path === '/healthz' || path === '/livez' || path === '/readyz') return text(cluster, 200, 'OK', 'ok', 'health check');
	if (path === '/version') return json(cluster, 200, 'OK', versionInfo(), 'GET /version');
	if (path === '/api' || path === '/api/') {
		return json(cluster, 200, 'OK', {kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{clientCIDR: '0.0.0.0/0', serverAddress: `${CONTROL_PLANE_IP}:6443`}]}, 'GET /api');
	}
	const resource = /^\/(?:api\/v1|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
	if (resource) return resourceReply(cluster, resource[3], resource[4], resource[5], path);
	return text(cluster, 404, 'Not Found', '404 page not found\n', `no API path ${path}`);
}

function resourceReply(cluster: Cluster, namespace: string | undefined, plural: string, name: string | undefined, path: string): ServerReply {
	const type = typeForName(plural);
	if (!type || type.resource !== plural) return text(cluster, 404, 'Not Found', '404 page not found\n', `no resource ${plural}`);
	if (name) {
		const object = cluster.store.get<KubeObject>(type.kind, type.namespaced ? namespace : undefined, name);
		if (!object) return status(cluster, 404, 'Not Found', 'NotFound', `${type.resource}${type.group ? `.${type.group}` : ''} "${name}" not found`, {name, ...(type.group ? {group: type.group} : {}), kind: type.resource});
		return json(cluster, 200, 'OK', object, `GET ${path}: the ${type.kind} as stored`);
	}
	const items = cluster.store.view(type.kind, type.namespaced ? namespace : undefined).map(object => {
		const {kind: _kind, apiVersion: _version, ...rest} = object as KubeObject;
		return rest;
	});
	const newest = Math.max(1000, ...items.map(item => Number(item.metadata?.resourceVersion ?? 0)));
	const list = {kind: `${type.kind}List`, apiVersion: type.group ? `${type.group}/${type.version}` : type.version, metadata: {resourceVersion: String(newest)}, items};
	return json(cluster, 200, 'OK', list, `GET ${path}: ${items.length} ${type.resource}`);
}

/** The API server's proxy subresource: `services/web:80/proxy/` reaches one ready endpoint of web. */
function proxy(cluster: Cluster, request: HttpRequestMessage, namespace: string, kind: 'services' | 'pods', id: string, rest: string): ServerReply {
	const [name, portText] = id.replace(/^https?:/, '').split(':');
	const hops: TraceHop[] = [];
	const forward = (pod: Readonly<StoredPod>, port: number, why: string): ServerReply => {
		hops.push({kind: 'proxy', where: WHERE, text: `${why}; it connects to ${pod.status?.podIP}:${port} from ${CONTROL_PLANE_IP} (the control-plane node), not through kube-proxy`});
		const reply = podServes(cluster, pod, port, {...request, path: rest, clientIP: CONTROL_PLANE_IP}, {insecure: true});
		return {...reply, hops: [...hops, ...reply.hops]} as ServerReply;
	};
	if (kind === 'pods') {
		const pod = cluster.store.get<StoredPod>('Pod', namespace, name);
		if (!pod) return status(cluster, 404, 'Not Found', 'NotFound', `pods "${name}" not found`, {name, kind: 'pods'});
		if (!podIsRunning(pod)) return status(cluster, 503, 'Service Unavailable', 'ServiceUnavailable', `pod is not running`, undefined);
		const port = Number(portText || pod.spec?.containers?.[0]?.ports?.[0]?.containerPort || 80);
		return forward(pod, port, `the pod proxy of ${namespace}/${name}`);
	}
	const service = serviceByName(cluster, namespace, name) as (Service & KubeObject) | undefined;
	if (!service) return status(cluster, 404, 'Not Found', 'NotFound', `services "${name}" not found`, {name, kind: 'services'});
	const ports = service.spec?.ports ?? [];
	const servicePort = portText ? ports.find(port => port.name === portText || String(port.port) === portText) : ports[0];
	if (!servicePort) return status(cluster, 503, 'Service Unavailable', 'ServiceUnavailable', `no endpoints available for service "${id}"`, undefined);
	const {backends} = usableBackends(backendsForPort(cluster, service as never, servicePort));
	const pods = backends.map(backend => ({backend, pod: backend.pod ? cluster.store.get<StoredPod>('Pod', backend.namespace, backend.pod) : undefined})).filter(entry => entry.pod);
	if (pods.length === 0) return status(cluster, 503, 'Service Unavailable', 'ServiceUnavailable', `no endpoints available for service "${id}"`, undefined);
	const picked = cluster.random.pick(pods);
	return forward(picked.pod as StoredPod, picked.backend.port, `the service proxy of ${namespace}/${name} picks endpoint ${picked.backend.ip}:${picked.backend.port} at random among ${pods.length} ready`);
}

function versionInfo(): Record<string, string> {
	return {
		major: '1',
		minor: KUBERNETES_VERSION.split('.')[1] ?? '34',
		emulationMajor: '1',
		emulationMinor: KUBERNETES_VERSION.split('.')[1] ?? '34',
		minCompatibilityMajor: '1',
		minCompatibilityMinor: String(Number(KUBERNETES_VERSION.split('.')[1] ?? '34') - 1),
		gitVersion: KUBERNETES_VERSION,
		gitCommit: 'f28b4c9efbca5c5c0af716d9f2d5702667ee8a45',
		gitTreeState: 'clean',
		buildDate: '2025-08-27T10:22:23Z',
		goVersion: 'go1.24.6',
		compiler: 'gc',
		platform: 'linux/amd64',
	};
}

function headers(cluster: Cluster, type: string, body: string): Array<[string, string]> {
	return [
		['Audit-Id', cluster.random.uid()],
		['Cache-Control', 'no-cache, private'],
		['Content-Type', type],
		['Date', httpDate(cluster)],
		['Content-Length', String(new TextEncoder().encode(body).length)],
	];
}

function respond(cluster: Cluster, response: HttpResponseMessage, why: string): ServerReply {
	return {kind: 'response', response, hops: [{kind: 'respond', where: WHERE, text: `${why}: ${response.status} ${response.reason} (authenticated as kind's cluster admin by kubectl proxy)`}]};
}

/** The API server pretty-prints JSON for curl (its user agent), with two spaces. */
function json(cluster: Cluster, code: number, reason: string, value: unknown, why: string): ServerReply {
	const body = `${JSON.stringify(value, null, 2)}\n`;
	return respond(cluster, {status: code, reason, headers: headers(cluster, 'application/json', body), body}, why);
}

function text(cluster: Cluster, code: number, reason: string, body: string, why: string): ServerReply {
	return respond(cluster, {status: code, reason, headers: headers(cluster, 'text/plain; charset=utf-8', body), body}, why);
}

function status(cluster: Cluster, code: number, reason: string, statusReason: string, message: string, details: Record<string, string> | undefined): ServerReply {
	return json(cluster, code, reason, {kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: statusReason, ...(details ? {details} : {}), code}, message);
}
