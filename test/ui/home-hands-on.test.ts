import {describe, expect, it} from 'vitest';
import {initialState} from '../../src/core/app/app-state.js';
import {summariseProgress} from '../../src/core/app/progress-summary.js';
import {recordDrill} from '../../src/core/progress/drill-progress.js';
import {emptyProgress} from '../../src/core/progress/progress-schema.js';
import {homeText} from '../../src/plain/home.js';
import {summaryLine} from '../../src/ui/screens/Home.js';
import {progressLines} from '../../src/ui/screens/Progress.js';

const missed = recordDrill(emptyProgress(), {id: 'a', at: '2026-11-20T10:00:00.000Z', seed: 4, level: 1, template: 'web-service', faults: ['selector-typo'], passed: false, assisted: false, hints: 2});

describe('the home screen and hands-on reviews', () => {
	it('says when the next review falls while nothing is due', () => {
		const state = {...initialState({columns: 80, rows: 24}), loaded: true, progress: summariseProgress(missed, new Date('2026-11-20T12:00:00Z'))};
		expect(summaryLine(state)).toBe('0 of 0 lessons done · 0 reviews due · next review 2026-11-21');
	});

	it('shows the hands-on items due and how to run them', () => {
		const progress = summariseProgress(missed, new Date('2026-11-22T12:00:00Z'));
		const state = {...initialState({columns: 80, rows: 24}), loaded: true, progress};
		expect(summaryLine(state)).toBe('0 of 0 lessons done · 0 reviews due · 1 hands-on due');
		expect(progressLines(state)).toContain('Hands-on reviews due: 1 (kubetutor progress lists them)');
		expect(homeText({version: '1.0.0', lessons: [], quizzes: [], progress, warnings: []})).toContain('Drills: kubetutor drill  (a seeded break/fix scenario); kubetutor drill --review  (1 hands-on due for review)\n');
	});
});
