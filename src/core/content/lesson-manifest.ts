import {parseAllDocuments} from 'yaml';

/**
 * True when a fenced yaml block holds whole Kubernetes objects (every document has apiVersion and
 * kind), so it can be sent to the sandbox as it is. Fragments shown for explanation do not count.
 */
export function isManifest(text: string): boolean {
	try {
		const docs = parseAllDocuments(text);
		if (!Array.isArray(docs)) return false;
		const values = docs.filter(doc => doc.contents !== null).map(doc => {
			if (doc.errors.length > 0) return undefined;
			return doc.toJS() as unknown;
		});
		return values.length > 0 && values.every(value => {
			if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
			const object = value as Record<string, unknown>;
			return typeof object.apiVersion === 'string' && typeof object.kind === 'string';
		});
	} catch {
		return false;
	}
}
