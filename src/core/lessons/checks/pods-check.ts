/** Enough pods with the given labels are Ready. */
import type {Cluster} from '../../cluster/cluster.js';
import type {CheckResult, PodsCheck} from '../task.js';
import {formatSelector, isPodReady, podsMatching} from './service-facts.js';

export function podsCheckLabel(check: PodsCheck): string {
	const count = check.min === 1 ? 'A pod' : `${check.min} pods`;
	return `${count} with ${formatSelector(check.selector)} ${check.min === 1 ? 'is' : 'are'} Ready`;
}

export function runPodsCheck(cluster: Cluster, check: PodsCheck): CheckResult {
	const label = check.label ?? podsCheckLabel(check);
	const pods = podsMatching(cluster, check.namespace, check.selector);
	const ready = pods.filter(isPodReady).length;
	if (ready >= check.min) return {label, passed: true};
	const selector = formatSelector(check.selector);
	const why =
		pods.length === 0
			? `No pod in namespace ${check.namespace} has the labels ${selector}`
			: `${ready} of ${pods.length} pods with ${selector} ${ready === 1 ? 'is' : 'are'} Ready; ${check.min} needed`;
	return {label, passed: false, why};
}
