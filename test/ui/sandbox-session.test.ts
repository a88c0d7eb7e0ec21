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
		const {transcript} = await session.setUpTasks(lesson);
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
			// A lesson's cluster says whose it is; the tutor's command changes no object, so only time is kept.
			lesson: 'np',
			waited: 0,
			tutor: true,
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

	it('keeps each lesson\'s cluster: leaving for another lesson and coming back gives the same one', async () => {
		const session = await createSandboxSession({seed: 1});
		await session.setUpTasks(lesson);
		await session.run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
		await session.setUpTasks({...lesson, id: 'other', title: 'Other'});
		expect((await session.run('kubectl get svc web')).exitCode).toBe(1);
		const back = await session.setUpTasks(lesson);
		expect(back.transcript).toBe('# Back in the cluster of "NodePort", as you left it.\n');
		expect(session.checkTasks(lesson)).toMatchObject([{id: 'expose', passed: true}]);
	});

	it('says which lesson ran a command and how much simulated time passed before it', async () => {
		let wall = 0;
		const session = await createSandboxSession({seed: 1, now: () => wall});
		expect(await session.run('true')).toEqual({output: '', exitCode: 0});
		await session.setUpTasks(lesson);
		wall += 7_400;
		expect(await session.run('true')).toEqual({output: '', exitCode: 0, lesson: 'np', waited: 7_000});
	});

	it('rebuilds a lesson\'s cluster after a restart from its steps, time included: the LoadBalancer keeps its address', async () => {
		let wall = 0;
		const first = await createSandboxSession({seed: 1, now: () => wall});
		await first.setUpTasks(lesson);
		const steps: Array<{wait?: number; run?: string; stdin?: string}> = [];
		for (const command of ['kubectl expose deployment web --type=LoadBalancer --port=80', 'kubectl get svc web -o jsonpath={.spec.clusterIP}']) {
			const result = await first.run(command);
			steps.push({...(result.waited ? {wait: result.waited} : {}), run: command});
			wall += 6_000;
		}
		const checked = await first.checkNow(lesson);
		steps.push({wait: checked.waited});
		const before = (await first.run('kubectl get svc web')).output;
		const again = await createSandboxSession({seed: 1, now: () => wall});
		const rebuilt = await again.setUpTasks(lesson, {at: 't', steps});
		expect(rebuilt.transcript).toBe('# The cluster of "NodePort" as you left it (2 commands replayed; R in the lesson resets it).\n');
		const after = (await again.run('kubectl get svc web')).output;
		expect(after).toMatch(/172\.18\.255\.200/);
		expect(after).toBe(before);
	});

	it('resets a lesson\'s cluster to its starting state', async () => {
		const session = await createSandboxSession({seed: 1});
		await session.setUpTasks(lesson);
		await session.run('kubectl create service nodeport web --tcp=80:80 --node-port=30080');
		expect(await session.resetTasks(lesson)).toContain('# The cluster was reset for "NodePort", in its starting state:');
		expect(session.checkTasks(lesson)).toMatchObject([{id: 'expose', passed: false, why: expect.stringContaining('web')}]);
	});

	it('replays a command that stayed in the foreground to its end, so the prompt is free after a restart', async () => {
		const again = await createSandboxSession({seed: 1});
		await again.setUpTasks(lesson, {at: 't', steps: [{run: 'sleep 10'}, {run: 'kubectl create service nodeport web --tcp=80:80 --node-port=30080'}]});
		expect((await again.run('kubectl get svc web -o name')).output).toBe('service/web\n');
	});

	it('holds a curl that waits for its timeout on the wall clock: it answers when the time is up, Ctrl+C stops it', async () => {
		let wall = 0;
		const session = await createSandboxSession({seed: 1, now: () => wall});
		expect(await session.run('curl -m 5 http://10.96.0.1')).toEqual({output: '', exitCode: 0, running: 'curl -m 5 http://10.96.0.1'});
		wall += 3000;
		expect(await session.job('tick')).toEqual({output: '', exitCode: 0, running: 'curl -m 5 http://10.96.0.1'});
		wall += 3000;
		expect(await session.job('tick')).toEqual({output: 'curl: (28) Failed to connect to 10.96.0.1 port 80 after 5002 ms: Timeout was reached\n', exitCode: 28});
		await session.run('curl http://10.96.0.1');
		wall += 60_000;
		expect(await session.job('tick')).toMatchObject({output: '', running: 'curl http://10.96.0.1'});
		expect(await session.job('interrupt')).toEqual({output: '', exitCode: 130});
		expect((await session.run('echo $?')).output).toBe('130\n');
	});
});
