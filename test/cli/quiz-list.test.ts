import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {listQuizzes} from '../../src/cli/quiz-list.js';

describe('listQuizzes', () => {
	it('reads id, title and the number of questions of a pack, skipping broken files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kt-quiz-list-'));
		mkdirSync(join(dir, 'quizzes'));
		writeFileSync(join(dir, 'quizzes', 'a.yaml'), 'id: pack-a\ntitle: "Pack \\e[31mA"\nlesson: x\nquestions:\n  - id: one\n    choices:\n      - a\n      - b\n  - id: two\n');
		writeFileSync(join(dir, 'quizzes', 'b.yaml'), 'id: [broken\n');
		const pack = listQuizzes([dir], '/').filter(entry => entry.id === 'pack-a');
		expect(pack).toEqual([{id: 'pack-a', title: 'Pack A', lesson: 'x', questions: 2}]);
	});
});
