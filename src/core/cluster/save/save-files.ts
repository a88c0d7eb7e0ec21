import {stringify} from 'yaml';
import {createObject, requestKey} from '../api/api-server.js';
import type {Cluster} from '../cluster.js';
import {bootstrappedCluster} from '../bootstrapped-cluster.js';
import type {KubeObject} from '../kube-object.js';
import {KUBERNETES_VERSION} from '../topology.js';
import {cleanManifest} from './clean-manifest.js';
import {kindConfigText, type PortMapping} from './kind-config.js';
import {learnerObjects} from './learner-objects.js';

/** Apply order: namespaces first, then what pods need, workloads, Services, routing. */
const ORDER = ['Namespace', 'ServiceAccount', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'Service', 'Endpoints', 'EndpointSlice', 'IngressClass', 'Ingress', 'NetworkPolicy'];

const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);

interface ServiceShape {
	type?: string;
	ports?: Array<{port?: number; nodePort?: number; protocol?: PortMapping['protocol']}>;
}

function fileName(index: number, object: KubeObject): string {
	const namespace = object.metadata.namespace && object.metadata.namespace !== 'default' ? `${object.metadata.namespace}-` : '';
	return `manifests/${String(index + 1).padStart(2, '0')}-${object.kind.toLowerCase()}-${namespace}${object.metadata.name}.yaml`;
}

function readme(manifests: readonly KubeObject[], fixed: readonly PortMapping[], floating: readonly string[], ingress: boolean, loadBalancers: readonly string[]): string {
	const lines = [
		'# Your sandbox, on a real kind cluster',
		'',
		`Saved by kubetutor: ${manifests.length} object${manifests.length === 1 ? '' : 's'} in \`manifests/\` and \`kind-config.yaml\` for the same three nodes.`,
		'You need Docker, [kind](https://kind.sigs.k8s.io/) and kubectl.',
		'',
		'```sh',
		`kind create cluster --config kind-config.yaml --image kindest/node:${KUBERNETES_VERSION}`,
	];
	if (ingress) lines.push('kubectl apply -f https://kind.sigs.k8s.io/examples/ingress/deploy-ingress-nginx.yaml', 'kubectl wait -n ingress-nginx --for=condition=ready pod -l app.kubernetes.io/component=controller --timeout=90s');
	lines.push('kubectl apply -f manifests/', 'kubectl get all', '```', '');
	if (fixed.length > 0) lines.push('The NodePorts you chose are mapped to your computer:', '', ...fixed.map(port => `- \`curl http://localhost:${port.hostPort}/\``), '');
	if (floating.length > 0) {
		lines.push(
			`These Services get a NodePort picked by the cluster, so it differs from the sandbox's: ${floating.join(', ')}.`,
			'Find it with `kubectl get service NAME` and reach it from a node: `docker exec kind-worker curl -s http://localhost:PORT/`.',
			'',
		);
	}
	if (loadBalancers.length > 0) lines.push(`LoadBalancer Services (${loadBalancers.join(', ')}) get an external IP on kind only with [cloud-provider-kind](https://github.com/kubernetes-sigs/cloud-provider-kind) running.`, '');
	lines.push('When you are done: `kind delete cluster`.', '');
	return lines.join('\n');
}

/**
 * What `save DIR` writes, by path inside DIR: one clean manifest per object the learner made,
 * a kind config for the same topology, and a README with the commands. Pure: the shell's edge
 * writes the files.
 */
export function saveFiles(cluster: Cluster): Record<string, string> {
	const objects = learnerObjects(cluster).sort((a, b) => rank(a.kind) - rank(b.kind) || (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name));
	const scratch = bootstrappedCluster({cloud: cluster.cloud});
	const manifests: KubeObject[] = [];
	for (const object of objects) {
		const manifest = cleanManifest(object, scratch, cluster.requests.get(requestKey(object)));
		manifests.push(manifest);
		// Later objects of the namespace are tried in it.
		if (object.kind === 'Namespace') createObject(scratch, manifest);
	}
	const files: Record<string, string> = {};
	manifests.forEach((manifest, i) => {
		files[fileName(i, manifest)] = stringify(manifest, {lineWidth: 0});
	});
	const services = manifests.filter(manifest => manifest.kind === 'Service');
	const fixed: PortMapping[] = [];
	const floating: string[] = [];
	for (const service of services) {
		const spec = service.spec as ServiceShape;
		if (spec.type !== 'NodePort' && spec.type !== 'LoadBalancer') continue;
		for (const port of spec.ports ?? []) {
			if (port.nodePort) fixed.push({containerPort: port.nodePort, hostPort: port.nodePort, protocol: port.protocol ?? 'TCP'});
			else if (!floating.includes(service.metadata.name)) floating.push(service.metadata.name);
		}
	}
	const ingress = manifests.some(manifest => manifest.kind === 'Ingress');
	const loadBalancers = services.filter(service => (service.spec as ServiceShape).type === 'LoadBalancer').map(service => service.metadata.name);
	const nodes = cluster.store
		.list('Node')
		.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
		.map(node => ({controlPlane: node.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined}))
		.sort((a, b) => Number(b.controlPlane) - Number(a.controlPlane));
	files['kind-config.yaml'] = kindConfigText(nodes, fixed, ingress);
	files['README.md'] = readme(manifests, fixed, floating, ingress, loadBalancers);
	return files;
}
