import type {ObjectStore} from '../object-store.js';
import type {ServiceObject} from './writable.js';

/**
 * Which ClusterIPs and NodePorts the stored Services hold, kept by the Cluster
 * (`cluster.allocations`) so that creating the thousandth Service does not rescan the other 999. The API server records its own writes; a
 * change in the number of Services (the bootstrap writing straight into the store) triggers a rescan.
 */
interface Holdings {
	ips: string[];
	ports: number[];
}

export interface ServiceKey {
	namespace: string;
	name: string;
}

const keyOf = (key: ServiceKey) => `${key.namespace}/${key.name}`;

export class AllocationIndex {
	private readonly byService = new Map<string, Holdings>();
	private readonly ipHolders = new Map<string, number>();
	private readonly portHolders = new Map<number, number>();
	private serviceCount = -1;

	constructor(private readonly store: ObjectStore) {}

	private sync(): void {
		if (this.store.count('Service') === this.serviceCount) return;
		this.byService.clear();
		this.ipHolders.clear();
		this.portHolders.clear();
		for (const service of this.store.view<ServiceObject>('Service')) this.add(service);
		this.serviceCount = this.store.count('Service');
	}

	private add(service: Readonly<ServiceObject>): void {
		const holdings = holdingsOf(service);
		this.byService.set(keyOf({namespace: service.metadata.namespace ?? '', name: service.metadata.name}), holdings);
		for (const ip of holdings.ips) this.ipHolders.set(ip, (this.ipHolders.get(ip) ?? 0) + 1);
		for (const port of holdings.ports) this.portHolders.set(port, (this.portHolders.get(port) ?? 0) + 1);
	}

	forget(key: ServiceKey): void {
		const holdings = this.byService.get(keyOf(key));
		if (!holdings) return;
		this.byService.delete(keyOf(key));
		for (const ip of holdings.ips) decrement(this.ipHolders, ip);
		for (const port of holdings.ports) decrement(this.portHolders, port);
	}

	/** After the API server stored (or replaced) a Service. */
	record(service: Readonly<ServiceObject>): void {
		const key = {namespace: service.metadata.namespace ?? '', name: service.metadata.name};
		const known = this.byService.has(keyOf(key));
		const count = this.store.count('Service');
		if (this.serviceCount !== (known ? count : count - 1)) {
			this.serviceCount = -1;
			return this.sync();
		}
		this.forget(key);
		this.add(service);
		this.serviceCount = count;
	}

	/** After the API server removed one Service. */
	removedService(key: ServiceKey): void {
		const count = this.store.count('Service');
		if (!this.byService.has(keyOf(key)) || this.serviceCount !== count + 1) {
			this.serviceCount = -1;
			return;
		}
		this.forget(key);
		this.serviceCount = count;
	}

	/** After the API server removed many objects at once (a namespace): rescan on next use. */
	invalidate(): void {
		this.serviceCount = -1;
	}

	ipTaken(ip: string, skip?: ServiceKey): boolean {
		this.sync();
		const own = skip ? (this.byService.get(keyOf(skip))?.ips.filter(held => held === ip).length ?? 0) : 0;
		return (this.ipHolders.get(ip) ?? 0) - own > 0;
	}

	portTaken(port: number, skip?: ServiceKey): boolean {
		this.sync();
		const own = skip ? (this.byService.get(keyOf(skip))?.ports.filter(held => held === port).length ?? 0) : 0;
		return (this.portHolders.get(port) ?? 0) - own > 0;
	}
}

function decrement<K>(counts: Map<K, number>, key: K): void {
	const left = (counts.get(key) ?? 0) - 1;
	if (left > 0) counts.set(key, left);
	else counts.delete(key);
}

function holdingsOf(service: Readonly<ServiceObject>): Holdings {
	const spec = service.spec ?? {};
	const ips = spec.type === 'ExternalName' ? [] : (spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])).filter(ip => ip && ip !== 'None');
	const ports = (spec.ports ?? []).map(port => port.nodePort ?? 0).filter(port => port > 0);
	if (spec.healthCheckNodePort) ports.push(spec.healthCheckNodePort);
	return {ips, ports: [...new Set(ports)]};
}

/** The taken set seen by one write: the index minus the written Service, plus what this write claimed. */
export class TakenSet<T extends string | number> {
	private readonly claimed = new Set<T>();

	constructor(private readonly takenElsewhere: (value: T) => boolean) {}

	has(value: T): boolean {
		return this.claimed.has(value) || this.takenElsewhere(value);
	}

	add(value: T): void {
		this.claimed.add(value);
	}
}
