import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {SeededRandom} from '../../../../src/core/cluster/seeded-random.js';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {splitScript} from '../../../../src/core/cluster/shell/split-script.js';
import {CORPUS_DIR} from '../../../fixtures/corpus-dir.js';

/**
 * Thousands of random and mutated command lines and manifests through batch mode: nothing may
 * throw, no JavaScript error or stack frame may reach the transcript, and every command gets
 * exactly one `$ ` header.
 */
const CORPUS = CORPUS_DIR;

function corpusManifests(): string[] {
	const out: string[] = [];
	for (const dir of readdirSync(CORPUS, {withFileTypes: true})) {
		if (!dir.isDirectory()) continue;
		for (const file of readdirSync(join(CORPUS, dir.name))) {
			const text = readFileSync(join(CORPUS, dir.name, file), 'utf8');
			// the big all-in-one files cost the controllers more than they add to the decoder's coverage
			if (text.length < 4000) out.push(text);
		}
	}
	return out;
}

const WORDS = [
	'kubectl', 'k', 'get', 'describe', 'apply', 'create', 'delete', 'expose', 'run', 'exec', 'scale', 'label', 'patch', 'wait', 'rollout',
	'status', 'svc', 'services', 'pods', 'po', 'deploy', 'deployment', 'ep', 'endpointslices', 'ing', 'nodes', 'ns', 'all', 'web', 'db',
	'kubernetes', 'svc/web', 'deploy/web', 'pod/tmp', 'service', 'nodeport', 'clusterip', 'loadbalancer', 'externalname', 'namespace',
	'-n', 'kube-system', 'dev', '-A', '-o', 'yaml', 'json', 'wide', 'name', "jsonpath='{.items[*].metadata.name}'", '-l', 'app=web',
	'--show-labels', '--replicas=2', '--replicas', '3', '--image=nginx', '--image=busybox', '--port=80', '--target-port=8080',
	'--tcp=80:8080', '--node-port=30080', '--type=NodePort', '--dry-run=client', '-f', '-', 'svc.yaml', 'nope.yaml', 'dir', '--', 'sh',
	'-it', '--rm', 'curl', 'wget', '-qO-', 'nslookup', 'dig', '+short', 'ping', '-c', '1', 'http://web', 'http://10.96.0.1:443',
	'web.default.svc.cluster.local', '172.18.0.3', 'ssh', 'kind-worker', 'exit', 'sleep', '2', 'trace', 'history', 'help', 'clear',
	'echo', 'cat', '/etc/resolv.conf', 'grep', 'head', '|', '&&', ';', '>', '2>&1', "'quoted word'", '"double"', '\\', 'app-', '--overwrite',
	'-p', '{"spec":{"type":"NodePort"}}', '--type', 'merge', 'json', 'hostname', 'env', 'docker', 'exec', 'iptables-save', '-w',
];

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 30080\n';
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        ports:\n        - containerPort: 80\n';

function mutate(random: SeededRandom, text: string): string {
	const chars = [...text];
	const edits = 1 + random.int(4);
	const noise = [':', ' ', '-', '\t', '"', "'", '{', '}', '[', ']', '\n', '#', '0', '---\n', 'x', '&', '*', '!', '|', '>'];
	for (let i = 0; i < edits && chars.length > 0; i++) {
		const at = random.int(chars.length);
		const choice = random.int(3);
		if (choice === 0) chars.splice(at, 1);
		else if (choice === 1) chars.splice(at, 0, random.pick(noise));
		else chars[at] = random.pick(noise);
	}
	return chars.join('');
}

function randomLine(random: SeededRandom): string {
	const length = 1 + random.int(8);
	const words = Array.from({length}, () => random.pick(WORDS));
	if (random.int(3) > 0) words[0] = random.pick(['kubectl', 'kubectl', 'kubectl', 'k', 'curl', 'nslookup', 'echo', 'ssh', 'exit', 'sleep']);
	let line = words.join(' ');
	if (random.int(4) === 0) line = mutate(random, line);
	// a literal `$ ` at the start of an output line would look like a header
	return line.replace(/\$/g, '').replace(/\n/g, ' ');
}

function manifestCommand(random: SeededRandom, manifests: readonly string[]): string {
	const base = random.int(3) === 0 ? random.pick([SERVICE, DEPLOYMENT]) : manifests.length > 0 ? random.pick(manifests) : SERVICE;
	const body = random.int(2) === 0 ? mutate(random, base) : base;
	const lines = body.split('\n').filter(line => line.trim() !== 'FUZZEOF');
	return `kubectl ${random.pick(['apply', 'create', 'delete'])} -f - <<'FUZZEOF'\n${lines.join('\n')}\nFUZZEOF`;
}

describe('fuzzing batch mode', () => {
	test('random and mutated input never crashes and every command gets one header', () => {
		const random = new SeededRandom(20261124);
		const manifests = corpusManifests();
		const files: Record<string, string> = {'svc.yaml': SERVICE, 'dir/deploy.yaml': DEPLOYMENT};
		const readFile = (path: string) => files[path];
		const listDir = (path: string) => (path.replace(/\/$/, '') === 'dir' ? ['deploy.yaml'] : undefined);
		let commands = 0;
		for (let script = 0; script < 40; script++) {
			const lines: string[] = [];
			for (let i = 0; i < 60; i++) lines.push(random.int(8) === 0 ? manifestCommand(random, manifests) : randomLine(random));
			const text = lines.join('\n') + '\n';
			const expected = splitScript(text).length;
			let result: ReturnType<typeof runScript> | undefined;
			expect(() => {
				result = runScript(text, {seed: script, readFile, listDir});
			}).not.toThrow();
			const transcript = result?.transcript ?? '';
			const headers = transcript.split('\n').filter(line => line.startsWith('$ ')).length;
			expect(headers, `script ${script}`).toBe(expected);
			expect(transcript).not.toMatch(/^\s+at .+(\(|:\d+)/m);
			expect(transcript).not.toMatch(/\b(Type|Reference|Range|Syntax|Internal)?Error: /);
			expect(transcript).not.toMatch(/kubetutor: internal error/);
			expect([0, 1]).toContain(result?.exitCode);
			commands += expected;
		}
		expect(commands).toBeGreaterThan(2000);
	});
});
