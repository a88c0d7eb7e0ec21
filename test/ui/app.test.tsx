import {render, cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {loadMarkdownRenderer} from '../../src/adapters/markdown.js';
import type {Screen} from '../../src/core/app/app-state.js';
import type {Lesson} from '../../src/core/content/lesson.js';
import {startSession} from '../../src/core/quiz/quiz-session.js';
import type {Question} from '../../src/core/quiz/quiz-types.js';
import type {SessionResult} from '../../src/core/quiz/quiz-session.js';
import {App} from '../../src/ui/App.js';
import type {AppServices, SandboxSession} from '../../src/ui/app-services.js';
import {KEY, press, waitForText} from './helpers.js';

const body = ['# Services', '', ...Array.from({length: 40}, (_, i) => `Paragraph ${i + 1} about Services.\n`), '```yaml', 'apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: demo', '```', ''].join('\n');
const lessons: Lesson[] = [
	{id: 'intro', title: 'What is a Service?', order: 1, summary: '', tasks: undefined, frontMatter: {}, body, bodyLine: 6, file: 'intro.md'},
	{id: 'nodeport', title: 'NodePort', order: 2, summary: '', tasks: undefined, frontMatter: {}, body: '# NodePort\n\nA door on every node.\n', bodyLine: 6, file: 'np.md'},
];

function fakeShell(log: string[]): SandboxSession {
	let prompt = '$ ';
	return {
		prompt: () => prompt,
		async run(command, stdin) {
			log.push(stdin ? `${command} <<${stdin}` : command);
			if (command === 'ssh kind-worker') prompt = 'root@kind-worker:/# ';
			if (command.startsWith('kubectl apply')) return {output: 'namespace/demo created\n', exitCode: 0};
			return {output: `ran ${command}\n`, exitCode: 0};
		},
		async complete(input) {
			return input === 'kubectl ge' ? {input: 'kubectl get ', candidates: ['get']} : {input, candidates: []};
		},
		async setUpTasks() {
			return '';
		},
		async job() {
			return {output: '', exitCode: 0};
		},
		async edit() {
			return {output: '', exitCode: 0};
		},
		checkTasks: () => [],
	};
}

const question = {id: 'q1', kind: 'single', prompt: 'Which type opens a port on every node?', explain: 'NodePort opens the same port on every node.', tags: ['nodeport'], choices: ['ClusterIP', 'NodePort'], answer: [2]} as Question;

function services(log: string[] = [], answers: SessionResult[] = []): AppServices {
	return {
		version: '9.9.9',
		unicode: true,
		loadContent: async () => ({lessons, quizzes: [{id: 'intro-quiz', title: 'What is a Service?', questions: 6}], warnings: []}),
		openProgress: async () => undefined,
		loadRenderer: loadMarkdownRenderer,
		createSandbox: async () => fakeShell(log),
		startQuiz: async request =>
			request.mode === 'review'
				? {message: 'Nothing is due for review today.'}
				: {session: startSession({mode: 'practice', title: 'NodePort', items: [{quiz: 'intro-quiz', lesson: 'intro', question}], now: 0}), onResult: result => answers.push(result), taskPassed: () => false},
	};
}

function start(screen?: Screen, log: string[] = [], answers: SessionResult[] = []) {
	return render(<App services={services(log, answers)} {...(screen ? {initialScreen: screen} : {})} />);
}

afterEach(() => {
	cleanup();
});

describe('the app', () => {
	it('shows the home with lessons, quizzes, sandbox and the footer from the keymap', async () => {
		const r = start();
		const frame = await waitForText(r, 'Sandbox: a simulated kind cluster');
		expect(frame).toContain('kubetutor 9.9.9 — Kubernetes Services, hands on');
		expect(frame).toContain('0 of 2 lessons done · 0 reviews due');
		expect(frame).toContain('› → Start here: What is a Service?');
		expect(frame).toContain('· new      1. What is a Service?');
		expect(frame).toContain('Quizzes: 1 topic, 6 questions');
		expect(frame).toContain('↑↓ move · Enter open · s sandbox · ? help · q quit');
	});

	it('draws lessons and progress known at start in its very first frame, without loading the content again', async () => {
		let loads = 0;
		const given = {...services(), loadContent: async () => (loads++, {lessons: [], quizzes: [], warnings: []})};
		const progress = {done: ['intro'], assisted: [], due: 0, answered: 4, correct: 3, last: 'intro'};
		const r = render(<App services={given} first={{content: {lessons, quizzes: [{id: 'intro-quiz', title: 'What is a Service?', questions: 6}], warnings: []}, progress}} />);
		const frame = r.frames[0];
		expect(frame).toContain('1 of 2 lessons done · 0 reviews due · 3/4 answers right');
		expect(frame).toContain('› → Next lesson: NodePort');
		expect(frame).toContain('✓ done     1. What is a Service?');
		expect(frame).toContain('Quizzes: 1 topic, 6 questions');
		await press(r, KEY.down);
		expect(loads).toBe(0);
	});

	it('opens a lesson, pages through it, and goes back with Esc', async () => {
		const r = start();
		await waitForText(r, 'Start here');
		await press(r, KEY.enter);
		let frame = await waitForText(r, 'page 1 of 5');
		expect(frame).toContain('Lesson 1/2: What is a Service?');
		expect(frame).toContain('Paragraph 1 about Services.');
		await press(r, KEY.pageDown);
		frame = await waitForText(r, 'page 2 of 5');
		expect(frame).not.toContain('Paragraph 1 about');
		await press(r, ' ');
		await waitForText(r, 'page 3 of 5');
		await press(r, KEY.escape);
		await waitForText(r, 'Start here');
	});

	it('lists every key of the screen in the ? overlay', async () => {
		const r = start({kind: 'lesson', lesson: 'nodeport', offset: 0});
		await waitForText(r, 'A door on every node.');
		await press(r, '?');
		const frame = await waitForText(r, 'Keys on this screen');
		expect(frame).toContain('PgDn/Space  next page');
		expect(frame).toContain('a           apply the manifest on this page in the sandbox');
		await press(r, 'x');
		await waitForText(r, 'A door on every node.');
	});

	it('applies a manifest from the lesson in the sandbox and keeps it there', async () => {
		const log: string[] = [];
		const r = start({kind: 'lesson', lesson: 'intro', offset: 0}, log);
		await waitForText(r, 'page 1 of 5');
		await press(r, 'a');
		await waitForText(r, 'Applied: namespace/demo created');
		expect(log).toEqual(['kubectl apply -f - <<apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n']);
		await press(r, 's');
		const frame = await waitForText(r, 'Sandbox — simulated kind cluster');
		expect(frame).toContain('$ kubectl apply -f -   # manifest [1] from the lesson');
		expect(frame).toContain('namespace/demo created');
	});

	it('runs sandbox commands with history, completion and a changing prompt', async () => {
		const log: string[] = [];
		const r = start({kind: 'sandbox'}, log);
		await waitForText(r, 'A simulated kind cluster.');
		await press(r, ...'kubectl ge', KEY.tab, ...'svc');
		await waitForText(r, '$ kubectl get svc');
		await press(r, KEY.enter);
		await waitForText(r, 'ran kubectl get svc');
		await press(r, ...'ssh kind-worker', KEY.enter);
		await waitForText(r, 'root@kind-worker:/#');
		await press(r, KEY.up);
		await waitForText(r, 'root@kind-worker:/# ssh kind-worker');
		await press(r, KEY.ctrlC);
		expect(r.lastFrame()).toContain('root@kind-worker:/# ssh kind-worker^C');
		expect(log).toEqual(['kubectl get svc', 'ssh kind-worker']);
	});

	it('runs a quiz inside the app, records the answer and returns to the quiz list', async () => {
		const answers: SessionResult[] = [];
		const r = start(undefined, [], answers);
		await waitForText(r, 'Quizzes: 1 topic');
		await press(r, KEY.down, KEY.down, KEY.down, KEY.enter);
		await waitForText(r, 'What is a Service? (6 questions)');
		await press(r, KEY.enter);
		const frame = await waitForText(r, 'Which type opens a port on every node?');
		const number = /(\d)\) NodePort/.exec(frame)?.[1] ?? '';
		// The quiz subscribes to keys in an effect after its first frame (docs/architecture.md, "Keys").
		await new Promise(resolve => setTimeout(resolve, 50));
		await press(r, number, KEY.enter);
		await waitForText(r, 'NodePort opens the same port on every node.');
		expect(answers.map(answer => answer.grade.correct)).toEqual([true]);
		await press(r, KEY.escape);
		await waitForText(r, 'Score: 1 of 1 correct');
		await press(r, KEY.escape);
		await waitForText(r, 'Pick a quiz');
	});

	it('grades a typed command by what it prints, through the quiz session\'s grader', async () => {
		const answers: SessionResult[] = [];
		const command = {id: 'q2', kind: 'text', prompt: 'List the EndpointSlices of web', explain: 'They carry the label kubernetes.io/service-name.', tags: ['kubectl'], accept: ['kubectl get endpointslices -l kubernetes.io/service-name=web'], normalise: 'command'} as Question;
		const graded: string[] = [];
		const given: AppServices = {
			...services([], answers),
			startQuiz: async () => ({
				session: startSession({mode: 'practice', title: 'Troubleshooting', items: [{quiz: 'intro-quiz', lesson: 'intro', question: command}], now: 0}),
				onResult: result => answers.push(result),
				taskPassed: () => false,
				sameCommandResult: (question, text) => (graded.push(`${question.id}: ${text}`), text.includes('--selector=kubernetes.io/service-name=web')),
			}),
		};
		const r = render(<App services={given} initialScreen={{kind: 'quizzes', cursor: 0}} />);
		await waitForText(r, 'What is a Service? (6 questions)');
		await press(r, KEY.enter);
		await waitForText(r, 'List the EndpointSlices of web');
		await new Promise(resolve => setTimeout(resolve, 50));
		await press(r, 'kubectl get endpointslices --selector=kubernetes.io/service-name=web', KEY.enter);
		await waitForText(r, 'They carry the label kubernetes.io/service-name.');
		expect(graded).toEqual(['q2: kubectl get endpointslices --selector=kubernetes.io/service-name=web']);
		expect(answers.map(answer => answer.grade.correct)).toEqual([true]);
	});

	it('shows every quiz key with ? and the quiz footer from the same table', async () => {
		const r = start({kind: 'quizzes', cursor: 0});
		await waitForText(r, 'What is a Service? (6 questions)');
		await press(r, KEY.enter);
		let frame = await waitForText(r, 'Which type opens a port on every node?');
		expect(frame).toContain('Enter submit · 1-9 choose · ↑↓ move · q/Esc stop · ? help');
		await press(r, '?');
		frame = await waitForText(r, 'Keys on this screen (any key closes this help):');
		expect(frame).toContain('1-9     choose that answer');
		expect(frame).toContain('q/Esc   stop (the score so far is shown)');
		expect(frame).toContain('any key closes the help');
		await press(r, 'x');
		frame = await waitForText(r, 'Which type opens a port on every node?');
		expect(frame).not.toContain('Keys on this screen');
	});

	it('never draws a frame taller than the terminal minus one line', async () => {
		const r = start({kind: 'lesson', lesson: 'intro', offset: 0});
		const frame = await waitForText(r, 'page 1 of 5');
		// ink-testing-library has no rows: the app falls back to 24.
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
	});
});
