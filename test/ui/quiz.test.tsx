import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {quizScreenLines} from '../../src/core/quiz/quiz-layout.js';
import {footerLine} from '../../src/core/app/keymap.js';
import {quizBindings, quizKeyIntent} from '../../src/core/quiz/quiz-keys.js';
import {startSession, type SessionItem, type SessionResult} from '../../src/core/quiz/quiz-session.js';
import type {Question} from '../../src/core/quiz/quiz-types.js';
import {Quiz} from '../../src/ui/screens/Quiz.js';
import {QuizRunner, printedSummary} from '../../src/ui/screens/QuizRunner.js';
import {quizReducer} from '../../src/core/quiz/quiz-session.js';

afterEach(() => cleanup());

const tick = () => new Promise(resolve => setImmediate(() => setTimeout(resolve, 0)));
async function press(r: ReturnType<typeof render>, ...keys: string[]) {
	for (const key of keys) {
		const before = r.lastFrame();
		r.stdin.write(key);
		for (const t0 = Date.now(); r.lastFrame() === before && Date.now() - t0 < 1000; ) await tick();
		await tick();
	}
}

const question = (id: string, extra: Partial<Question> = {}): Question =>
	({id, kind: 'single', prompt: 'Which type opens a port on every node?', explain: 'NodePort opens the same port on every node.', tags: ['nodeport', 'cka:services-networking'], choices: ['ClusterIP', 'NodePort', 'ExternalName'], answer: [2], ...extra}) as Question;
const items: SessionItem[] = [
	{quiz: 'nodeport', lesson: 'nodeport', question: question('a')},
	{quiz: 'nodeport', lesson: 'nodeport', question: question('b', {prompt: 'Second question?'})},
];

describe('the quiz screen', () => {
	it('shows one question with numbered choices and the key help', () => {
		const session = startSession({mode: 'practice', title: 'NodePort', items, now: 0});
		const r = render(<Quiz session={session} width={60} height={20} footer={footerLine(quizBindings(session), 60)} />);
		expect(r.lastFrame()).toBe(
			['NodePort — question 1 of 2', 'Which type opens a port on every node?', '❯ 1) ClusterIP', '  2) NodePort', '  3) ExternalName', 'Answer with a number from 1 to 3.', 'Enter submit · 1-9 choose · ↑↓ move · q/Esc stop · ? help'].join('\n'),
		);
	});

	it('answers with number keys and Enter, shows feedback in words, and records the answer', async () => {
		const results: SessionResult[] = [];
		const r = render(<QuizRunner initial={startSession({mode: 'practice', title: 'NodePort', items, now: 0})} onResult={result => results.push(result)} taskPassed={() => false} onDone={() => {}} />);
		await tick();
		await press(r, '3', '\r');
		expect(r.lastFrame()).toContain('✘ wrong — the answer is 2, NodePort');
		expect(r.lastFrame()).toContain('NodePort opens the same port on every node.');
		expect(results.map(result => result.givenText)).toEqual(['3']);
		// The choices stay on screen with ✔ beside the answer and ✘ beside the wrong pick.
		expect(r.lastFrame()).toContain('  1) ClusterIP\n✔ 2) NodePort\n✘ 3) ExternalName');
		await press(r, '\r', '\u001B[B', '\r');
		expect(r.lastFrame()).toContain('✔ correct');
		await press(r, '\r');
		expect(r.lastFrame()).toContain('Score: 1 of 2 correct');
		expect(r.lastFrame()).toContain('✘ nodeport/a: Which type opens a port on every node? (you answered 3; the answer is 2, NodePort)');
	});

	it('grades a typed command by running it when the question says so', async () => {
		const results: SessionResult[] = [];
		const command = {id: 'slices', kind: 'text', prompt: 'List the EndpointSlices of web', explain: 'They carry the label kubernetes.io/service-name.', tags: ['kubectl'], accept: ['kubectl get endpointslices -l kubernetes.io/service-name=web'], normalise: 'command'} as Question;
		const session = startSession({mode: 'practice', title: 'Troubleshooting', items: [{quiz: 'troubleshooting', lesson: 'troubleshooting', question: command}], now: 0});
		const r = render(<QuizRunner initial={session} onResult={result => results.push(result)} taskPassed={() => false} sameCommandResult={(_, text) => text.includes('--selector=')} onDone={() => {}} />);
		await tick();
		await press(r, 'kubectl get endpointslices --selector=kubernetes.io/service-name=web', '\r');
		expect(r.lastFrame()).toContain('✔ correct');
		expect(results.map(result => result.grade.correct)).toEqual([true]);
	});

	it('is never taller than the height it is given', () => {
		const long = question('c', {prompt: 'word '.repeat(200), choices: Array.from({length: 9}, (_, index) => `choice ${index}`)} as Partial<Question>);
		const session = startSession({mode: 'practice', title: 'NodePort', items: [{quiz: 'nodeport', lesson: 'nodeport', question: long}], now: 0});
		for (const height of [5, 10, 20]) {
			const lines = quizScreenLines(session, 40, height, 0, footerLine(quizBindings(session), 40));
			expect(lines.length).toBeLessThanOrEqual(height);
			expect(lines.at(-1)?.text).toBe('Enter submit · q/Esc stop · ? help');
			expect(lines.every(line => [...line.text].length <= 40)).toBe(true);
		}
		const r = render(<Quiz session={session} width={40} height={10} />);
		expect(r.lastFrame()?.split('\n').length).toBeLessThanOrEqual(10);
	});

	it('wraps a long choice under itself instead of cutting it off', () => {
		const long = question('w', {prompt: 'Why do clients talk to a Service instead of directly to Pod IPs?', choices: ['Pod IPs are only reachable from the node that runs the Pod', 'Pods come and go and get new IPs; a Service keeps one stable name and address']} as Partial<Question>);
		const session = startSession({mode: 'practice', title: 'What is a Service?', items: [{quiz: 'intro', lesson: 'intro', question: long}], now: 0});
		expect(quizScreenLines(session, 78, 23).map(line => line.text).slice(1, 5)).toEqual([
			'Why do clients talk to a Service instead of directly to Pod IPs?',
			'❯ 1) Pod IPs are only reachable from the node that runs the Pod',
			'  2) Pods come and go and get new IPs; a Service keeps one stable name and',
			'     address',
		]);
	});

	it('scrolls the review of mistakes with ↓ and Space so every wrong answer can be read', async () => {
		const many: SessionItem[] = Array.from({length: 20}, (_, index) => ({quiz: 'nodeport', lesson: 'nodeport', question: question(`q${index + 1}`, {prompt: `Question number ${index + 1}?`} as Partial<Question>)}));
		const r = render(<QuizRunner initial={startSession({mode: 'practice', title: 'NodePort', items: many, now: 0})} onResult={() => {}} taskPassed={() => false} onDone={() => {}} />);
		await tick();
		for (let index = 0; index < 20; index++) await press(r, '3', '\r', '\r');
		// ink-testing-library's stdout has no rows, so the runner uses 24 − 1 lines.
		let frame = r.lastFrame() ?? '';
		expect(frame).toContain('Score: 0 of 20 correct');
		expect(frame).not.toContain('Question number 20?');
		expect(frame).toMatch(/lines 1–\d+ of \d+ · ↑↓\/Space: scroll/);
		await press(r, ' ', ' ', '\u001B[B');
		frame = r.lastFrame() ?? '';
		expect(frame).toContain('✘ nodeport/q20: Question number 20? (you answered 3; the answer is 2, NodePort)');
		expect(frame).toContain('lines 14–33 of 33 · ↑↓/Space: scroll');
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
		await press(r, '\u001B[A');
		expect(r.lastFrame()).not.toBe(frame);
	});

	it('ticks both answers when "1 3" is typed quickly on a choose-all question', async () => {
		const multiple = question('m', {kind: 'multiple', prompt: 'Which types give a ClusterIP? (choose all that apply)', choices: ['ClusterIP', 'ExternalName', 'NodePort'], answer: [1, 3]} as Partial<Question>);
		const r = render(<QuizRunner initial={startSession({mode: 'practice', title: 'Types', items: [{quiz: 'types', lesson: 'types', question: multiple}], now: 0})} onResult={() => {}} taskPassed={() => false} onDone={() => {}} />);
		await tick();
		expect(r.lastFrame()).toContain('Choose all that apply: press a number to tick [x] or untick it, then Enter.');
		await press(r, '1 3');
		expect(r.lastFrame()).toContain('  1) [x] ClusterIP');
		expect(r.lastFrame()).toContain('  2) [ ] ExternalName');
		expect(r.lastFrame()).toContain('❯ 3) [x] NodePort');
		await press(r, '\r');
		expect(r.lastFrame()).toContain('✔ correct');
	});

	it('leaves the score in the terminal wrapped between words, not cut mid-word', () => {
		let session = startSession({mode: 'practice', title: 'NodePort', items: [{quiz: 'nodeport', lesson: 'nodeport', question: question('a', {prompt: 'Which Service type opens the same port on every node of the cluster?'} as Partial<Question>)}], now: 0});
		for (const action of [{type: 'quiz/press-number', number: 1}, {type: 'quiz/submit', now: 1}, {type: 'quiz/submit', now: 2}] as const) session = quizReducer(session, action);
		expect(printedSummary(session, 60)).toEqual([
			'Score: 0 of 1 correct',
			'To review:',
			'  ✘ nodeport/a: Which Service type opens the same port on',
			'    every node of the cluster? (you answered 1; the answer',
			'    is 2, NodePort) — see lesson nodeport',
		]);
	});

	it('shows the exam countdown in the header', () => {
		const session = startSession({mode: 'exam', title: 'Exam', items, now: 0, durationMs: 30 * 60_000});
		expect(quizScreenLines(session, 60, 20)[0].text).toBe('Exam — question 1 of 2 — 30:00 left');
		// No feedback until the end, and a stray q does not end the exam: only Esc does.
		expect(quizScreenLines(session, 80, 20, 0, footerLine(quizBindings(session), 80)).slice(-2).map(line => line.text)).toEqual(['Answer with a number from 1 to 3. Exam: no feedback until the end.', 'Enter submit · 1-9 choose · ↑↓ move · Esc end the exam · ? help']);
		expect(quizKeyIntent(session, 'q', 1)).toBeUndefined();
		expect(quizKeyIntent(session, 'escape', 1)).toEqual({type: 'quiz/stop', reason: 'quit'});
	});

	it('shows a predict question’s setup and command, shortening the setup so every choice fits', () => {
		const predict = {
			...question('p'),
			kind: 'predict',
			prompt: 'What does kubectl print?',
			command: 'kubectl get svc web',
			setup: {script: Array.from({length: 30}, (_, index) => `line ${index + 1}`).join('\n')},
			alternatives: [{script: 'x'}],
			outputs: ['a', 'b'],
			choices: ['NAME   TYPE\nweb    NodePort', 'NAME   TYPE\nweb    ClusterIP'],
			answer: [1],
			cloud: 'kind',
			seed: 1,
		} as Question;
		const session = startSession({mode: 'practice', title: 'NodePort', items: [{quiz: 'nodeport', lesson: 'nodeport', question: predict}], now: 0});
		const lines = quizScreenLines(session, 80, 23).map(line => line.text);
		expect(lines.length).toBeLessThanOrEqual(23);
		expect(lines).toContain('  line 1');
		expect(lines.some(line => /^ {2}… \(\d+ more lines of setup\)$/.test(line))).toBe(true);
		expect(lines).toContain('$ kubectl get svc web');
		expect(lines).toContain('❯ 1) NAME   TYPE');
		expect(lines).toContain('     web    ClusterIP');
	});
});
