import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../../src/cli/main.js';
import {cliIo} from '../cli/cli-io.js';

const work = mkdtempSync(join(tmpdir(), 'kubetutor-lesson-script-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));
let count = 0;
const fresh = () => join(work, `config-${++count}`);

const service = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: api', 'spec:', '  selector:', '    app: api', '  ports:', '    - port: 80', ''].join('\n');
const pack = join(work, 'pack');
mkdirSync(join(pack, 'lessons'), {recursive: true});
writeFileSync(join(pack, 'lessons', '01-marked.md'), [
	'---',
	'id: marked',
	'title: Marked',
	'order: 50',
	'tasks:',
	'  - id: expose-api',
	'    title: Expose api',
	'    goal: "`kubectl get endpoints api` lists the api pod"',
	'    setup: |',
	'      kubectl create deployment api --image=nginx',
	'    checks:',
	'      - endpoints: {service: api, min: 1}',
	'    hints: [Look at kubectl get svc.]',
	'    solution: |',
	'      kubectl expose deployment api --port=80',
	'---',
	'# Marked',
	'',
	'```yaml completes=expose-api',
	service.trimEnd(),
	'```',
	'',
].join('\n'));

async function lesson(args: string[], options: {script?: string; stdin?: string; config?: string} = {}) {
	const config = options.config ?? fresh();
	const t = cliIo({KUBETUTOR_CONFIG_DIR: config, XDG_CONFIG_HOME: config}, work);
	if (options.script !== undefined) writeFileSync(join(work, 'script.sh'), options.script);
	const io = options.stdin === undefined ? t.io : {...t.io, stdin: Object.assign(new PassThrough(), {isTTY: false})};
	if (options.stdin !== undefined) (io.stdin as PassThrough).end(options.stdin);
	const code = await runCli(['lesson', ...args, ...(options.script !== undefined ? ['--script', 'script.sh'] : [])], io);
	return {code, out: t.out(), err: t.err(), config};
}

async function recorded(config: string, id: string) {
	const t = cliIo({KUBETUTOR_CONFIG_DIR: config, XDG_CONFIG_HOME: config}, work);
	await runCli(['progress', '--json'], t.io);
	return (JSON.parse(t.out()) as {lessons: Record<string, {tasks: Record<string, unknown>; assisted?: boolean}>}).lessons[id];
}

describe('kubetutor lesson ID --script', {timeout: 60_000}, () => {
	it('prints the goals after the text in plain mode, and how to do the tasks there', async () => {
		const run = await lesson(['nodeport', '--plain']);
		expect(run.code).toBe(0);
		expect(run.out).toContain('\nTasks\n-----\n1. Open the blog');
		const words = run.out.replace(/\s+/g, ' ');
		expect(words).toContain('1. Open the blog to your laptop on port 30100 of every node. Goal: From your laptop, `curl http://172.18.0.2:30100` (the control-plane node, which runs no blog pod) and `curl http://172.18.0.3:30100` are both answered by a blog pod.');
		expect(words).toContain('run kubetutor lesson nodeport --script FILE.');
	});

	it('answers hint and solution; a task solved after the solution was shown is assisted, in the table and in progress', async () => {
		const run = await lesson(['nodeport'], {script: 'hint\nsolution\nkubectl create service nodeport blog --tcp=80:80 --node-port=30100\n'});
		expect(run.out).toContain('$ hint\nHint 1 of 3: Your laptop can reach the nodes (172.18.0.2 to .4) but nothing inside the cluster. Which Service type opens a port on the nodes?\n');
		expect(run.out).toContain('$ solution\nSolution for task 1 (this task now counts as assisted):\n  kubectl create service nodeport blog --tcp=80:80 --node-port=30100\n');
		expect(run.out).toContain('\nTASK   RESULT     WEIGHT   GOAL\n1      assisted   1        From your laptop,');
		expect(run.out).toMatch(/Score: 1 of 1 \(100%\)\n$/);
		expect(run.code).toBe(0);
		expect(await recorded(run.config, 'nodeport')).toMatchObject({tasks: {'expose-nodeport': {passed: true, assisted: true}}, assisted: true});
	});

	it('counts a task as assisted when the manifest the lesson marks as completing it is applied', async () => {
		const run = await lesson(['marked', '--content', pack], {script: `kubectl apply -f - <<EOF\n${service}EOF\n`});
		expect(run.code).toBe(0);
		expect(run.out).toContain('1      assisted   1        `kubectl get endpoints api` lists the api pod\n');
		expect(await recorded(run.config, 'marked')).toMatchObject({tasks: {'expose-api': {passed: true, assisted: true}}});
	});

	it('exits 1 with the failing tasks when the script does not solve them, recording nothing', async () => {
		const run = await lesson(['nodeport'], {script: 'kubectl get pods -o name\n'});
		expect(run.code).toBe(1);
		expect(run.out).toContain('1      failed   1        ');
		expect(await recorded(run.config, 'nodeport')).toBeUndefined();
	});

	it('reads the commands from standard input when it is not a terminal', async () => {
		const run = await lesson(['nodeport'], {stdin: 'kubectl create service nodeport blog --tcp=80:80 --node-port=30100\ncheck\n'});
		expect(run.out).toContain('$ check\nTask 1: From your laptop,');
		expect(run.out).toContain('  ✓ passes\n');
		expect(run.code).toBe(0);
	});

	it('refuses an unreadable script and bad flags with exit 2', async () => {
		expect(await lesson(['nodeport', '--script', 'missing.sh'])).toMatchObject({code: 2, err: 'kubetutor lesson: cannot read script missing.sh: no such file\n'});
		expect(await lesson(['nodeport', '--seed', 'x'], {script: 'check\n'})).toMatchObject({code: 2, err: expect.stringContaining('kubetutor lesson: --seed needs a whole number, got "x".')});
		expect(await lesson([], {script: 'check\n'})).toMatchObject({code: 2, err: expect.stringContaining('kubetutor lesson: --script and --seed need a lesson ID.')});
	});
});
