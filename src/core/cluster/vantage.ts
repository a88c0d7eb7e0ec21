/** Where a command runs from: the learner's laptop, a node (after `ssh`), or inside a pod. */
export type Vantage =
	| {kind: 'laptop'}
	| {kind: 'node'; node: string}
	| {kind: 'pod'; namespace: string; pod: string};

export const LAPTOP: Vantage = {kind: 'laptop'};
