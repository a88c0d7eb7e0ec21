import {clone, type KubeObject} from './kube-object.js';

type Bucket = Map<string, KubeObject>; // name → object

/**
 * A bucket's names in sorted order, kept up to date cheaply: new names wait in `added` and are
 * merged in on the next read, so listing 50,000 events after a few new ones does not re-sort them all.
 */
interface BucketOrder {
	sorted: string[] | undefined; // undefined after a removal: sort afresh on the next read
	added: string[];
}

/** One write to the store, as recorded in its change log. */
export interface StoreChange {
	kind: string;
	namespace: string; // '' for cluster-scoped objects
	name: string;
}

/**
 * The API server's storage: objects by kind, namespace and name.
 *
 * `get`/`list` return copies for callers that may edit them. Controllers and printers that only
 * read use `peek`/`view`, which return the stored objects themselves (frozen) so a cluster of
 * 10,000 pods is not copied on every reconcile.
 */
export class ObjectStore {
	private readonly kinds = new Map<string, Map<string, Bucket>>(); // kind → namespace → bucket
	private resourceVersion = 1000;
	/**
	 * Every put/remove in order, so the controllers can react to what changed instead of rescanning
	 * 10,000 pods after each write. `changeBase` counts entries already forgotten.
	 */
	private changeLog: StoreChange[] = [];
	private changeBase = 0;
	/**
	 * `view` results by kind, then namespace ('*' for all), dropped on any write to the kind: a
	 * describe or a curl reads 50,000 events or 10,000 pods that rarely changed since the last read.
	 */
	private readonly views = new Map<string, Map<string, ReadonlyArray<Readonly<KubeObject>>>>();
	private readonly orders = new WeakMap<Bucket, BucketOrder>();

	get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
		const found = this.peek<T>(kind, namespace, name);
		return found ? clone(found) : undefined;
	}

	/** The stored object, read-only. */
	peek<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): Readonly<T> | undefined {
		return this.kinds.get(kind)?.get(namespace ?? '')?.get(name) as T | undefined;
	}

	has(kind: string, namespace: string | undefined, name: string): boolean {
		return this.kinds.get(kind)?.get(namespace ?? '')?.has(name) ?? false;
	}

	/** Copies of the objects of a kind, sorted by namespace then name (as `kubectl get -A` lists them). */
	list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
		return this.view<T>(kind, namespace).map(object => clone(object) as T);
	}

	/** The stored objects of a kind, read-only, sorted by namespace then name. */
	view<T extends KubeObject = KubeObject>(kind: string, namespace?: string): ReadonlyArray<Readonly<T>> {
		const namespaces = this.kinds.get(kind);
		if (!namespaces) return [];
		let cached = this.views.get(kind);
		if (!cached) this.views.set(kind, (cached = new Map()));
		const scope = namespace ?? '*';
		const hit = cached.get(scope);
		if (hit) return hit as ReadonlyArray<Readonly<T>>;
		const names = namespace === undefined ? [...namespaces.keys()].sort() : [namespace];
		const out: T[] = [];
		for (const ns of names) {
			const bucket = namespaces.get(ns);
			if (!bucket) continue;
			for (const name of this.sortedNames(bucket)) out.push(bucket.get(name) as T);
		}
		// Frozen because every caller shares it.
		cached.set(scope, Object.freeze(out));
		return out;
	}

	/** Number of stored objects of a kind (in one namespace, or all). */
	count(kind: string, namespace?: string): number {
		const namespaces = this.kinds.get(kind);
		if (!namespaces) return 0;
		if (namespace !== undefined) return namespaces.get(namespace)?.size ?? 0;
		let n = 0;
		for (const bucket of namespaces.values()) n += bucket.size;
		return n;
	}

	/** Stores a copy of the object (create or replace), bumping its resourceVersion; returns a copy. */
	put<T extends KubeObject>(object: T): T {
		return clone(this.write(clone(this.versioned(object))));
	}

	/**
	 * Like `put`, without copying: the object (which may share frozen parts with stored objects)
	 * is frozen and stored as is. For controllers that build fresh objects and never touch them again.
	 */
	save(object: KubeObject): Readonly<KubeObject> {
		return this.write(this.versioned(object));
	}

	private versioned<T extends KubeObject>(object: T): T {
		return {...object, metadata: {...object.metadata, resourceVersion: String(++this.resourceVersion)}};
	}

	private write<T extends KubeObject>(stored: T): T {
		deepFreeze(stored);
		let namespaces = this.kinds.get(stored.kind);
		if (!namespaces) this.kinds.set(stored.kind, (namespaces = new Map()));
		const ns = stored.metadata.namespace ?? '';
		let bucket = namespaces.get(ns);
		if (!bucket) namespaces.set(ns, (bucket = new Map()));
		if (!bucket.has(stored.metadata.name)) this.orderOf(bucket).added.push(stored.metadata.name);
		bucket.set(stored.metadata.name, stored);
		this.views.delete(stored.kind);
		this.changeLog.push({kind: stored.kind, namespace: ns, name: stored.metadata.name});
		return stored;
	}

	remove(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
		const bucket = this.kinds.get(kind)?.get(namespace ?? '');
		const found = bucket?.get(name);
		bucket?.delete(name);
		if (found && bucket) {
			this.orderOf(bucket).sorted = undefined;
			this.views.delete(kind);
			this.changeLog.push({kind, namespace: namespace ?? '', name});
		}
		return found ? clone(found) : undefined;
	}

	/** Number of writes (put or remove) so far; a cursor for `changesSince`. */
	changeCount(): number {
		return this.changeBase + this.changeLog.length;
	}

	/** The writes made after `cursor` (a value of `changeCount()`), oldest first. */
	changesSince(cursor: number): readonly StoreChange[] {
		return this.changeLog.slice(Math.max(0, cursor - this.changeBase));
	}

	/** Drops log entries before `cursor`; only the controllers' change tracker calls this. */
	forgetChangesBefore(cursor: number): void {
		const drop = Math.min(this.changeLog.length, cursor - this.changeBase);
		if (drop <= 0) return;
		this.changeLog.splice(0, drop);
		this.changeBase += drop;
	}

	private orderOf(bucket: Bucket): BucketOrder {
		let order = this.orders.get(bucket);
		if (!order) this.orders.set(bucket, (order = {sorted: [], added: []}));
		return order;
	}

	private sortedNames(bucket: Bucket): readonly string[] {
		const order = this.orderOf(bucket);
		if (!order.sorted) {
			order.sorted = [...bucket.keys()].sort();
			order.added = [];
		} else if (order.added.length > 0) {
			order.sorted = mergeSorted(order.sorted, order.added.sort());
			order.added = [];
		}
		return order.sorted;
	}

	kindsStored(): string[] {
		return [...this.kinds.keys()].filter(kind => this.count(kind) > 0).sort();
	}
}

/** Freezes every part not frozen yet (parts shared with stored objects already are). */
function deepFreeze(value: object): void {
	if (Object.isFrozen(value)) return;
	Object.freeze(value);
	// for…in, not Object.values: no array per object for 10,000 pods and their events.
	const record = value as Record<string, unknown>;
	for (const key in record) {
		const child = record[key];
		if (child !== null && typeof child === 'object') deepFreeze(child);
	}
}

/** Two sorted lists as one, in the order `Array.prototype.sort` gives strings (UTF-16 code units). */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
	const out: string[] = new Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = b[j] < a[i] ? b[j++] : a[i++];
	while (i < a.length) out[k++] = a[i++];
	while (j < b.length) out[k++] = b[j++];
	return out;
}
