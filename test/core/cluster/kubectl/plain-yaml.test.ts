import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDocument} from 'yaml';
import {readPlainYaml} from '../../../../src/core/cluster/kubectl/plain-yaml.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
	});
}

/** Every YAML document of the shipped lessons, the test fixtures and the quizzes. */
function corpus(): string[] {
	const docs: string[] = [];
	for (const file of files(join(ROOT, 'lessons'), /\.md$/).concat(files(join(ROOT, 'test', 'fixtures'), /\.md$/))) {
		for (const block of readFileSync(file, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)) docs.push(...block[1].split(/^---.*$/m));
	}
	for (const file of files(join(ROOT, 'test', 'fixtures'), /\.ya?ml$/).concat(files(join(ROOT, 'quizzes'), /\.ya?ml$/))) docs.push(...readFileSync(file, 'utf8').split(/^---.*$/m));
	return docs.filter(doc => doc.trim() !== '');
}

function yamlValue(text: string): unknown {
	const document = parseDocument(text, {uniqueKeys: true, strict: false});
	return document.errors.length > 0 ? 'error' : document.toJS();
}

describe('the plain YAML reader for manifests', () => {
	it('reads every document it accepts exactly as the yaml package does, and accepts most manifests', () => {
		const docs = corpus();
		let accepted = 0;
		for (const doc of docs) {
			const plain = readPlainYaml(doc);
			if (!plain) continue;
			accepted++;
			expect(plain.value, doc).toEqual(yamlValue(doc));
		}
		expect(docs.length).toBeGreaterThan(50);
		expect(accepted / docs.length).toBeGreaterThan(0.5);
	});

	it('reads scalars as the core schema does', () => {
		const doc = 'a: 80\nb: "80"\nc: \'x y\'\nd: true\ne: ~\nf:\ng: 10.96.0.10\nh: 30080/TCP\ni: -1\nj: Null\nk: nginx:1.27\nl: http://web.default.svc/path?q=1\n';
		expect(readPlainYaml(doc)?.value).toEqual(yamlValue(doc));
		expect(readPlainYaml(doc)?.value).toMatchObject({a: 80, b: '80', d: true, e: null, f: null, g: '10.96.0.10', i: -1, j: null});
	});

	it('reads lists at the key indent and compact mappings in list items', () => {
		const doc = 'spec:\n  containers:\n  - name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n    -\n    - 8080\n  - name: side\nafter: 1\n';
		expect(readPlainYaml(doc)?.value).toEqual(yamlValue(doc));
	});

	it('leaves everything else to the yaml package', () => {
		for (const doc of [
			'a: 1.5\n',
			'a: 1e3\n',
			'a: 0x1F\n',
			'a: .inf\n',
			'a: [1, 2]\n',
			'a: {b: 1}\n',
			'a: &x 1\nb: *x\n',
			'a: |\n  text\n',
			'a: !!str 1\n',
			'a: "esc\\n"\n',
			"a: 'it''s'\n",
			'a: b # comment\n',
			'a: 1\na: 2\n',
			'a: 1\n - b\n',
			'a:\n\t- b\n',
			'a: b: c\n',
			'just a string\n',
			'"quoted key": 1\n',
			'80: http\n',
			'a: long\n  continued\n',
			'- - nested\n',
			'__proto__: 1\n',
			'<<: {a: 1}\n',
		]) {
			expect(readPlainYaml(doc), doc).toBeUndefined();
		}
	});
});
