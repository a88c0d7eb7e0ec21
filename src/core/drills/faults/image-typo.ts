/** A misspelt image: the pods stay in ErrImagePull / ImagePullBackOff. */
import type {SeededRandom} from '../../cluster/seeded-random.js';
import type {FaultKind} from '../drill-fault.js';
import {typo} from '../drill-fault.js';
import {patchContainer, resourceOf} from './fault-commands.js';
import {controlled, resolve, targetsWhere} from './target-filters.js';

/** A wrong tag of a known image (containerd's "not found") or a misspelt name ("pull access denied"). */
function wrongImage(image: string, random: SeededRandom): string {
	const colon = image.lastIndexOf(':');
	const name = image.slice(0, colon);
	const tag = image.slice(colon + 1);
	if (name === 'nginx' && random.int(2) === 0) return `${name}:${random.pick(['1.72', '1.277', '1.27-alpin', 'lastest'])}`;
	const slash = name.lastIndexOf('/');
	return `${name.slice(0, slash + 1)}${typo(name.slice(slash + 1), random)}:${tag}`;
}

export const imageTypo: FaultKind = {
	kind: 'image-typo',
	title: 'a typo in the image name or tag',
	hides: true,
	targets: app => targetsWhere(app, ({workload}) => controlled(workload)),
	apply(app, target, random) {
		const {workload} = resolve(app, target);
		if (!workload) throw new Error('image-typo needs a workload');
		const right = workload.container.image;
		const wrong = wrongImage(right, random);
		workload.container.image = wrong;
		const ns = workload.namespace;
		return {
			kind: 'image-typo',
			what: `${resourceOf(workload)} runs image ${wrong}, which does not exist; it should be ${right}`,
			hints: [
				`Are the pods of ${resourceOf(workload)} running? kubectl get pods -n ${ns}`,
				'A pod whose image cannot be pulled never starts (ErrImagePull, then ImagePullBackOff); kubectl describe pod shows the registry\'s answer in its events.',
				`kubectl patch ${resourceOf(workload)} -n ${ns} -p '{"spec":{"template":{"spec":{"containers":[{"name":"${workload.container.name}","image":"${right}"}]}}}}'`,
			],
			repair: patchContainer(workload, {image: right}),
			slots: [`Workload/${workload.name}.image`],
		};
	},
};
