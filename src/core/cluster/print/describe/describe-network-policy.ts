import type {NetworkPolicyEgressRule, NetworkPolicyIngressRule, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec} from 'kubernetes-types/networking/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {formatLabelSelector} from '../format-labels.js';
import {printAnnotationsMultiline, printLabelsMultiline} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';

const INDENT = '    ';

/** `kubectl describe networkpolicy` (kubectl's describeNetworkPolicy: no events section). */
export function describeNetworkPolicy(object: KubeObject): string {
	const spec = (object.spec ?? {}) as NetworkPolicySpec;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	w.write(0, `Created on:\t${goTimeString(object.metadata.creationTimestamp)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, 'Spec:\n');
	// kubectl writes the value at LEVEL_2 on the same line, so four spaces follow the colon.
	w.write(1, 'PodSelector: ');
	const selector = spec.podSelector ?? {};
	const empty = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
	w.write(2, empty ? '<none> (Allowing the specific traffic to all pods in this namespace)\n' : `${formatLabelSelector(selector)}\n`);
	const types = spec.policyTypes ?? [];
	if (types.includes('Ingress')) {
		w.write(1, 'Allowing ingress traffic:\n');
		printRules(w, spec.ingress ?? [], 'ingress');
	} else w.write(1, 'Not affecting ingress traffic\n');
	if (types.includes('Egress')) {
		w.write(1, 'Allowing egress traffic:\n');
		printRules(w, spec.egress ?? [], 'egress');
	} else w.write(1, 'Not affecting egress traffic\n');
	w.write(1, `Policy Types: ${types.join(', ') || '<none>'}\n`);
	return w.toString();
}

function printRules(w: DescribeWriter, rules: ReadonlyArray<NetworkPolicyIngressRule | NetworkPolicyEgressRule>, direction: 'ingress' | 'egress'): void {
	if (rules.length === 0) {
		w.write(0, `${INDENT}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
		return;
	}
	const word = direction === 'ingress' ? 'From' : 'To';
	rules.forEach((rule, i) => {
		printPorts(w, rule.ports ?? []);
		const peers = ('from' in rule ? rule.from : (rule as NetworkPolicyEgressRule).to) ?? [];
		if (peers.length === 0) w.write(0, `${INDENT}${word}: <any> (traffic not restricted by ${direction === 'ingress' ? 'source' : 'destination'})\n`);
		for (const peer of peers) printPeer(w, word, peer);
		if (i !== rules.length - 1) w.write(0, `${INDENT}----------\n`);
	});
}

function printPorts(w: DescribeWriter, ports: readonly NetworkPolicyPort[]): void {
	if (ports.length === 0) {
		w.write(0, `${INDENT}To Port: <any> (traffic allowed to all ports)\n`);
		return;
	}
	for (const port of ports) {
		const number = port.port === undefined ? '<nil>' : String(port.port);
		const protocol = port.protocol ?? 'TCP';
		w.write(0, port.endPort === undefined ? `${INDENT}To Port: ${number}/${protocol}\n` : `${INDENT}To Port Range: ${number}-${port.endPort}/${protocol}\n`);
	}
}

function printPeer(w: DescribeWriter, word: string, peer: NetworkPolicyPeer): void {
	w.write(0, `${INDENT}${word}:\n`);
	if (peer.namespaceSelector) w.write(1, `${INDENT}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
	if (peer.podSelector) w.write(1, `${INDENT}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
	if (!peer.namespaceSelector && !peer.podSelector && peer.ipBlock) {
		w.write(1, `${INDENT}IPBlock:\n`);
		w.write(2, `${INDENT}CIDR: ${peer.ipBlock.cidr}\n`);
		w.write(2, `${INDENT}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
	}
}

/** metav1.Time printed with %s: Go's time.Time.String() in UTC. */
function goTimeString(timestamp: string | undefined): string {
	if (!timestamp) return '0001-01-01 00:00:00 +0000 UTC';
	const date = new Date(timestamp);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000 UTC`;
}
