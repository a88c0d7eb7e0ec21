import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {loadAllContent} from '../../src/adapters/content-files.js';
import {drawExam} from '../../src/core/exam/draw-exam.js';
import {ROOT, TmuxSession, ensureBuilt, hasTmux} from './tmux.js';

describe('the exam journey', () => {
	it('has tmux to run in', () => {
		expect(hasTmux, 'tmux is not installed: apt-get install tmux (or run .ci/run)').toBe(true);
	});
});

beforeAll(() => {
	ensureBuilt();
}, 120_000);

// The journey reads the drawn tasks from the bank itself, so it holds whatever the bank holds.
const tasks = drawExam(loadAllContent([], ROOT).exams, 4, 3);
const total = tasks.reduce((sum, task) => sum + task.weight, 0);
const points = tasks[0].weight + tasks[1].weight;
const percent = Math.round((points / total) * 100);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a hands-on exam in a terminal (tmux, 80x24)', {timeout: 90_000}, () => {
	let session: TmuxSession | undefined;
	afterEach(() => {
		session?.kill();
		session = undefined;
	});

	/** Types a task's reference solution line by line, here-documents included. */
	function solve(index: number): void {
		for (const line of tasks[index].solution.trimEnd().split('\n')) {
			session!.text(line);
			session!.keys('Enter');
		}
	}

	it('starts an exam, solves two tasks, flags one, submits and reads the results', async () => {
		session = new TmuxSession(['exam', '--seed', '3', '--tasks', '4']);
		let screen = await session.waitFor(`Exam · Task 1/4 · ${tasks[0].weight} pts · ns ${tasks[0].namespace}`);
		expect(screen).toMatch(/⏱ (1:00:00|59:\d\d) left/);
		expect(screen).toContain(tasks[0].statement.split('\n')[0].split(' ').slice(0, 6).join(' '));
		expect(screen).toContain('Ctrl+X submit · Ctrl+N next · Ctrl+P prev · Ctrl+F flag · Ctrl+T task text');
		solve(0);
		session.text('check');
		session.keys('Enter');
		await session.waitFor('  ✓ passes');
		session.keys('C-n');
		await session.waitFor(`Exam · Task 2/4 · ${tasks[1].weight} pts · ns ${tasks[1].namespace}`);
		session.keys('C-f');
		screen = await session.waitFor('Task 2 flagged for review');
		expect(screen).toContain(`ns ${tasks[1].namespace} · flagged`);
		solve(1);
		session.text('check');
		session.keys('Enter');
		await session.waitFor(`Task 2: ${tasks[1].title.slice(0, 30)}`);
		session.keys('C-x');
		await session.waitFor('Submit now? Every task is graded as the cluster stands.');
		session.text('y');
		screen = await session.waitFor(`Exam results: ${percent}% (${points} of ${total} points)`);
		expect(screen).toMatch(new RegExp(`› +1 ✓ passed +${tasks[0].weight}p ${escape(tasks[0].title.slice(0, 30))}`));
		expect(screen).toMatch(new RegExp(` +2 ✓ passed +${tasks[1].weight}p \\[flagged\\] ${escape(tasks[1].title.slice(0, 20))}`));
		expect(screen).toMatch(new RegExp(` +3 ✗ failed +${tasks[2].weight}p ${escape(tasks[2].title.slice(0, 30))}`));
		session.text('j');
		session.text('j');
		screen = await session.waitFor(`Task 3 · ${tasks[2].domain} · ${tasks[2].weight} points · namespace ${tasks[2].namespace}: not passed`);
		expect(screen).toContain('Still wrong:');
		expect(screen).toContain('  ✗ ');
		expect(screen).toContain('Reference solution:');
		session.text('q');
		screen = await session.waitFor('EXIT=0');
		expect(screen).toContain(`Score: ${points} of ${total} (${percent}%)`);
	});
});
