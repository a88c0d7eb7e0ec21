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

/**
 * A manifest a lesson offers to the sandbox ("Try it"): its number as the reader labels it, its
 * text, where its fence opens in the body, and the tasks it completes when the lesson says so
 * (```` ```yaml completes=TASK-ID ````; applying it makes those tasks assisted).
 */
export interface TryItManifest {
	number: number;
	yaml: string;
	/** 1-based line of the opening fence in the body. */
	bodyLine: number;
	completes: string[];
}

/** The task ids a fence's info string marks as completed: `yaml completes=a,b` → ['a', 'b']. */
export function completesMarker(info: string): string[] {
	const marker = /(?:^|\s)completes=(\S+)/.exec(info);
	return marker ? marker[1].split(',').filter(Boolean) : [];
}

/** Every fenced yaml block of a lesson body that holds whole objects, numbered as the reader numbers them. */
export function tryItManifests(body: string): TryItManifest[] {
	const manifests: TryItManifest[] = [];
	const lines = body.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const open = /^ {0,3}(`{3,}|~{3,})\s*(\S*)(.*)$/.exec(lines[index]);
		if (!open) continue;
		const fence = open[1];
		const end = lines.findIndex((line, later) => later > index && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '');
		const last = end < 0 ? lines.length : end;
		const text = lines.slice(index + 1, last).join('\n');
		if ((open[2] === 'yaml' || open[2] === 'yml') && isManifest(text)) {
			manifests.push({number: manifests.length + 1, yaml: `${text.replace(/\n*$/, '')}\n`, bodyLine: index + 1, completes: completesMarker(open[3])});
		}
		index = last;
	}
	return manifests;
}

/** The same manifest, whatever blank lines or indentation a paste added around it. */
export function sameManifest(a: string, b: string): boolean {
	const shape = (text: string): string => text.replace(/\r/g, '').split('\n').map(line => line.trimEnd()).filter(Boolean).join('\n');
	return shape(a) === shape(b);
}
