import {describe, expect, it} from 'vitest';
import type {Lesson} from '../../src/core/content/lesson.js';
import {createSandboxSession} from '../../src/ui/sandbox-session.js';

const lesson: Lesson = {
	id: 'np',
	title: 'NodePort',
	order: 3,
	summary: '',
	frontMatter: {},
	body: '',
	bodyLine: 1,
	file: 'np.md',
	tasks: [
		{
			id: 'expose',
			title: 'Open web on port 30080 of every node',
			setup: 'kubectl create deployment web --image=nginx --replicas=2\n',
			checks: [{service: {name: 'web', type: 'NodePort', nodePort: 30080}}],
			hints: ['Which type opens a port on the nodes?'],
			solution: 'kubectl create service nodeport web --tcp=80:80 --node-port=30080\n',
		},
	],
};

describe('the app sandbox on the simulated cluster', () => {
	it('runs commands, keeps state between them and shows the vantage point in the prompt', async () => {
		const session = await createSandboxSession({seed: 1});
		expect(session.prompt()).toBe('you@laptop:~$ ');
		expect((await session.run('kubectl create namespace demo')).output).toBe('namespace/demo created\n');
		expect((await session.run('kubectl get ns demo -o name')).output).toBe('namespace/demo\n');
		await session.run('ssh kind-worker');
		expect(session.prompt()).toBe('root@kind-worker:/# ');
	});

	it('lets wall-clock time pass between commands, so a LoadBalancer gets its address without sleep', async () => {
		let wall = 0;
		const session = await createSandboxSession({seed: 1, now: () => wall});
		await session.run('kubectl create deployment web --image=nginx');
		await session.run('kubectl expose deployment web --type=LoadBalancer --port=80');
		expect((await session.run('kubectl get svc web')).output).toMatch(/<pending>\s+80:\d+\/TCP\s+0s/);
		wall += 5_000;
		expect((await session.run('kubectl get svc web')).output).toMatch(/172\.18\.255\.200\s+80:\d+\/TCP\s+5s/);
		wall += 24 * 3_600_000;
		expect((await session.run('kubectl get svc web')).output).toMatch(/\s10m\n$/);
	});

	it('applies YAML given as stdin, as the lesson reader sends it', async () => {
		const session = await createSandboxSession({seed: 1});
		const result = await session.run('kubectl apply -f -', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n');
		expect(result).toEqual({output: 'namespace/shop created\n', exitCode: 0});
	});

	it('feeds a typed here-document to the stage that reads it', async () => {
		const session = await createSandboxSession({seed: 1});
		const result = await session.run('cat <<EOF | kubectl apply -f -', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: piped\n');
		expect(result).toEqual({output: 'namespace/piped created\n', exitCode: 0});
	});

	it('completes kubectl verbs', async () => {
		const session = await createSandboxSession({seed: 1});
		expect(await session.complete('kubectl ge')).toEqual({input: 'kubectl get ', candidates: ['get']});
	});

	it('sets up a lesson starting state that fails its task until the learner solves it', async () => {
		const session = await createSandboxSession({seed: 1});
		await session.run('kubectl create namespace leftover');
		const transcript = await session.setUpTasks(lesson);
		expect(transcript).toContain('# A fresh cluster for "NodePort", in its starting state:');
		expect(transcript).toContain('#   deployment.apps/web created');
		expect((await session.run('kubectl get ns leftover')).exitCode).toBe(1);
		const before = session.checkTasks(lesson);
		expect(before).toEqual([{id: 'expose', passed: false, why: expect.stringContaining('web'), hint: {level: 0, solutionRevealed: false}}]);
		await session.run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
		expect(session.checkTasks(lesson)).toEqual([{id: 'expose', passed: true, hint: {level: 0, solutionRevealed: false}}]);
	});

	it('answers check, hint, solution and tasks typed at the prompt, and the solution makes the task assisted', async () => {
		const session = await createSandboxSession({seed: 1});
		await session.setUpTasks(lesson);
		expect(await session.run('check')).toEqual({
			output: 'Task 1: Open web on port 30080 of every node\n  ✗ Service web is NodePort, nodePort 30080: There is no Service web in namespace default\n  not yet: 1 of 1 checks still fail\n',
			exitCode: 1,
		});
		expect((await session.run('hint')).output).toBe('Hint 1 of 1: Which type opens a port on the nodes?\n');
		expect((await session.run('tasks')).output).toBe('›  1. todo     Open web on port 30080 of every node\n');
		expect((await session.run('solution')).output).toBe('Solution for task 1 (this task now counts as assisted):\n  kubectl create service nodeport web --tcp=80:80 --node-port=30080\n');
		await session.run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
		expect(session.checkTasks(lesson)).toEqual([{id: 'expose', passed: true, hint: {level: 1, solutionRevealed: true}}]);
		expect((await session.run('check')).output).toBe('Task 1: Open web on port 30080 of every node\n  ✓ passes (assisted: the solution was shown)\n');
		expect(session.practice?.()?.hints).toEqual([{level: 1, solutionRevealed: true}]);
	});

	it('counts a task as assisted once the lesson manifest marked as completing it is applied', async () => {
		const manifest = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80\n      nodePort: 30080\n';
		const marked: Lesson = {...lesson, body: `# NodePort\n\n\`\`\`yaml completes=expose\n${manifest}\`\`\`\n`};
		const session = await createSandboxSession({seed: 1});
		await session.setUpTasks(marked);
		expect((await session.run('kubectl apply -f -', manifest)).output).toBe('service/web created\n');
		expect(session.checkTasks(marked)).toEqual([{id: 'expose', passed: true, hint: {level: 0, solutionRevealed: true}}]);
	});

	it('leaves check to the shell outside a lesson', async () => {
		const session = await createSandboxSession({seed: 1});
		expect((await session.run('check')).exitCode).toBe(127);
	});
});
