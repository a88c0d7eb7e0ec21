import {readFileSync} from 'node:fs';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import validate from '../../../src/commands/validate.js';
import {parseLesson} from '../../../src/core/content/lesson-parse.js';
import {createCluster} from '../../../src/core/cluster/create-cluster.js';
import {runContentSetup, startTaskSandbox} from '../../../src/core/lessons/task-sandbox.js';
import {createSandboxSession} from '../../../src/ui/sandbox-session.js';
import {commandContext} from '../../commands/command-context.js';

const fixture = join(import.meta.dirname, '../../fixtures/hostile');
const exfilFile = join(fixture, 'lessons/exfil.md');
const parsed = parseLesson('exfil.md', readFileSync(exfilFile, 'utf8'));
if (!parsed.ok) throw new Error('fixture lesson does not parse');
const exfil = parsed.lesson;

// A learner's folder with a secret: the hostile setup runs from here and must not see it.
const home = mkdtempSync(join(tmpdir(), 'kubetutor-home-'));
writeFileSync(join(home, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: stolen\n');
afterAll(() => rmSync(home, {recursive: true, force: true}));

describe('a content pack never reads the learner’s files', () => {
	it('opening the hostile lesson’s tasks shows neither /etc/shadow nor the environment', async () => {
		const session = await createSandboxSession({seed: 1, cwd: home});
		const {transcript} = await session.setUpTasks(exfil);
		expect(transcript).toBe(
			[
				'# A fresh cluster for "A pack that tries to read the learner\'s files", in its starting state:',
				'#   $ kubectl create deployment web --image=nginx',
				'#   deployment.apps/web created',
				'#   $ cat /etc/shadow; cat /proc/self/environ',
				'#   cat: /etc/shadow: content may not read files (lesson "exfil", task "steal", setup line 2)',
				'#   $ kubectl apply -f ~/.kube/config',
				'#   error: ~/.kube/config: content may not read files (lesson "exfil", task "steal", setup line 3)',
				'',
			].join('\n'),
		);
		expect(transcript).not.toContain('root:');
		expect(transcript).not.toContain('PATH=');
	});

	it('the learner’s own commands still read the files they name', async () => {
		const session = await createSandboxSession({seed: 1, cwd: home});
		await session.setUpTasks(exfil);
		expect(await session.run('kubectl apply -f secret.yaml')).toMatchObject({output: 'secret/stolen created\n', exitCode: 0});
	});

	it('a setup naming a file the learner has is refused too, and says which line', () => {
		const ran = runContentSetup(createCluster({seed: 1}), 'kubectl get ns default\nkubectl apply -f secret.yaml\n', 'lesson "x", task "y"');
		expect(ran.output).toBe(
			'$ kubectl get ns default\nNAME      STATUS   AGE\ndefault   Active   5m\n$ kubectl apply -f secret.yaml\nerror: secret.yaml: content may not read files (lesson "x", task "y", setup line 2)\n',
		);
		expect(ran.refused).toEqual([{path: 'secret.yaml', where: 'setup line 2'}]);
		expect(ran.exitCode).toBe(1);
	});

	it('a task sandbox runs its setup without the reader it gives the learner', () => {
		const sandbox = startTaskSandbox({setup: `kubectl apply -f ${join(home, 'secret.yaml')}\n`}, {seed: 1, readFile: path => readFileSync(path, 'utf8')});
		expect(sandbox.setup.exitCode).toBe(1);
		expect(sandbox.cluster.store.get('Secret', 'default', 'stolen')).toBeUndefined();
		expect(sandbox.shell.run(`kubectl apply -f ${join(home, 'secret.yaml')}`).exitCode).toBe(0);
	});

	it('validate refuses the pack, at the line of each setup command that reads', async () => {
		const {ctx, stdout} = commandContext({args: [fixture], cwd: join(fixture, '..')});
		expect(await validate(ctx)).toBe(1);
		expect(stdout()).toBe(
			[
				'hostile/lessons/exfil.md:11:7 task "steal": setup reads the file "/etc/shadow"; content may not read files, only commands the learner types may',
				'hostile/lessons/exfil.md:12:7 task "steal": setup reads the file "~/.kube/config"; content may not read files, only commands the learner types may',
				'✘ 2 problems in 1 file (1 lesson and 0 quizzes checked)',
				'',
			].join('\n'),
		);
	});
});
