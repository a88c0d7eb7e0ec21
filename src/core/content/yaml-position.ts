import {isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node} from 'yaml';

export type PathKey = string | number;

/**
 * Where a value sits in its YAML file: the node at `path`, or (for a missing key) its parent.
 * `key: true` points at the key of a map entry instead of its value (unknown fields).
 */
export function positionOf(doc: Document, counter: LineCounter, path: PathKey[], options: {key?: boolean} = {}): {line: number; col: number} {
	let node: unknown = doc.contents;
	let keyNode: unknown;
	for (const step of path) {
		if (isMap(node)) {
			const pair = node.items.find(item => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
			if (!pair || !isPair(pair)) break;
			keyNode = pair.key;
			node = pair.value ?? pair.key;
		} else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
			keyNode = undefined;
			node = node.items[step];
		} else {
			break;
		}
	}
	const target = options.key && keyNode ? keyNode : node;
	const offset = isNode(target) && (target as Node).range ? (target as Node).range![0] : 0;
	return counter.linePos(offset);
}
