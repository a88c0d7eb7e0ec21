/**
 * Keys from a manifest are data: `__proto__`, `constructor` and `prototype` are looked up and set
 * as own properties only, so a manifest can never reach an object's prototype (real
 * kube-apiserver treats them as any other unknown field or map key).
 */
export function ownValue<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}

export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true});
}
