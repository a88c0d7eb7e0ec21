/**
 * The shape of the cluster: a fresh kind cluster with one control plane and N workers, three
 * nodes by default (docs/simulation.md, "The default cluster"). Node k (0 the control plane) has
 * InternalIP 172.18.0.(k+2) and the pod /24 10.244.k.0/24, as kind hands them out in node order.
 */

export interface NodeSpec {
	name: string;
	internalIP: string;
	podCIDR: string;
	/** First three octets of the node's pod /24, e.g. "10.244.1". */
	podPrefix: string;
	controlPlane: boolean;
}

export const DEFAULT_WORKERS = 2;
export const MAX_WORKERS = 100;

/** Node k of the cluster: 0 is the control plane, 1 `kind-worker`, k ≥ 2 `kind-worker<k>`. */
function nodeSpec(k: number): NodeSpec {
	const name = k === 0 ? 'kind-control-plane' : k === 1 ? 'kind-worker' : `kind-worker${k}`;
	return {name, internalIP: `172.18.0.${k + 2}`, podCIDR: `10.244.${k}.0/24`, podPrefix: `10.244.${k}`, controlPlane: k === 0};
}

/** The nodes of a cluster with `workers` workers (1 to MAX_WORKERS), control plane first. */
export function kindNodes(workers: number = DEFAULT_WORKERS): NodeSpec[] {
	if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) throw new RangeError(`a kind cluster here has 1 to ${MAX_WORKERS} workers, not ${workers}`);
	return Array.from({length: workers + 1}, (_, k) => nodeSpec(k));
}

/** The default three nodes. */
export const NODES: readonly NodeSpec[] = kindNodes();

export const LAPTOP_IP = '172.18.0.1';
export const NODE_NETWORK = '172.18.0.0/16';
export const POD_CIDR = '10.244.0.0/16';
export const SERVICE_CIDR = '10.96.0.0/12';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const DNS_SERVICE_IP = '10.96.0.10';
export const API_SERVER_ENDPOINT = {ip: '172.18.0.2', port: 6443};
export const NODE_PORT_RANGE = {min: 30000, max: 32767};
export const LOAD_BALANCER_POOL_START = '172.18.255.200';
export const CLUSTER_DOMAIN = 'cluster.local';
export const KUBERNETES_VERSION = 'v1.34.0';

/**
 * The node a name stands for in any cluster size (`kind-worker7`), whether or not this cluster has
 * that many workers: callers that care check the Node object.
 */
export function nodeByName(name: string): NodeSpec | undefined {
	if (name === 'kind-control-plane') return nodeSpec(0);
	if (name === 'kind-worker') return nodeSpec(1);
	const k = /^kind-worker([2-9]|[1-9]\d+)$/.exec(name)?.[1];
	return k !== undefined && Number(k) <= MAX_WORKERS ? nodeSpec(Number(k)) : undefined;
}
