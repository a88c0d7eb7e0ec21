import {describe, expect, it} from 'vitest';
import {pageCount, pageNumber, pageStarts, snapToPage, turnPage} from '../../../src/core/app/lesson-paging.js';
import {keys, loadedState, rendered, run} from './helpers.js';
import {lessonPageText} from '../../../src/ui/screens/Lesson.js';

describe('lesson pages', () => {
	it('are viewport-sized, the last one ending with the lesson', () => {
		expect(pageStarts(50, 20)).toEqual([0, 20, 30]);
		expect(pageCount(50, 20)).toBe(3);
	});

	it('never split a table that fits on a page: it moves whole to the next page, header and rows together', () => {
		const table = [{start: 16, end: 24}];
		expect(pageStarts(60, 20, table)).toEqual([0, 16, 36, 40]);
		expect(turnPage(0, 1, 60, 20, table)).toBe(16);
		expect(pageNumber(16, 60, 20, table)).toBe(2);
		// A table taller than a page cannot stay whole: pages break as usual.
		expect(pageStarts(60, 5, [{start: 3, end: 20}]).slice(0, 3)).toEqual([0, 5, 10]);
	});

	it('turn from the page in view; PgUp after a few lines first goes back to that page\'s start', () => {
		expect(turnPage(23, -1, 60, 20)).toBe(20);
		expect(turnPage(20, -1, 60, 20)).toBe(0);
		expect(turnPage(20, 1, 60, 20)).toBe(40);
	});

	it('snap to the page the top line is on', () => {
		expect(snapToPage(27, 100, 20)).toBe(20);
	});

	it('say "page N of M" for what is shown, also after a resize', () => {
		let state = run(loadedState(), {type: 'nav/open', screen: {kind: 'lesson', lesson: 'intro', offset: 0}}, rendered('intro', 100));
		state = keys(state, 'space', 'down', 'down', 'down');
		state = run(state, {type: 'app/resize', size: {columns: 80, rows: 12}});
		const screen = state.screen as {offset: number};
		const height = 12 - 4;
		expect(screen.offset % height).toBe(0);
		expect(lessonPageText(state)).toBe(`page ${screen.offset / height + 1} of ${Math.ceil((100 - height) / height) + 1}`);
	});
});
