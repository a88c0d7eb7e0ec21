export interface PortMapping {
	containerPort: number;
	hostPort: number;
	protocol: 'TCP' | 'UDP' | 'SCTP';
}

/**
 * A kind config for the sandbox's shape (one control plane, then its workers). The NodePorts the
 * learner fixed are mapped to the same ports on the laptop (kind's extraPortMappings, on the
 * control-plane node, which kube-proxy serves like any other); with an Ingress, 80 and 443 too,
 * on a node labelled ingress-ready as kind's ingress guide asks.
 */
export function kindConfigText(nodes: ReadonlyArray<{controlPlane: boolean}>, nodePorts: readonly PortMapping[], ingress: boolean): string {
	const mappings = [...(ingress ? [{containerPort: 80, hostPort: 80, protocol: 'TCP'}, {containerPort: 443, hostPort: 443, protocol: 'TCP'}] : []), ...nodePorts];
	const lines = ['# kind create cluster --config kind-config.yaml', 'kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4', 'nodes:'];
	for (const node of nodes) {
		lines.push(`  - role: ${node.controlPlane ? 'control-plane' : 'worker'}`);
		if (!node.controlPlane) continue;
		if (ingress) lines.push('    kubeadmConfigPatches:', '      - |', '        kind: InitConfiguration', '        nodeRegistration:', '          kubeletExtraArgs:', '            node-labels: "ingress-ready=true"');
		if (mappings.length > 0) {
			lines.push('    extraPortMappings:');
			for (const mapping of mappings) lines.push(`      - containerPort: ${mapping.containerPort}`, `        hostPort: ${mapping.hostPort}`, `        protocol: ${mapping.protocol}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
