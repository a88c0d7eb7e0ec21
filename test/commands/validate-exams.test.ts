import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import validate from '../../src/commands/validate.js';
import {commandContext} from './command-context.js';

const task = (setup: string[]) => ['tasks:', '  - id: expose', '    domain: Services & Networking', '    weight: 2', '    namespace: pack-ns', '    title: Expose web', '    goal: In namespace pack-ns, expose Deployment web on port 80.', '    setup: |', ...setup.map(line => `      ${line}`), '    checks:', '      - service: {name: web, port: 80}', '    hints: [kubectl expose]', '    solution: kubectl -n pack-ns expose deployment web --port=80', '    alternatives: [kubectl -n pack-ns create service clusterip web --tcp=80:80]', ''].join('\n');

function pack(text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-validate-exam-'));
	mkdirSync(join(dir, 'exams'));
	writeFileSync(join(dir, 'exams', 'bank.yaml'), text);
	return dir;
}

describe('kubetutor validate on an exam bank', () => {
	it('accepts a task that starts broken', async () => {
		const dir = pack(task(['kubectl create namespace pack-ns', 'kubectl -n pack-ns create deployment web --image=nginx']));
		const run = commandContext({args: [dir], cwd: dir});
		expect(await validate(run.ctx)).toBe(0);
		expect(run.stdout()).toBe('✔ 0 lessons, 0 quizzes and 1 exam file checked (0 questions, 1 exam task), no problems\n');
	});

	it('names a setup that reads a file, at its line, and a task that passes before anything is done', async () => {
		const reads = pack(task(['kubectl create namespace pack-ns', 'kubectl apply -f /etc/passwd']));
		const run = commandContext({args: [reads], cwd: reads});
		expect(await validate(run.ctx)).toBe(1);
		expect(run.stdout()).toBe([`exams/bank.yaml:10:7 task "expose": setup reads the file "/etc/passwd"; content may not read files, only commands the learner types may`, '✘ 1 problem in 1 file (0 lessons, 0 quizzes and 1 exam file checked)', ''].join('\n'));
		const solved = pack(task(['kubectl create namespace pack-ns', 'kubectl -n pack-ns create deployment web --image=nginx', 'kubectl -n pack-ns expose deployment web --port=80']));
		const again = commandContext({args: [solved], cwd: solved});
		expect(await validate(again.ctx)).toBe(1);
		expect(again.stdout()).toContain('exams/bank.yaml:8:12 task "expose": its checks pass right after setup; the task must start broken or missing\n');
	});
});
