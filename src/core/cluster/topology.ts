/** The fixed shape of the default cluster: a fresh three-node kind cluster (docs/simulation.md, "The default cluster"). */

export interface NodeSpec {
	name: string;
	internalIP: string;
	podCIDR: string;
	/** First three octets of the node's pod /24, e.g. "10.244.1". */
	podPrefix: string;
	controlPlane: boolean;
}

export const NODES: readonly NodeSpec[] = [
	{name: 'kind-control-plane', internalIP: '172.18.0.2', podCIDR: '10.244.0.0/24', podPrefix: '10.244.0', controlPlane: true},
	{name: 'kind-worker', internalIP: '172.18.0.3', podCIDR: '10.244.1.0/24', podPrefix: '10.244.1', controlPlane: false},
	{name: 'kind-worker2', internalIP: '172.18.0.4', podCIDR: '10.244.2.0/24', podPrefix: '10.244.2', controlPlane: false},
];

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

export function nodeByName(name: string): NodeSpec | undefined {
	return NODES.find(node => node.name === name);
}

export function nodeByIP(ip: string): NodeSpec | undefined {
	return NODES.find(node => node.internalIP === ip);
}
