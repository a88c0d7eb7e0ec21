/**
 * JSON with object keys sorted at every level and no spaces: equal data always gives equal text,
 * however it was built or pretty-printed. Controllers compare objects and hash templates with it;
 * progress exports are digested over it.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value ?? null, (_key, inner: unknown) => {
		if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
			const sorted: Record<string, unknown> = {};
			for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
			return sorted;
		}
		return inner;
	});
}
