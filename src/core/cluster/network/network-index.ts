/**
 * Lookup tables over the store (Service by address or nodePort, EndpointSlices by Service, pod by
 * IP), rebuilt only when the store has changed since the last request. With 1,000 Services and
 * 10,000 pods a curl then costs a few map lookups instead of sorting and scanning every object.
 * Each table is rebuilt only when its own kind changed (the store hands out the same listing
 * until then), so labelling a Service does not re-read 10,000 pods.
 */
import type {EndpointSlice, Stored, StoredPod, StoredService} from '../kube-object.js';
import type {ObjectStore} from '../object-store.js';

export interface NetworkIndex {
	/** ClusterIPs, externalIPs and LoadBalancer IPs → Services using them (sorted by namespace/name). */
	servicesByIP: Map<string, Array<Readonly<StoredService>>>;
	servicesByNodePort: Map<number, Array<Readonly<StoredService>>>;
	/** `namespace/service` → its EndpointSlices. */
	slicesByService: Map<string, Array<Readonly<Stored<EndpointSlice>>>>;
	podsByIP: Map<string, Readonly<StoredPod>>;
}

type ServiceTables = Pick<NetworkIndex, 'servicesByIP' | 'servicesByNodePort'>;

/** The last index built, held by the Cluster (`cluster.networkIndexCache`). */
export interface NetworkIndexCache {
	last?: Cached;
}

/** What the index reads of a Cluster (a Cluster is one; this module does not import it). */
export interface IndexedCluster {
	readonly store: ObjectStore;
	readonly networkIndexCache: NetworkIndexCache;
}

interface Cached {
	changeCount: number;
	index: NetworkIndex;
	/** The store listings each table was built from. */
	sources: {services: readonly unknown[]; slices: readonly unknown[]; pods: readonly unknown[]};
}

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export function networkIndex(cluster: IndexedCluster): NetworkIndex {
	const changeCount = cluster.store.changeCount();
	const cached = cluster.networkIndexCache.last;
	if (cached && cached.changeCount === changeCount) return cached.index;
	const services = cluster.store.view<StoredService>('Service');
	const slices = cluster.store.view<Stored<EndpointSlice>>('EndpointSlice');
	const pods = cluster.store.view<StoredPod>('Pod');
	const same = (source: readonly unknown[], previous: readonly unknown[] | undefined) => source === previous;
	const index: NetworkIndex = {
		...(cached && same(services, cached.sources.services) ? pickServices(cached.index) : serviceTables(services)),
		slicesByService: cached && same(slices, cached.sources.slices) ? cached.index.slicesByService : sliceTable(slices),
		podsByIP: cached && same(pods, cached.sources.pods) ? cached.index.podsByIP : podTable(pods),
	};
	cluster.networkIndexCache.last = {changeCount, index, sources: {services, slices, pods}};
	return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) {
		if (!list.includes(value)) list.push(value);
	} else map.set(key, [value]);
}

function pickServices(index: NetworkIndex): ServiceTables {
	return {servicesByIP: index.servicesByIP, servicesByNodePort: index.servicesByNodePort};
}

function serviceTables(services: ReadonlyArray<Readonly<StoredService>>): ServiceTables {
	const tables: ServiceTables = {servicesByIP: new Map(), servicesByNodePort: new Map()};
	for (const service of services) {
		const spec = service.spec;
		if (!spec || spec.type === 'ExternalName') continue;
		const addresses = [spec.clusterIP, ...(spec.clusterIPs ?? []), ...(spec.externalIPs ?? []), ...(service.status?.loadBalancer?.ingress ?? []).map(i => i.ip)];
		for (const ip of addresses) if (ip && ip !== 'None') push(tables.servicesByIP, ip, service);
		for (const port of spec.ports ?? []) if (port.nodePort) push(tables.servicesByNodePort, port.nodePort, service);
	}
	return tables;
}

function sliceTable(slices: ReadonlyArray<Readonly<Stored<EndpointSlice>>>): NetworkIndex['slicesByService'] {
	const table: NetworkIndex['slicesByService'] = new Map();
	for (const slice of slices) {
		const owner = slice.metadata.labels?.[SERVICE_NAME_LABEL];
		if (owner) push(table, `${slice.metadata.namespace ?? ''}/${owner}`, slice);
	}
	return table;
}

function podTable(pods: ReadonlyArray<Readonly<StoredPod>>): NetworkIndex['podsByIP'] {
	const table: NetworkIndex['podsByIP'] = new Map();
	for (const pod of pods) {
		const ip = pod.status?.podIP;
		const phase = pod.status?.phase;
		if (!ip || pod.spec?.hostNetwork || phase === 'Succeeded' || phase === 'Failed') continue;
		if (!table.has(ip)) table.set(ip, pod);
	}
	return table;
}
