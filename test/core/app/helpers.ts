import type {Action} from '../../../src/core/app/actions.js';
import {initialState, type AppState, type Screen} from '../../../src/core/app/app-state.js';
import {reducer} from '../../../src/core/app/reducer.js';
import type {Lesson} from '../../../src/core/content/lesson.js';

export function lesson(id: string, order: number, extra: Partial<Lesson> = {}): Lesson {
	return {id, title: `Title ${id}`, order, summary: '', tasks: undefined, frontMatter: {}, body: `# ${id}\n`, bodyLine: 6, file: `${id}.md`, ...extra};
}

export function run(state: AppState, ...actions: Action[]): AppState {
	return actions.reduce(reducer, state);
}

export function keys(state: AppState, ...names: string[]): AppState {
	return run(state, ...names.map(name => ({type: 'key', name}) as Action));
}

export function loadedState(screen?: Screen, lessons = [lesson('intro', 1), lesson('clusterip', 2)]): AppState {
	return run(initialState({columns: 80, rows: 24}, screen), {type: 'app/loaded', lessons, quizzes: [{id: 'intro-quiz', title: 'Intro', questions: 3}], warnings: []});
}

/** A rendered lesson of `count` numbered lines with manifests on the given lines. */
export function rendered(id: string, count: number, manifestLines: number[] = []): Action {
	return {
		type: 'lesson/rendered',
		rendered: {
			lesson: id,
			width: 78,
			lines: Array.from({length: count}, (_, i) => `line ${i + 1}`),
			manifests: manifestLines.map((line, i) => ({number: i + 1, yaml: `kind: Service\nmetadata:\n  name: m${i + 1}\n`, line})),
		},
	};
}
