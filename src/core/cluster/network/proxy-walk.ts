/**
 * One new TCP connection's first packet through a node's netfilter hooks, rule by rule, over
 * the table kube-proxy wrote (proxy-rules.ts): nat PREROUTING or OUTPUT, then the filter chain
 * the routing decision picks (FORWARD, INPUT, or OUTPUT and then INPUT for the node's own
 * addresses), then nat POSTROUTING. Every rule that matched is recorded, so `trace` can name it
 * (docs/simulation.md, "Network").
 */
import type {Cluster} from '../cluster.js';
import {inCIDR, type NodeAddress} from './addresses.js';
import type {Chain, Match, Rule, RuleTable, Table} from './iptables-rule.js';

export interface Packet {
	src: string;
	dst: string;
	dport: number;
	protocol: 'tcp' | 'udp';
	/** OUTPUT when the node itself sends the packet, PREROUTING when it arrives from a pod or another machine. */
	hook: 'PREROUTING' | 'OUTPUT';
}

export interface MatchedRule {
	table: Table;
	rule: Rule;
	/** For a session-affinity check that matched: when this client last used that endpoint. */
	lastSeenMs?: number;
	/** A jump into a chain where no rule matched: the packet came back unchanged. */
	uneventful?: boolean;
}

export type WalkVerdict = 'accept' | 'drop' | 'reject';

export interface Walk {
	verdict: WalkVerdict;
	/** The endpoint the packet was rewritten to, when a DNAT rule matched. */
	dnat?: Rule;
	masquerade: boolean;
	/** The nat and filter rules that matched before the verdict. */
	matched: MatchedRule[];
	/** The nat POSTROUTING rules that matched (after the verdict, when the packet leaves). */
	postrouting: MatchedRule[];
}

interface State {
	packet: Packet;
	node: NodeAddress;
	mark: number;
	dnat?: Rule;
	matched: MatchedRule[];
	/** Per chain: the endpoint index drawn for its load-balancing rules. */
	draws: Map<string, number>;
}

type Outcome = 'continue' | 'return' | 'dnat' | 'accept' | 'drop' | 'reject' | 'masquerade';

/** Session-affinity lists of the `recent` module: one per node and endpoint chain, keyed by source address. */
function recentKey(node: NodeAddress, list: string, src: string): string {
	return `${node.name}|${list}|${src}`;
}

function isLocal(node: NodeAddress, ip: string): boolean {
	return ip === node.ip || inCIDR(ip, '127.0.0.0/8');
}

function matches(cluster: Cluster, state: State, chain: Chain, index: number, match: Match, record: {lastSeenMs?: number}): boolean {
	const {packet, node} = state;
	switch (match.kind) {
		case 'comment':
		case 'nfacct':
			return true;
		case 'port':
			return match.protocol === packet.protocol && (match.dport === undefined || match.dport === packet.dport);
		case 'addrtype':
			return isLocal(node, match.type === 'src' ? packet.src : currentDst(state)) !== (match.negate ?? false);
		case 'statistic':
			return drawFor(cluster, state, chain, index, Number(match.probability));
		case 'recent-set':
			cluster.affinity.set(recentKey(node, match.name, packet.src), {endpoint: match.name, lastUsedMs: cluster.clock.now()});
			return true;
		case 'recent-check': {
			const key = recentKey(node, match.name, packet.src);
			const seen = cluster.affinity.get(key);
			if (!seen) return false;
			if (cluster.clock.now() - seen.lastUsedMs > match.seconds * 1000) {
				cluster.affinity.delete(key); // --reap
				return false;
			}
			record.lastSeenMs = seen.lastUsedMs;
			return true;
		}
		case 'mark':
			return ((state.mark & match.mask) === match.mark) !== match.negate;
		case 'conntrack': {
			const states = match.states.split(',');
			const has = states.includes('NEW') || (states.includes('DNAT') && state.dnat !== undefined);
			return has !== (match.negate ?? false);
		}
	}
}

/**
 * `-m statistic --mode random --probability 1/(n-i)` on the i-th of n rules picks each endpoint
 * with probability 1/n. One draw among the n rules when the packet meets the first of them gives
 * the same odds and makes one random choice per connection.
 */
function drawFor(cluster: Cluster, state: State, chain: Chain, index: number, probability = 1): boolean {
	const balance = chain.rules[index].about?.balance;
	if (!balance) return cluster.random.next() < probability;
	let drawn = state.draws.get(chain.name);
	if (drawn === undefined) {
		drawn = cluster.random.int(balance.count);
		state.draws.set(chain.name, drawn);
	}
	return drawn === balance.index;
}

function currentDst(state: State): string {
	return state.dnat?.target?.kind === 'DNAT' ? state.dnat.target.to.split(':')[0] : state.packet.dst;
}

function ruleMatches(cluster: Cluster, state: State, chain: Chain, index: number, record: {lastSeenMs?: number}): boolean {
	const rule = chain.rules[index];
	const dst = currentDst(state);
	if (rule.source && inCIDR(state.packet.src, rule.source.cidr) === (rule.source.negate ?? false)) return false;
	if (rule.destination && inCIDR(dst, rule.destination.cidr) === (rule.destination.negate ?? false)) return false;
	if (rule.protocol && rule.protocol !== state.packet.protocol) return false;
	// A load-balancing rule without a statistic match is the last of its group: it still takes part in the draw.
	if (rule.about?.balance && !rule.matches.some(m => m.kind === 'statistic') && !drawFor(cluster, state, chain, index)) return false;
	return rule.matches.every(match => matches(cluster, state, chain, index, match, record));
}

function walkChain(cluster: Cluster, table: RuleTable, name: Table, chainName: string, state: State, depth = 0): Outcome {
	const chain = table[name].find(c => c.name === chainName);
	if (!chain || depth > 16) return 'continue';
	for (let index = 0; index < chain.rules.length; index++) {
		const record: {lastSeenMs?: number} = {};
		if (!ruleMatches(cluster, state, chain, index, record)) continue;
		const rule = chain.rules[index];
		state.matched.push({table: name, rule, ...record});
		const target = rule.target;
		if (!target) continue;
		switch (target.kind) {
			case 'jump': {
				const position = state.matched.length;
				const outcome = walkChain(cluster, table, name, target.chain, state, depth + 1);
				if (state.matched.length === position) state.matched[position - 1].uneventful = true;
				if (outcome !== 'continue' && outcome !== 'return') return outcome;
				continue;
			}
			case 'RETURN':
				return 'return';
			case 'MARK':
				state.mark = (state.mark & ~target.mask) ^ target.mark;
				continue;
			case 'DNAT':
				state.dnat = rule;
				return 'dnat';
			case 'ACCEPT':
				return 'accept';
			case 'DROP':
				return 'drop';
			case 'REJECT':
				return 'reject';
			case 'MASQUERADE':
				return 'masquerade';
		}
	}
	return 'continue';
}

/** The filter chains a packet crosses after nat: FORWARD or INPUT, or OUTPUT (then INPUT when it stays on the node). */
function filterChains(state: State): string[] {
	const local = isLocal(state.node, currentDst(state));
	if (state.packet.hook === 'OUTPUT') return local ? ['OUTPUT', 'INPUT'] : ['OUTPUT'];
	return local ? ['INPUT'] : ['FORWARD'];
}

/**
 * Walk the packet. The nat table decides the destination, the filter table whether it passes
 * (a REJECT or DROP for a Service without usable endpoints), the nat POSTROUTING chain whether its
 * source is masqueraded.
 */
export function walkPacket(cluster: Cluster, table: RuleTable, node: NodeAddress, packet: Packet): Walk {
	const state: State = {packet, node, mark: 0, matched: [], draws: new Map()};
	walkChain(cluster, table, 'nat', packet.hook, state);
	let verdict: WalkVerdict = 'accept';
	for (const chain of filterChains(state)) {
		const outcome = walkChain(cluster, table, 'filter', chain, state);
		if (outcome === 'drop' || outcome === 'reject') {
			verdict = outcome;
			break;
		}
	}
	if (verdict !== 'accept') return {verdict, dnat: state.dnat, masquerade: false, matched: state.matched, postrouting: []};
	const before = state.matched.length;
	const outcome = walkChain(cluster, table, 'nat', 'POSTROUTING', state);
	const postrouting = state.matched.splice(before);
	return {verdict, dnat: state.dnat, masquerade: outcome === 'masquerade', matched: state.matched, postrouting};
}
