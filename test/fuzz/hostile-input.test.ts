import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {SeededRandom} from '../../src/core/cluster/seeded-random.js';
import {runScript} from '../../src/core/cluster/shell/batch.js';

/**
 * Hostile input against the built program and the core shell: generated command lines, mutated
 * manifests and hostile content packs. Nothing may print a stack trace or an internal error,
 * exit with anything but 0, 1 or 2, take unbounded time or memory, or send an escape or C1 byte
 * to the terminal. The seed is printed; FUZZ_SEED=N replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'kubetutor-fuzz-'));
const tally = {tried: 0, failed: 0};
afterAll(() => {
	rmSync(work, {recursive: true, force: true});
	console.log(`fuzz: seed ${SEED}, ${tally.tried} inputs tried, ${tally.failed} failed (replay with FUZZ_SEED=${SEED})`);
});

/** What must never appear in anything the program prints. */
function problemsIn(text: string): string[] {
	const found: string[] = [];
	if (/^ {4}at /m.test(text)) found.push('a stack frame');
	if (/TypeError|RangeError|ReferenceError|SyntaxError: /.test(text)) found.push('a JavaScript error');
	if (/Internal error occurred: Cannot|kubetutor: internal error/.test(text)) found.push('an internal error');
	if (/[\u001b\u0080-\u009f]/.test(text)) found.push('an escape or C1 byte');
	return found;
}

function check(label: string, text: string, extra: string[] = []): void {
	tally.tried++;
	const found = [...problemsIn(text), ...extra];
	if (found.length > 0) {
		tally.failed++;
		expect.fail(`seed ${SEED}, ${label}: ${found.join(', ')}\n${text.slice(0, 2000)}`);
	}
}

const WORDS = [
	'kubectl', 'get', 'apply', 'create', 'delete', 'scale', 'describe', 'expose', 'label', 'deploy', 'svc', 'pods', 'cm', 'web', '-f', '-',
	'--replicas=2147483647', '--replicas=-1', '--replicas=99999999999999999999', '--image=nginx', '-o', 'yaml', 'json', "jsonpath='{.data}'",
	'/dev/zero', '/proc/self/environ', 'fifo', 'big.yaml', '~/.kube/config', '../../etc/passwd', 'cat', 'grep', '-E', '-o', "'(a+)+$'",
	"'a\\|b'", "'[[:alpha:]'", "'\\(a'", "'a{999}'", 'wc', '-c', 'head', 'echo', '$(echo', 'x)', '|', '&&', ';', '>', 'out.txt', '<', '__proto__',
	'constructor', 'prototype', 'deployment', 'x', '--port=80', '-l', '__proto__=x', 'app=web', 'sleep', '3600', 'exit', 'trace', 'curl', 'http://web',
];

function commandLine(random: SeededRandom): string {
	const length = 1 + random.int(8);
	return Array.from({length}, () => WORDS[random.int(WORDS.length)]).join(' ');
}

const BASE_MANIFEST = [
	'apiVersion: apps/v1',
	'kind: Deployment',
	'metadata:',
	'  name: web',
	'  labels: {app: web}',
	'spec:',
	'  replicas: 3',
	'  selector:',
	'    matchLabels: {app: web}',
	'  template:',
	'    metadata:',
	'      labels: {app: web}',
	'    spec:',
	'      containers:',
	'        - name: web',
	'          image: nginx',
	'          ports: [{containerPort: 80}]',
];

const INSERTS = [
	'  __proto__: {replicas: 1}', '  constructor: x', '  prototype: {}', 'a: &a [*a]', '  x: &b {y: *b}', `  deep: ${'['.repeat(300)}${']'.repeat(300)}`,
	'  replicas: 2147483647', '  replicas: 1e308', '  replicas: "3"', '\t', '---', '--- x', '  - -', "  name: '", '  name: "\\u001b]52;c;aGk=\\u0007"',
	'  a: !!binary aGk=', '  ? [a]', '  <<: {x: 1}', '  name: \u009b31m', ...Array.from({length: 5}, (_, i) => `  k${i}: &k${i} [*k${Math.max(0, i - 1)}, *k${Math.max(0, i - 1)}]`),
];

function mutatedManifest(random: SeededRandom): string {
	const lines = [...BASE_MANIFEST];
	for (let count = 1 + random.int(3); count > 0; count--) {
		const at = random.int(lines.length + 1);
		switch (random.int(4)) {
			case 0:
				lines.splice(at, 0, INSERTS[random.int(INSERTS.length)]);
				break;
			case 1:
				lines.splice(at, 1);
				break;
			case 2:
				lines.splice(at, 0, lines[random.int(lines.length)] ?? '');
				break;
			default: {
				const line = lines[at] ?? '';
				const cut = random.int(line.length + 1);
				lines[at] = line.slice(0, cut) + '{[:&*!|>"\''[random.int(10)] + line.slice(cut);
			}
		}
	}
	return lines.join('\n');
}

function runCli(args: string[], input?: string): {status: number | null; output: string; ms: number} {
	const started = Date.now();
	const result = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, ...args], {
		cwd: work,
		input,
		encoding: 'utf8',
		timeout: 60_000,
		env: {...process.env, KUBETUTOR_CONFIG_DIR: join(work, 'config'), NO_COLOR: '1'},
	});
	return {status: result.status, output: `${result.stdout}${result.stderr}`, ms: Date.now() - started};
}

describe(`hostile input (seed ${SEED})`, () => {
	test('generated command lines in the core shell', () => {
		const random = new SeededRandom(SEED);
		for (let round = 0; round < 40; round++) {
			const script = Array.from({length: 15}, () => commandLine(random)).join('\n');
			const {transcript, exitCode} = runScript(`${script}\n`, {seed: round, readFile: () => undefined});
			check(`shell round ${round}`, transcript, [0, 1].includes(exitCode) ? [] : [`exit ${exitCode}`]);
		}
	}, 120_000);

	test('mutated manifests in the core shell', () => {
		const random = new SeededRandom(SEED + 1);
		for (let round = 0; round < 150; round++) {
			const manifest = mutatedManifest(random);
			const verb = ['apply', 'create'][random.int(2)];
			const {transcript} = runScript(`kubectl ${verb} -f - <<EOF\n${manifest}\nEOF\nkubectl get deploy -o yaml\n`, {seed: round, readFile: () => undefined});
			check(`manifest round ${round}:\n${manifest}`, transcript);
		}
	}, 120_000);

	test.skipIf(!existsSync(CLI))('batch mode of the built program, with hostile files beside it', () => {
		spawnSync('mkfifo', [join(work, 'fifo')]);
		writeFileSync(join(work, 'big.yaml'), 'x'.repeat(5 * 1024 * 1024));
		const random = new SeededRandom(SEED + 2);
		for (let round = 0; round < 6; round++) {
			const script = Array.from({length: 20}, () => commandLine(random)).join('\n');
			writeFileSync(join(work, 'script.sh'), `${script}\n`);
			const {status, output, ms} = runCli(['sandbox', '--script', 'script.sh', '--seed', String(round)]);
			check(`batch round ${round}:\n${script}`, output, [...([0, 1, 2].includes(status ?? -1) ? [] : [`exit ${status}`]), ...(ms < 60_000 ? [] : ['took a minute'])]);
		}
		for (const target of ['/dev/zero', 'fifo', 'big.yaml']) {
			const {status, output} = runCli(['sandbox', '--script', target]);
			check(`sandbox --script ${target}`, output, status === 2 ? [] : [`exit ${status}`]);
		}
	}, 600_000);

	test.skipIf(!existsSync(CLI))('validate on hostile content packs', () => {
		const random = new SeededRandom(SEED + 3);
		const hostile = [
			`setup: |\n      cat /etc/shadow\n      kubectl apply -f ~/.kube/config`,
			`setup: "${'['.repeat(500)}"`,
			`setup: &a [*a]`,
			`title: "\\u001b]52;c;aGk=\\u001b\\\\ and \\u009d"`,
			`__proto__: {id: x}`,
			Array.from({length: 150}, (_, i) => `a${i}: &a${i} x`).join('\n    ') + '\n    b: [' + Array.from({length: 150}, (_, i) => `*a${i}`).join(', ') + ']',
		];
		for (let round = 0; round < 4; round++) {
			const pack = join(work, `pack${round}`);
			mkdirSync(join(pack, 'lessons'), {recursive: true});
			mkdirSync(join(pack, 'quizzes'), {recursive: true});
			for (let file = 0; file < 3; file++) {
				const extra = hostile[random.int(hostile.length)];
				writeFileSync(
					join(pack, 'lessons', `l${file}.md`),
					`---\nid: l${round}-${file}\ntitle: T\norder: ${900 + file}\nsummary: S\ntasks:\n  - id: t\n    title: T\n    ${extra}\n    checks: [{endpoints: {service: web, min: 1}}]\n    hints: [h]\n    solution: echo\n---\n\n# Body\n`,
				);
				writeFileSync(join(pack, 'quizzes', `q${file}.yaml`), `id: q${round}-${file}\nlesson: l${round}-${file}\ntitle: Q\nquestions:\n  - id: a\n    kind: single\n    ${extra}\n`);
			}
			const {status, output} = runCli(['validate', pack]);
			check(`validate pack ${round}`, output, [0, 1, 2].includes(status ?? -1) ? [] : [`exit ${status}`]);
		}
	}, 600_000);
});
