import type {Action} from '../../../src/core/app/actions.js';
import {describe, expect, it} from 'vitest';
import {applySummary, lessonViewportHeight} from '../../../src/core/app/reducer.js';
import {pageCount, pageNumber} from '../../../src/core/app/lesson-paging.js';
import {checklistLines} from '../../../src/core/app/tasks-view.js';
import {keys, lesson, loadedState, rendered, run} from './helpers.js';

describe('home', () => {
	it('offers to start with the first lesson, then every lesson, quiz, the exam and the sandbox', () => {
		const state = loadedState();
		expect(state.items.map(item => item.label)).toEqual([
			'Start here: Title intro',
			'1. Title intro',
			'2. Title clusterip',
			'Quizzes: 1 topic, 3 questions',
			'Hands-on exam: 16 tasks on the cluster in 60 minutes',
			'Drill: find and fix what broke an app (a new one each time)',
			'Quiz exam: timed mixed questions',
			'Sandbox: a simulated kind cluster (kubectl, curl, trace)',
			'Progress: lessons done, scores, reviews',
		]);
	});

	it('continues where the learner left off and marks finished lessons', () => {
		const state = run(loadedState(), {type: 'app/progress', progress: {done: ['intro'], assisted: [], due: 2, answered: 5, correct: 3, last: 'clusterip', lessons: {}}});
		expect(state.items[0]).toEqual({kind: 'continue', lesson: 'clusterip', label: 'Continue where you left off: Title clusterip'});
		expect(state.items[1]).toMatchObject({kind: 'lesson', lesson: 'intro', mark: 'done'});
		expect(state.items.some(item => item.label === 'Review 2 due questions')).toBe(true);
	});

	it('moves with arrows (wrapping) and opens the selected lesson, remembering the visit', () => {
		let state = keys(loadedState(), 'down', 'down', 'enter');
		expect(state.screen).toEqual({kind: 'lesson', lesson: 'clusterip', offset: 0});
		expect(state.requests).toEqual([{id: 1, kind: 'visit', lesson: 'clusterip'}]);
		state = keys(state, 'escape');
		expect(state.screen).toEqual({kind: 'home', cursor: 2});
		expect(keys(loadedState(), 'up').screen).toEqual({kind: 'home', cursor: 8});
	});

	it('lists the quizzes on their own screen and starts the one picked', () => {
		let state = keys(loadedState(), 'down', 'down', 'down', 'enter');
		expect(state.screen).toEqual({kind: 'quizzes', cursor: 0});
		state = keys(state, 'enter');
		expect(state.screen).toEqual({kind: 'quiz', quiz: 'intro-quiz', mode: 'practice'});
	});

	it('hands the terminal to the hands-on exam or a drill: the app closes and says which', () => {
		const exam = keys(loadedState(), 'down', 'down', 'down', 'down', 'enter');
		expect(exam).toMatchObject({exiting: true, launch: 'exam'});
		expect(keys(loadedState(), 'down', 'down', 'down', 'down', 'down', 'enter')).toMatchObject({exiting: true, launch: 'drill'});
	});

	it('quits on q and Ctrl+C', () => {
		expect(keys(loadedState(), 'q').exiting).toBe(true);
		expect(keys(loadedState(), 'ctrl+c').exiting).toBe(true);
	});

	it('toggles the help overlay with ? and closes it with any key without acting on that key', () => {
		const open = keys(loadedState(), '?');
		expect(open.help).toBe(true);
		const closed = keys(open, 'q');
		expect(closed.help).toBe(false);
		expect(closed.exiting).toBe(false);
	});
});

describe('lesson reader', () => {
	const opened = () => run(keys(loadedState(), 'down', 'enter'), rendered('intro', 50, [3, 30]));

	it('pages by the viewport height and reports page N of M', () => {
		let state = opened();
		const height = lessonViewportHeight(state);
		expect(height).toBe(20);
		expect(pageNumber(0, 50, height)).toBe(1);
		expect(pageCount(50, height)).toBe(3);
		state = keys(state, 'pagedown');
		expect(state.screen).toMatchObject({offset: 20});
		expect(pageNumber(20, 50, height)).toBe(2);
		state = keys(state, 'space', 'space');
		expect(state.screen).toMatchObject({offset: 30});
		expect(pageNumber(30, 50, height)).toBe(3);
		// Pages start at 0, 20 and 30 (the last ends with the lesson): PgUp goes back to the second.
		state = keys(state, 'pageup', 'up');
		expect(state.screen).toMatchObject({offset: 19});
		expect(keys(state, 'g').screen).toMatchObject({offset: 0});
	});

	it('marks a lesson without tasks done when its end has been read', () => {
		const state = keys(opened(), 'G');
		expect(state.progress.done).toEqual(['intro']);
		expect(state.requests.at(-1)).toMatchObject({kind: 'lesson-done', lesson: 'intro', assisted: false});
	});

	it('goes to the next and previous lesson with n and p', () => {
		let state = keys(opened(), 'n');
		expect(state.screen).toEqual({kind: 'lesson', lesson: 'clusterip', offset: 0});
		state = keys(state, 'n');
		expect(state.status).toBe('This is the last lesson. Esc goes back home.');
		expect(keys(state, 'p').screen).toMatchObject({lesson: 'intro'});
	});

	it('applies the first manifest on the page in view, else the next one below', () => {
		let state = keys(opened(), 'a');
		expect(state.requests.at(-1)).toMatchObject({kind: 'run', command: 'kubectl apply -f -', stdin: 'kind: Service\nmetadata:\n  name: m1\n'});
		expect(state.status).toBe('Applying manifest [1] in the sandbox…');
		state = keys(state, 'pagedown', 'a');
		expect(state.requests.at(-1)).toMatchObject({stdin: 'kind: Service\nmetadata:\n  name: m2\n'});
		state = run(state, {type: 'request/done', id: state.requests.at(-1)!.id, result: {kind: 'run', output: 'service/m2 created\n', exitCode: 0, prompt: '$ '}});
		expect(state.status).toBe('Applied: service/m2 created  (s opens the sandbox)');
		expect(state.sandbox.transcript.map(line => line.text)).toContain('service/m2 created');
	});

	it('summarises the apply by its own result, not by what the status line says', () => {
		let state = keys(opened(), 'a');
		const apply = state.requests.at(-1)!.id;
		state = run(state, {type: 'request/done', id: apply + 100, result: {kind: 'run', output: 'pod/other created\n', exitCode: 0, prompt: '$ '}});
		expect(state.status).toBe('Applying manifest [1] in the sandbox…');
		state = run(state, {type: 'request/done', id: apply, result: {kind: 'run', output: 'Error from server (Invalid): bad\n', exitCode: 1, prompt: '$ '}});
		expect(state.status).toBe('Failed: Error from server (Invalid): bad');
		state = run(state, {type: 'request/done', id: apply, result: {kind: 'run', output: 'service/m1 created\n', exitCode: 0, prompt: '$ '}});
		expect(state.status).toBe('Failed: Error from server (Invalid): bad');
	});

	it('applies a manifest by its number', () => {
		let state = keys(opened(), '2');
		expect(state.requests.at(-1)).toMatchObject({kind: 'run', stdin: 'kind: Service\nmetadata:\n  name: m2\n'});
		state = keys(state, '7');
		expect(state.status).toBe('There is no manifest [7]; this lesson has [1] to [2].');
	});

	it('sums up what apply did in the status line', () => {
		expect(applySummary("Warning: resource deployments.apps/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation\ndeployment.apps/web configured\nservice/web created\n")).toBe('deployment.apps/web configured, service/web created');
		expect(applySummary('error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context\n')).toBe('error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context');
	});

	it('says so when a lesson has no manifest', () => {
		const state = keys(run(keys(loadedState(), 'down', 'enter'), rendered('intro', 5)), 'a');
		expect(state.status).toBe('This lesson has no manifest to try.');
	});

	it('keeps the offset inside the lesson after a resize', () => {
		let state = keys(opened(), 'G');
		state = run(state, {type: 'app/resize', size: {columns: 60, rows: 40}});
		expect(state.screen).toMatchObject({offset: 50 - lessonViewportHeight(state)});
	});
});

describe('tasks', () => {
	const tasks = [{id: 'make-svc', title: 'Create Service web', setup: '', checks: [{service: {name: 'web'}}], hints: ['nudge', 'concept', 'kubectl expose deployment web --port 80'], solution: 'kubectl expose deployment web --port 80'}];
	const withTasks = () => run(loadedState(undefined, [lesson('svc', 1, {tasks})]), {type: 'nav/open', screen: {kind: 'lesson', lesson: 'svc', offset: 0}});

	it('sets up the lesson tasks in the sandbox when the lesson opens', () => {
		const state = withTasks();
		expect(state.tasks).toMatchObject({lesson: 'svc', started: false, tasks: [{id: 'make-svc', passed: false}]});
		expect(state.requests.map(request => request.kind)).toEqual(['visit', 'start-tasks']);
	});

	it('shows hints one tier at a time, then the solution, and records an assisted pass', () => {
		let state = keys(withTasks(), 'h', 'h');
		expect(state.tasks?.tasks[0].hint.level).toBe(2);
		expect(state.status).toBe('Hint 2 of 3 shown below.');
		state = keys(state, 'h', 'h');
		expect(state.status).toBe('No more hints; r reveals the solution.');
		state = keys(state, 'r');
		expect(state.tasks?.tasks[0].hint.solutionRevealed).toBe(true);
		state = run(state, {type: 'request/done', id: 99, result: {kind: 'run', output: '', exitCode: 0, prompt: '$ ', tasks: [{id: 'make-svc', passed: true}]}});
		expect(state.tasks?.tasks[0].passed).toBe(true);
		expect(state.requests.slice(-2)).toMatchObject([
			{kind: 'record-task', lesson: 'svc', task: 'make-svc', passed: true, assisted: true},
			{kind: 'lesson-done', lesson: 'svc', assisted: true},
		]);
		expect(state.status).toBe('All tasks of this lesson are done (assisted): lesson complete.');
	});

	it('keeps a finished lesson "done" when h or r is pressed afterwards', () => {
		let state = run(withTasks(), {type: 'request/done', id: 99, result: {kind: 'run', output: '', exitCode: 0, prompt: '$ ', tasks: [{id: 'make-svc', passed: true}]}});
		const requests = state.requests.length;
		state = keys(state, 'r', 'h');
		expect(state.tasks?.tasks[0]).toMatchObject({passed: true, done: {assisted: false}, hint: {level: 0, solutionRevealed: false}});
		expect(checklistLines(state.tasks!)).toEqual(['✓ done  Create Service web']);
		expect(state.status).toBe('Every task of this lesson is done already: no hint or solution needed.');
		expect(state.requests.length).toBe(requests);
	});

	const pass = (id: number, passed = true, why?: string): Action => ({type: 'request/done', id, result: {kind: 'run', output: '', exitCode: 0, prompt: '$ ', tasks: [{id: 'make-svc', passed, ...(why ? {why} : {})}]}});

	it('shows the goals only until the learner presses c; then what is still wrong', () => {
		let state = run(withTasks(), {type: 'request/done', id: 2, result: {kind: 'start-tasks', transcript: '', prompt: '$ ', tasks: [{id: 'make-svc', passed: false, why: 'there is no Service web'}]}});
		expect(checklistLines(state.tasks!)).toEqual(['✗ to do  Create Service web']);
		state = keys(state, 'c');
		expect(state.requests.at(-1)).toMatchObject({kind: 'check-tasks', lesson: 'svc'});
		expect(state.status).toBe('Checking the tasks against the cluster…');
		state = run(state, {type: 'request/done', id: state.requests.at(-1)!.id, result: {kind: 'check-tasks', tasks: [{id: 'make-svc', passed: false, why: 'there is no Service web'}]}});
		expect(checklistLines(state.tasks!)).toEqual(['✗ to do  Create Service web', '    still wrong: there is no Service web']);
		expect(state.status).toBe('Checked: 0 of 1 task pass now; what is still wrong is shown below.');
	});

	it('keeps hints and the solution in progress at once, so reveal, leave, return and solve is assisted', () => {
		const two = [lesson('svc', 1, {tasks}), lesson('other', 2, {tasks: [{...tasks[0], id: 'other-task'}]})];
		let state = run(loadedState(undefined, two), {type: 'nav/open', screen: {kind: 'lesson', lesson: 'svc', offset: 0}});
		state = keys(state, 'h', 'r');
		expect(state.requests.filter(request => request.kind === 'task-help')).toMatchObject([
			{lesson: 'svc', task: 'make-svc', hints: 1, solution: false},
			{lesson: 'svc', task: 'make-svc', hints: 1, solution: true},
		]);
		// The store echoes what was saved; then the learner goes to the next lesson and comes back.
		state = run(state, {type: 'app/progress', progress: {...state.progress, lessons: {svc: {tasks: {}, help: {'make-svc': {hints: 1, solution: '2026-01-01T00:00:00Z'}}}}}});
		state = keys(state, 'n');
		expect(state.tasks?.lesson).toBe('other');
		state = keys(state, 'p');
		expect(state.tasks?.tasks[0].hint).toEqual({level: 1, solutionRevealed: true});
		state = run(state, pass(99));
		expect(state.requests).toContainEqual(expect.objectContaining({kind: 'record-task', task: 'make-svc', assisted: true}));
	});

	it('counts a pass made by applying the lesson\'s own manifest as assisted', () => {
		let state = run(withTasks(), rendered('svc', 30, [2]));
		state = keys(state, 'a');
		const applying = state.applying!;
		state = run(state, pass(applying));
		expect(state.requests).toContainEqual(expect.objectContaining({kind: 'record-task', task: 'make-svc', passed: true, assisted: true}));
		expect(checklistLines(state.tasks!)).toEqual(['✓ assisted  Create Service web']);
	});

	it('keeps a task done when the cluster breaks later, and shows both', () => {
		let state = run(withTasks(), pass(99));
		const recorded = state.requests.length;
		state = run(state, pass(100, false, 'Service web has no endpoints'));
		expect(state.requests.length).toBe(recorded);
		expect(checklistLines(state.tasks!)).toEqual(['✓ done · now failing  Create Service web']);
		state = run(state, {type: 'request/done', id: 101, result: {kind: 'check-tasks', tasks: [{id: 'make-svc', passed: false, why: 'Service web has no endpoints'}]}});
		expect(checklistLines(state.tasks!)).toEqual(['✓ done · now failing: Service web has no endpoints  Create Service web']);
	});

	it('opens a lesson done in an earlier run as done', () => {
		let state = run(loadedState(undefined, [lesson('svc', 1, {tasks})]), {type: 'app/progress', progress: {done: ['svc'], assisted: [], due: 0, answered: 0, correct: 0, lessons: {svc: {done: 't', tasks: {'make-svc': {passed: true, assisted: false, at: 't'}}}}}});
		state = run(state, {type: 'nav/open', screen: {kind: 'lesson', lesson: 'svc', offset: 0}});
		expect(checklistLines(state.tasks!)).toEqual(['✓ done  Create Service web']);
	});

	it('asks before resetting the lesson\'s cluster, and only y resets it', () => {
		let state = keys(withTasks(), 'R');
		expect(state.status).toBe("Reset this lesson's cluster? y resets · other keys keep it");
		state = keys(state, 'n');
		expect(state.status).toBe("Kept this lesson's cluster as it is.");
		expect(state.screen).toMatchObject({kind: 'lesson', lesson: 'svc'});
		expect(state.requests.some(request => request.kind === 'reset-tasks')).toBe(false);
		state = keys(state, 'R', 'y');
		expect(state.requests.at(-1)).toMatchObject({kind: 'reset-tasks', lesson: 'svc'});
		expect(state.tasks?.started).toBe(false);
	});

	it('keeps the reason a check fails next to the task', () => {
		const state = run(withTasks(), {type: 'request/done', id: 2, result: {kind: 'start-tasks', transcript: '', prompt: '$ ', tasks: [{id: 'make-svc', passed: false, why: 'Service web has no endpoints: its selector app=wbe matches no pods'}]}});
		expect(state.tasks?.tasks[0].why).toBe('Service web has no endpoints: its selector app=wbe matches no pods');
		expect(state.tasks?.started).toBe(true);
	});
});

describe('from a lesson to its quiz', () => {
	const lessons = [lesson('intro', 1, {frontMatter: {quiz: 'intro-quiz'}}), lesson('clusterip', 2)];
	const reading = () => run(loadedState(undefined, lessons), {type: 'nav/open', screen: {kind: 'lesson', lesson: 'intro', offset: 0}}, rendered('intro', 60));

	it('says at the last page how to go on, with keys that work here', () => {
		const state = keys(reading(), 'G');
		expect(state.status).toBe('End of the lesson: t takes its quiz, n opens the next lesson.');
		const last = keys(run(loadedState(undefined, lessons), {type: 'nav/open', screen: {kind: 'lesson', lesson: 'clusterip', offset: 0}}, rendered('clusterip', 60)), 'G');
		expect(last.status).toBe('End of the lesson: Esc goes home.');
	});

	it('opens the lesson\'s quiz with t, and Esc comes back to the lesson', () => {
		let state = keys(reading(), 't');
		expect(state.screen).toEqual({kind: 'quiz', quiz: 'intro-quiz', mode: 'practice'});
		state = run(state, {type: 'nav/back'});
		expect(state.screen).toMatchObject({kind: 'lesson', lesson: 'intro'});
		state = keys(run(state, {type: 'nav/open', screen: {kind: 'lesson', lesson: 'clusterip', offset: 0}}), 't');
		expect(state.status).toBe('This lesson has no quiz; the home lists every quiz.');
	});
});
