import type {KubeObject} from '../kube-object.js';
import type {ControllerState} from './controller-state.js';

/** Objects of `kind` whose controlling owner is the object with `uid`, in name order. */
export function ownedBy<T extends KubeObject>(state: ControllerState, uid: string | undefined, kind: string): Array<Readonly<T>> {
	if (!uid) return [];
	const out: Array<Readonly<T>> = [];
	for (const key of state.dependents.get(uid) ?? []) {
		if (!key.startsWith(`${kind}|`)) continue;
		const object = state.objects.get(key);
		if (object && object.metadata.ownerReferences?.some(ref => ref.uid === uid && ref.controller)) out.push(object as Readonly<T>);
	}
	return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}
