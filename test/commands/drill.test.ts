import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import drill from '../../src/commands/drill.js';
import progress from '../../src/commands/progress.js';
import {commandContext} from './command-context.js';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-drill-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

async function printSolution(seed: number, level = 1, fault?: string): Promise<string> {
	const run = commandContext({args: ['--seed', String(seed), '--level', String(level), ...(fault ? ['--fault', fault] : []), '--print-solution'], env: {KUBETUTOR_CONFIG_DIR: tempDir()}});
	expect(await drill(run.ctx)).toBe(0);
	return run.stdout();
}

describe('kubetutor drill --print-solution', () => {
	it('prints the repair as a script, a # fault: line before each fault', async () => {
		expect(await printSolution(3, 1, 'port-name')).toBe([
			'# drill 3, level 1: the storefront site in namespace orders-2c5',
			'# fault: port-name',
			"# Service storefront forwards to the port named app; the pods' container port is named http",
			`kubectl patch service storefront -n orders-2c5 --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":80}]'`,
			'',
		].join('\n'));
		const level3 = await printSolution(11, 3);
		expect(level3.match(/^# fault: .+$/gm)).toEqual(['# fault: wrong-namespace', '# fault: selector-typo', '# fault: target-port']);
	});

	it('passes when fed back as the script, and the outcome is kept in progress', async () => {
		const config = tempDir();
		const script = join(tempDir(), 'repair.sh');
		writeFileSync(script, await printSolution(11, 3));
		const run = commandContext({args: ['--seed', '11', '--level', '3', '--script', script], env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await drill(run.ctx)).toBe(0);
		const out = run.stdout();
		expect(out).toMatch(/^Drill 11, level 3 \(3 faults\): audit in namespace payments-nqt, on port 31231 of kind-worker\nReported: curl http:\/\/<kind-worker's InternalIP>:31231\/ from your laptop fails: connection refused\n\$ kubectl delete deployment audit -n default\ndeployment.apps "audit" deleted from default namespace\n/);
		expect(out.endsWith('Score: 1 of 1 (100%)\nFixed.\n')).toBe(true);
		const json = commandContext({args: ['--json'], env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await progress(json.ctx)).toBe(0);
		const saved = JSON.parse(json.stdout());
		expect(saved.drills.outcomes).toEqual([
			expect.objectContaining({seed: 11, level: 3, template: 'nodeport-local', faults: ['wrong-namespace', 'selector-typo', 'target-port'], passed: true, assisted: false, hints: 0}),
		]);
	});
});

describe('kubetutor drill --plain < commands', () => {
	it('says not yet without naming the fault, gives hints in tiers, and exits 1 while unfixed', async () => {
		const config = tempDir();
		const run = commandContext({args: ['--seed', '3', '--fault', 'port-name'], input: 'check\nhint\nhint\ncheck\n', env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await drill(run.ctx)).toBe(1);
		const out = run.stdout();
		const goal = 'Task 1: Make kubectl exec -n orders-2c5 toolbox -- curl -s http://storefront:8080/ from pod toolbox in namespace orders-2c5 work again';
		expect(out).toContain(`$ check\n${goal}\n  ✗ not yet\n$ hint\nHint 1 of 3: Service storefront selects its pods but lists no endpoint for them:`);
		expect(out).toContain('$ hint\nHint 2 of 3: A targetPort can name a container port; a pod without a port of that name gets no endpoint in the Service.\n');
		expect(out.slice(out.indexOf('$ check'), out.indexOf('$ hint'))).not.toMatch(/endpoint|targetPort|selector/i);
		// Once the learner asked for a hint, check says which checks still fail and why.
		expect(out).toContain(`$ check\n${goal}\n  ✗ kubectl exec -n orders-2c5 toolbox -- curl -s http://storefront:8080/ from pod toolbox in namespace orders-2c5 works: curl from pod toolbox (namespace orders-2c5) to storefront:8080 was refused: Service storefront has no endpoints: its targetPort "app" names no container port of the pods it selects\n`);
		expect(out.endsWith('Score: 0 of 1 (0%)\nNot fixed yet: what the users reported still happens.\n')).toBe(true);
	});

	it('counts a drill whose solution was shown as assisted', async () => {
		const config = tempDir();
		const repair = (await printSolution(3, 1, 'port-name')).split('\n').filter(line => line.startsWith('kubectl')).join('\n');
		const run = commandContext({args: ['--seed', '3', '--fault', 'port-name'], input: `solution\n${repair}\nsubmit\n`, env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await drill(run.ctx)).toBe(0);
		const out = run.stdout();
		expect(out).toContain('$ solution\nSolution for task 1 (this task now counts as assisted):\n  # fault: port-name\n');
		expect(out).toContain('$ submit\nSubmitted: 1 of 1 tasks pass\n');
		expect(out.endsWith('1      assisted   1        Make kubectl exec -n orders-2c5 toolbox -- curl -s http://storefront:8080/ from pod toolbox in namespace orders-2c5 work again\nScore: 1 of 1 (100%)\nFixed, with the solution shown (assisted).\n')).toBe(true);
		const stored = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8'));
		expect(stored.drills.outcomes[0]).toMatchObject({faults: ['port-name'], passed: true, assisted: true});
	});

	it('refuses a bad level with a usage line', async () => {
		const run = commandContext({args: ['--level', '4'], env: {KUBETUTOR_CONFIG_DIR: tempDir()}});
		expect(await drill(run.ctx)).toBe(2);
		expect(run.stderr()).toBe("kubetutor drill: --level must be 1, 2 or 3, got \"4\". Usage: kubetutor drill [--seed N] [--level 1|2|3] [--workers N] [--script FILE] [--print-solution] (see 'kubetutor drill --help')\n");
	});
});
