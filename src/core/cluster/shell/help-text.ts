/** `help`: what works where the learner stands. */
import type {Vantage} from '../vantage.js';

const WHERE: Record<Vantage['kind'], string> = {
	laptop: 'You are on your laptop (172.18.0.1), outside the cluster: it reaches node IPs and LoadBalancer IPs only, and does not use cluster DNS.',
	node: 'You are on a kind node (host network): ClusterIPs, pod IPs and NodePorts work; cluster DNS names do not resolve here.',
	pod: 'You are inside a pod: cluster DNS (with the namespace search path), ClusterIPs, pod IPs and NodePorts all work from here.',
};

export function helpText(vantage: Vantage, commands: readonly string[]): string {
	const lines = [WHERE[vantage.kind], '', `Commands here: ${[...new Set(commands)].sort().join(', ')}`, ''];
	if (vantage.kind === 'laptop') {
		lines.push(
			'Move around:  ssh kind-worker · kubectl exec -it POD -- sh · kubectl run tmp --rm -it --image=busybox -- sh',
			'Time:         sleep N lets N simulated seconds pass (controllers and AGE follow it)',
			'Explain:      trace shows, hop by hop, how the last request travelled',
			'Take away:    save DIR writes your objects as manifests, for kind (README inside)',
			'Shell:        $? && || ; | > <<EOF, $VAR (split into words unless "quoted"), $(cmd), $((1+2)),',
			'              for i in 1 2 3; do …; done, while [ $i -lt 3 ]; do …; done',
		);
	} else {
		if (vantage.kind === 'node') {
			lines.push('Rules:        iptables-save, iptables -t nat -S or -L -n print the kube-proxy rules trace walks on this node');
			lines.push('Node:         crictl ps, crictl pods (what containerd runs here), ip route (kindnetd\'s routes)');
		}
		if (vantage.kind === 'pod') lines.push('Look around:  hostname -i, ip addr, ip route, netstat -tln, ps, cat /etc/resolv.conf, nc -zv HOST PORT');
		lines.push('Type exit to go back to your laptop. trace explains the last request.');
	}
	return lines.join('\n') + '\n';
}
