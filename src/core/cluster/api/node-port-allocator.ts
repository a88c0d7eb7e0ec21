import type {SeededRandom} from '../seeded-random.js';
import {NODE_PORT_RANGE} from '../topology.js';
import {TakenSet, type AllocationIndex, type ServiceKey} from './allocation-index.js';

/**
 * The one cluster-wide NodePort pool (§4.2, §4.3): nodePorts and healthCheckNodePorts of every
 * Service in every namespace. Derived from the store, so releases need no bookkeeping.
 */
const SIZE = NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1;
/** Lower band kept for static requests: min(max(16, size/32), 128) ports — 30000-30085. */
const STATIC_BAND = Math.min(Math.max(16, Math.floor(SIZE / 32)), 128);

export function usedNodePorts(index: AllocationIndex, skip?: ServiceKey): TakenSet<number> {
	return new TakenSet<number>(port => index.portTaken(port, skip));
}

/** A free port, random in 30086-32767, then the static band. Marks it used. */
export function allocateNodePort(random: SeededRandom, used: TakenSet<number>): number | undefined {
	const dynamicFirst = NODE_PORT_RANGE.min + STATIC_BAND;
	const port =
		probe(dynamicFirst + random.int(NODE_PORT_RANGE.max - dynamicFirst + 1), dynamicFirst, NODE_PORT_RANGE.max, used) ??
		probe(NODE_PORT_RANGE.min, NODE_PORT_RANGE.min, dynamicFirst - 1, used);
	if (port !== undefined) used.add(port);
	return port;
}

function probe(start: number, first: number, last: number, used: TakenSet<number>): number | undefined {
	const count = last - first + 1;
	for (let step = 0; step < count; step++) {
		const port = first + ((start - first + step) % count);
		if (!used.has(port)) return port;
	}
	return undefined;
}

/** Claims a requested port; returns why it cannot be had, or undefined (and marks it used). */
export function claimNodePort(port: number, used: TakenSet<number>): string | undefined {
	if (port < NODE_PORT_RANGE.min || port > NODE_PORT_RANGE.max) {
		return `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`;
	}
	if (used.has(port)) return 'provided port is already allocated';
	used.add(port);
	return undefined;
}
