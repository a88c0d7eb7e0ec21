import type {SeededRandom} from '../seeded-random.js';
import {SERVICE_CIDR} from '../topology.js';
import {TakenSet, type AllocationIndex, type ServiceKey} from './allocation-index.js';
import {formatIPv4, parseCidr, parseIPv4} from './ip-address.js';

/**
 * ClusterIP allocation from the Service CIDR (docs/simulation.md, "API server"). The pool is derived
 * from the stored Services each time, so deleting a Service or turning it into ExternalName frees
 * its address without bookkeeping.
 */
const RANGE = parseCidr(SERVICE_CIDR);
/** Lower band kept for static requests: min(max(16, size/16), 256) addresses after the network address. */
const STATIC_BAND = Math.min(Math.max(16, RANGE.size / 16), 256);
const FIRST = 1;
const LAST = RANGE.size - 2;

export type {ServiceKey} from './allocation-index.js';

export function usedClusterIPs(index: AllocationIndex, skip?: ServiceKey): TakenSet<string> {
	return new TakenSet<string>(ip => index.ipTaken(ip, skip));
}

/** A free address, random in the upper band, falling back to the static band when that is full. */
export function allocateClusterIP(random: SeededRandom, used: TakenSet<string>): string | undefined {
	const dynamicFirst = FIRST + STATIC_BAND;
	return probe(dynamicFirst + random.int(LAST - dynamicFirst + 1), dynamicFirst, LAST, used) ?? probe(FIRST, FIRST, dynamicFirst - 1, used);
}

function probe(start: number, first: number, last: number, used: TakenSet<string>): string | undefined {
	const count = last - first + 1;
	for (let step = 0; step < count; step++) {
		const offset = first + ((start - first + step) % count);
		const ip = formatIPv4(RANGE.base + offset);
		if (!used.has(ip)) return ip;
	}
	return undefined;
}

/** Why a requested clusterIP cannot be had (v1.33+ wording), or undefined when it is free. */
export function requestedClusterIPProblem(ip: string, used: TakenSet<string>): string | undefined {
	const value = parseIPv4(ip);
	if (value === undefined || value < RANGE.base || value >= RANGE.base + RANGE.size) return 'the provided network does not match the current range';
	const offset = value - RANGE.base;
	if (offset < FIRST || offset > LAST) return `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${RANGE.text}`;
	if (used.has(ip)) return 'provided IP is already allocated';
	return undefined;
}
