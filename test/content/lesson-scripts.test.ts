/**
 * Every shipped lesson, worked through `kubetutor lesson ID --script FILE` as a learner would
 * (issue 10, "Done when"): its starting state fails, applying every try-it manifest does not pass a
 * task, the reference solutions pass, and so does another correct way of doing each task.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../../src/cli/main.js';
import {loadAllContent} from '../../src/adapters/content-files.js';
import {tryItManifests} from '../../src/core/content/lesson-manifest.js';
import {parseTasks} from '../../src/core/lessons/parse-tasks.js';
import {cliIo} from '../cli/cli-io.js';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'kubetutor-lesson-scripts-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));
const lessons = loadAllContent([], root).lessons;

const heredoc = (command: string, yaml: string): string => `${command} <<EOF\n${yaml.replace(/\n*$/, '\n')}EOF\n`;

/** Another correct spelling of each lesson's tasks: a named port, expose or create instead of a manifest, patch instead of recreate. */
const OTHER_SOLUTIONS: Readonly<Record<string, string>> = {
	'what-is-a-service': 'kubectl create service clusterip catalog --tcp=80:80\n',
	clusterip: [
		'kubectl expose deployment orders --port=80 --target-port=http',
		heredoc('kubectl apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: cache\nspec:\n  clusterIP: 10.96.0.50\n  selector:\n    app: cache\n  ports:\n    - name: web\n      port: 80\n      targetPort: 80\n'),
	].join('\n'),
	nodeport: 'kubectl expose deployment blog --type=NodePort --port=80\nkubectl patch service blog -p \'{"spec":{"ports":[{"port":80,"nodePort":30100}]}}\'\n',
	loadbalancer: 'kubectl create service loadbalancer store --tcp=80:80\nsleep 2\n',
	externalname: heredoc('kubectl apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: payments\nspec:\n  type: ExternalName\n  externalName: api.payments.example.net\n'),
	headless: heredoc('kubectl apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: peers\nspec:\n  clusterIP: None\n  selector:\n    app: peers\n  ports:\n    - name: http\n      port: 8080\n      targetPort: 80\n'),
	ingress: 'kubectl create ingress books --class=nginx --rule="media.example.com/books*=books:80"\nkubectl create ingress music --class=nginx --rule="media.example.com/music*=music:80"\n',
	'choosing-a-type': 'kubectl delete service api\nkubectl create service nodeport api --tcp=80:80 --node-port=30090\n',
	troubleshooting: [
		heredoc('kubectl apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n'),
		'kubectl delete service api',
		'kubectl expose deployment api --port=80 --target-port=8080',
		'kubectl patch deployment slow --type=json -p \'[{"op":"replace","path":"/spec/template/spec/containers/0/readinessProbe/httpGet/port","value":80}]\'',
		'sleep 10',
		'kubectl create service clusterip store -n shop --tcp=80:80',
		'kubectl patch service edge --type=merge -p \'{"spec":{"externalTrafficPolicy":"Cluster"}}\'',
		'',
	].join('\n'),
};

let runs = 0;
async function lessonScript(id: string, script: string) {
	const file = join(work, `script-${++runs}.sh`);
	writeFileSync(file, script);
	const config = join(work, `config-${runs}`);
	const t = cliIo({KUBETUTOR_CONFIG_DIR: config, XDG_CONFIG_HOME: config}, work);
	const code = await runCli(['lesson', id, '--script', file], t.io);
	const out = t.out();
	const table = out.slice(out.lastIndexOf('\nTASK   RESULT'));
	const results = table.split('\n').slice(2).filter(line => /^\d+ /.test(line)).map(line => line.split(/\s{3,}/)[1]);
	return {code, out, err: t.err(), results, config};
}

/** What `kubetutor progress --json` says about a lesson's tasks. */
async function recordedTasks(config: string, lesson: string): Promise<Record<string, {passed: boolean; assisted: boolean}>> {
	const t = cliIo({KUBETUTOR_CONFIG_DIR: config, XDG_CONFIG_HOME: config}, work);
	expect(await runCli(['progress', '--json'], t.io)).toBe(0);
	return (JSON.parse(t.out()) as {lessons: Record<string, {tasks: Record<string, {passed: boolean; assisted: boolean}>}>}).lessons[lesson]?.tasks ?? {};
}

describe('every lesson, through kubetutor lesson ID --script', {timeout: 120_000}, () => {
	it('ships nine lessons with tasks, each with a goal and its own other solution', () => {
		expect(lessons).toHaveLength(9);
		for (const lesson of lessons) {
			expect(OTHER_SOLUTIONS[lesson.id], lesson.id).toBeDefined();
			for (const task of parseTasks(lesson.tasks).tasks) expect(task.goal, `${lesson.id}/${task.id}`).toBeTruthy();
		}
	});

	for (const lesson of lessons) {
		const tasks = parseTasks(lesson.tasks).tasks;
		describe(lesson.id, () => {
			it('fails in its starting state, saying what is still wrong', async () => {
				const run = await lessonScript(lesson.id, 'check all\n');
				expect(run.code).toBe(1);
				expect(run.results).toEqual(tasks.map(() => 'failed'));
				expect(run.out).toContain('✗ ');
				expect(run.out).toContain(`not yet: `);
			});

			it('passes no task when every try-it manifest is applied (unless the lesson marks it, then assisted)', async () => {
				const manifests = tryItManifests(lesson.body);
				const run = await lessonScript(lesson.id, manifests.map(manifest => heredoc('kubectl apply -f -', manifest.yaml)).join(''));
				expect(run.out).not.toMatch(/^(error|Error from server)/m);
				const marked = new Set(manifests.flatMap(manifest => manifest.completes));
				run.results.forEach((result, index) => expect(result, tasks[index].id).toBe(marked.has(tasks[index].id) ? 'assisted' : 'failed'));
			});

			it('passes with the reference solutions, unassisted', async () => {
				const run = await lessonScript(lesson.id, tasks.map(task => task.solution).join(''));
				expect(run.results).toEqual(tasks.map(() => 'passed'));
				expect(run.code).toBe(0);
				const recorded = await recordedTasks(run.config, lesson.id);
				for (const task of tasks) expect(recorded[task.id], task.id).toMatchObject({passed: true, assisted: false});
			});

			it('passes with another correct solution', async () => {
				const run = await lessonScript(lesson.id, OTHER_SOLUTIONS[lesson.id]);
				expect(run.results).toEqual(tasks.map(() => 'passed'));
				expect(run.code).toBe(0);
			});
		});
	}
});
