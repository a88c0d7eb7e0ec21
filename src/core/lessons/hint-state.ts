/**
 * Hints for one task as a small state machine: hints are revealed one tier at a time (a nudge,
 * the concept, the command's shape), the solution can be revealed at any point, and a task whose
 * solution was revealed counts as assisted rather than done — even when its checks pass.
 */
export interface HintState {
	/** How many hints are showing: 0 (none) up to the task's hint count (at most 3). */
	level: number;
	solutionRevealed: boolean;
}

export type HintAction = {type: 'hint'} | {type: 'reveal-solution'} | {type: 'reset'};

export type TaskStatus = 'todo' | 'done' | 'assisted';

export const MAX_HINT_LEVEL = 3;

export const initialHintState: HintState = {level: 0, solutionRevealed: false};

export function hintReducer(state: HintState, action: HintAction, hintCount: number): HintState {
	switch (action.type) {
		case 'hint': {
			const level = Math.min(state.level + 1, hintCount, MAX_HINT_LEVEL);
			return level === state.level ? state : {...state, level};
		}
		case 'reveal-solution':
			return state.solutionRevealed ? state : {...state, solutionRevealed: true};
		case 'reset':
			return initialHintState;
	}
}

/** The hints the learner has asked for so far. */
export function visibleHints(hints: readonly string[], state: HintState): string[] {
	return hints.slice(0, Math.min(state.level, MAX_HINT_LEVEL));
}

export function hasMoreHints(hints: readonly string[], state: HintState): boolean {
	return state.level < Math.min(hints.length, MAX_HINT_LEVEL);
}

/** Passing checks make a task done, unless the learner was shown the solution. */
export function taskStatus(passed: boolean, state: HintState): TaskStatus {
	if (!passed) return 'todo';
	return state.solutionRevealed ? 'assisted' : 'done';
}
