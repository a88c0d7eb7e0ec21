/**
 * What a fault kind is: it fits some apps, breaks one target of the app for real (the model it
 * edits becomes the manifests the setup applies), and knows how a user would notice it, how to
 * hint at it in tiers and one repair.
 */
import type {SeededRandom} from '../cluster/seeded-random.js';
import type {AppModel} from './drill-app.js';

/** A Service and the workload behind it on some request's path; faults break one of these. */
export interface DrillTarget {
	service: string;
	workload?: string;
}

export interface FaultEffect {
	kind: string;
	/** What is broken, for `solution`: "Service web selects app=wbe; the pods are labelled app=web". */
	what: string;
	/** A nudge (where to look), the concept, the exact command. */
	hints: [string, string, string];
	/** Commands that repair it, one per line (here-documents allowed). */
	repair: string;
	/** Objects and fields this fault edits (`Service/web.selector`, `Deployment/web.*`); two faults of one drill never share one. */
	slots: string[];
}

export interface FaultKind {
	kind: string;
	/** What the fault is, in a few words (the catalogue, `progress`). */
	title: string;
	/** It leaves no pod answering or no name resolving, so it hides what else is wrong. */
	hides: boolean;
	/** The targets of this app the fault can break. */
	targets(app: AppModel): DrillTarget[];
	/** Breaks `target` in `app` (a copy the generator owns) and says how. */
	apply(app: AppModel, target: DrillTarget, random: SeededRandom): FaultEffect;
}

/** `-n NS` for commands the repair prints. */
export const inNamespace = (namespace: string): string => `-n ${namespace}`;

/** A JSON argument quoted for the shell (our JSON never holds a single quote). */
export const quoted = (value: unknown): string => `'${JSON.stringify(value)}'`;

/** A letter swapped or doubled, so the name looks right at a glance but matches nothing. */
export function typo(word: string, random: SeededRandom): string {
	if (word.length >= 3) {
		const at = random.int(word.length - 1);
		const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
		if (swapped !== word) return swapped;
	}
	return `${word}${word[word.length - 1]}`;
}
