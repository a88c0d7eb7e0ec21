import type {Node} from 'kubernetes-types/core/v1.js';
import {compareStrings} from './format-labels.js';

/** A node's ROLES (`control-plane`), from its `node-role.kubernetes.io/*` and `kubernetes.io/role` labels. */
export function nodeRoles(node: Node): string {
	const roles = new Set<string>();
	for (const [key, value] of Object.entries(node.metadata?.labels ?? {})) {
		if (key.startsWith('node-role.kubernetes.io/')) roles.add(key.slice('node-role.kubernetes.io/'.length));
		else if (key === 'kubernetes.io/role' && value) roles.add(value);
	}
	return [...roles].sort(compareStrings).join(',') || '<none>';
}
