import {describe, expect, it} from 'vitest';
import {fit, reportLines} from '../../../src/core/classes/report-text.js';
import {buildClassReport} from '../../../src/core/classes/class-report.js';

describe('the terminal class report', () => {
	it('fits names to their column by terminal width, wide characters included', () => {
		expect(fit('Ada', 6)).toBe('Ada   ');
		expect(fit('山田太郎さん', 7)).toBe('山田太…');
		expect(fit('山田太郎さん', 8)).toBe('山田太… ');
		expect(fit('Zoë', 3)).toBe('Zoë');
		expect(fit('Grace Hopper', 6)).toBe('Grace…');
	});

	it('with no readable export says so and names how many were left out', () => {
		expect(reportLines(buildClassReport([], [{file: 'a.json', reason: 'not valid JSON'}]))).toEqual(['Class report: 0 learners, 0 lessons (packs: none)', '', 'No export could be read: nothing to report.', '', 'Left out: 1 file (see the warnings above)']);
	});
});
