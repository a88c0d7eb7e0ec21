import type {LabelSelector} from 'kubernetes-types/meta/v1.js';

/** labels.FormatLabels: `k=v` pairs sorted by key joined by `,`; `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined | null): string {
	const keys = Object.keys(labels ?? {}).sort(compareStrings);
	if (keys.length === 0) return '<none>';
	return keys.map(key => `${key}=${labels![key]}`).join(',');
}

/**
 * metav1.FormatLabelSelector / LabelSelectorAsSelector().String(): requirements sorted by key;
 * `<none>` for an empty selector (`kubectl describe`), which kubectl get prints as an empty cell.
 */
export function formatLabelSelector(selector: LabelSelector | undefined | null): string {
	const parts: {key: string; text: string}[] = [];
	for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) parts.push({key, text: `${key}=${value}`});
	for (const expression of selector?.matchExpressions ?? []) {
		const values = [...(expression.values ?? [])].sort(compareStrings).join(',');
		const text =
			expression.operator === 'In'
				? `${expression.key} in (${values})`
				: expression.operator === 'NotIn'
					? `${expression.key} notin (${values})`
					: expression.operator === 'Exists'
						? expression.key
						: expression.operator === 'DoesNotExist'
							? `!${expression.key}`
							: `${expression.key} ${expression.operator} (${values})`;
		parts.push({key: expression.key, text});
	}
	if (parts.length === 0) return '<none>';
	return parts
		.sort((a, b) => compareStrings(a.key, b.key))
		.map(part => part.text)
		.join(',');
}

/** Byte-wise comparison, as Go's sort.Strings (not locale-aware). */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
