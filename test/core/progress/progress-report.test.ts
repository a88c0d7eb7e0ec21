import {describe, expect, it} from 'vitest';
import {markLessonDone, recordAnswer} from '../../../src/core/progress/progress-ops.js';
import {progressReportLines} from '../../../src/core/progress/progress-report.js';
import {emptyProgress} from '../../../src/core/progress/progress-schema.js';

const input = {
	lessons: [{id: 'clusterip', title: 'ClusterIP'}, {id: 'nodeport', title: 'NodePort'}],
	quizzes: [{id: 'clusterip', title: 'ClusterIP', questions: 8}, {id: 'nodeport', title: 'NodePort', questions: 9}],
};

const answer = (question: string, correct: boolean, at: string) =>
	({id: `${at}-${question}`, attempt: 'a1', quiz: 'nodeport', question, at, correct, given: '1', mode: 'practice' as const});

describe('kubetutor progress', () => {
	it('shows what was answered, how much of it was right, and lessons done', () => {
		let progress = emptyProgress();
		progress = recordAnswer(progress, answer('range', false, '2026-11-20T10:00:00.000Z'));
		progress = recordAnswer(progress, answer('nodes', true, '2026-11-20T10:01:00.000Z'));
		progress = recordAnswer(progress, answer('range', true, '2026-11-21T09:00:00.000Z'));
		progress = markLessonDone(progress, 'clusterip', '2026-11-19T08:00:00.000Z', false);
		const lines = progressReportLines(progress, input, new Date('2026-11-21T12:00:00Z'), '/tmp/kt/config.json');
		expect(lines.slice(0, 9)).toEqual([
			'Progress kept in /tmp/kt/config.json',
			'',
			'Lessons',
			'  clusterip  ✔ done 2026-11-19',
			'  nodeport   · not started',
			'',
			'Quizzes',
			'  QUIZ       RIGHT    ANSWERED   LAST',
			'  clusterip  -        0 of 8     -',
		]);
		expect(lines[9]).toBe('  nodeport   2/2      2 of 9     2026-11-21');
	});
});
