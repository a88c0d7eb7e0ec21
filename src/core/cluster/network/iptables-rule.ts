/**
 * One iptables rule as plain data, and its text as `iptables-save` and `iptables -S` print it.
 * kube-proxy's rule table (proxy-rules.ts) is made of these; `trace` walks them
 * (proxy-walk.ts) and the node's shell prints them, so the three read the same rules
 * (docs/simulation.md, "Network").
 */
import type {ServicePort} from '../kube-object.js';
import type {StoredService} from './addresses.js';
import type {Backend} from './endpoints.js';

export type Table = 'mangle' | 'filter' | 'nat';

export interface Address {
	/** Always with its prefix length: `10.96.0.1/32`, `10.244.0.0/16`. */
	cidr: string;
	negate?: boolean;
}

export type Match =
	| {kind: 'comment'; text: string}
	| {kind: 'port'; protocol: string; dport?: number}
	| {kind: 'addrtype'; type: 'src' | 'dst'; negate?: boolean}
	| {kind: 'statistic'; probability: string}
	| {kind: 'recent-set'; name: string}
	| {kind: 'recent-check'; name: string; seconds: number}
	| {kind: 'mark'; mark: number; mask: number; negate: boolean}
	| {kind: 'conntrack'; states: string; negate?: boolean}
	/** Counts the packets in a named nfacct counter (kube-proxy's metrics); always matches. */
	| {kind: 'nfacct'; name: string};

export type Target =
	| {kind: 'jump'; chain: string}
	| {kind: 'RETURN' | 'ACCEPT' | 'DROP' | 'MASQUERADE'}
	| {kind: 'REJECT'}
	| {kind: 'DNAT'; to: string}
	| {kind: 'MARK'; mark: number; mask: number};

export type EntryKind = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalIP';

/** What a rule is for, kept beside it (never printed) so `trace` can tell the story of a match. */
export interface RuleAbout {
	service: Readonly<StoredService>;
	port: Readonly<ServicePort>;
	/** `ns/name:port` as kube-proxy writes it in comments. */
	portName: string;
	/** A rule that catches a Service address: which kind of address. */
	entry?: EntryKind;
	/** A KUBE-SEP jump or DNAT: the endpoint. */
	endpoint?: Backend;
	/** A load-balancing jump: its place among `count` endpoints. */
	balance?: {index: number; count: number};
	/** A KUBE-SVC-/KUBE-SVL- jump to an endpoint (balancing or affinity): how many endpoints the chain has. */
	chainEndpoints?: number;
	/** A KUBE-MARK-MASQ jump: why the packet will be masqueraded. */
	masquerade?: 'not-a-pod' | 'external-cluster-policy' | 'node-itself' | 'hairpin';
	/** A short-circuit of externalTrafficPolicy: Local (pod or node traffic to all endpoints). */
	shortCircuit?: 'pod' | 'node';
}

export interface Rule {
	chain: string;
	source?: Address;
	destination?: Address;
	protocol?: string;
	matches: Match[];
	target?: Target;
	about?: RuleAbout;
}

export interface Chain {
	name: string;
	/** Built-in chains have a policy; kube-proxy's own chains print `-`. */
	policy?: 'ACCEPT';
	rules: Rule[];
}

export type RuleTable = Record<Table, Chain[]>;

/** Go's `fmt.Sprintf("%0.10f", 1.0/float64(n))`, kube-proxy's `computeProbability`. */
export function probabilityText(n: number): string {
	return (1 / n).toFixed(10);
}

/**
 * The probability as iptables prints it back: the kernel keeps it as a 31-bit fraction
 * (`lround(0x80000000 * p)`), and iptables-save prints that with 11 decimals, so kube-proxy's
 * `0.3333333333` comes back as `0.33333333349`.
 */
export function savedProbability(text: string): string {
	return (Math.round(Number(text) * 0x80000000) / 0x80000000).toFixed(11);
}

const hexMark = (n: number) => `0x${n.toString(16)}`;

/** xtables_save_string: quoted unless made only of letters, digits, `_` and `-`. */
function saveString(text: string): string {
	return /^[A-Za-z0-9_-]+$/.test(text) ? text : `"${text.replace(/(["\\'])/g, '\\$1')}"`;
}

function matchSpec(match: Match): string {
	switch (match.kind) {
		case 'comment':
			return `-m comment --comment ${saveString(match.text)}`;
		case 'port':
			return `-m ${match.protocol}${match.dport === undefined ? '' : ` --dport ${match.dport}`}`;
		case 'addrtype':
			return `-m addrtype${match.negate ? ' !' : ''} --${match.type}-type LOCAL`;
		case 'statistic':
			return `-m statistic --mode random --probability ${savedProbability(match.probability)}`;
		case 'recent-set':
			return `-m recent --set --name ${match.name} --mask 255.255.255.255 --rsource`;
		case 'recent-check':
			return `-m recent --rcheck --seconds ${match.seconds} --reap --name ${match.name} --mask 255.255.255.255 --rsource`;
		case 'mark':
			return `-m mark${match.negate ? ' !' : ''} --mark ${hexMark(match.mark)}/${hexMark(match.mask)}`;
		case 'conntrack':
			return `-m conntrack${match.negate ? ' !' : ''} --ctstate ${match.states}`;
		case 'nfacct':
			// libxt_nfacct prints " --nfacct-name " and then the saved string with its own leading space
			return `-m nfacct --nfacct-name  ${saveString(match.name)}`;
	}
}

function targetSpec(target: Target): string {
	switch (target.kind) {
		case 'jump':
			return `-j ${target.chain}`;
		case 'REJECT':
			return '-j REJECT --reject-with icmp-port-unreachable';
		case 'DNAT':
			return `-j DNAT --to-destination ${target.to}`;
		case 'MARK':
			return `-j MARK --set-xmark ${hexMark(target.mark)}/${hexMark(target.mask)}`;
		case 'MASQUERADE':
			return '-j MASQUERADE --random-fully';
		default:
			return `-j ${target.kind}`;
	}
}

/** The rule as `iptables-save` and `iptables -S` print it: `-A CHAIN … -j TARGET`. */
export function ruleSpec(rule: Rule): string {
	const parts = [`-A ${rule.chain}`];
	if (rule.source) parts.push(`${rule.source.negate ? '! ' : ''}-s ${rule.source.cidr}`);
	if (rule.destination) parts.push(`${rule.destination.negate ? '! ' : ''}-d ${rule.destination.cidr}`);
	if (rule.protocol) parts.push(`-p ${rule.protocol}`);
	for (const match of rule.matches) parts.push(matchSpec(match));
	if (rule.target) parts.push(targetSpec(rule.target));
	return parts.join(' ');
}

export function targetName(target: Target | undefined): string {
	if (!target) return '';
	return target.kind === 'jump' ? target.chain : target.kind;
}
