import {readdirSync, readFileSync, existsSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
	});
}

// A newcomer must be able to follow every reference a comment makes, so comments cite only
// the documents the repository carries.
describe('documents cited from code', () => {
	const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'test')), join(ROOT, 'tsup.config.ts'), join(ROOT, 'vitest.config.ts')].filter(file => !file.endsWith('docs-cited.test.ts'));

	it('are the ones in docs/, and they exist', () => {
		const cited = new Set<string>();
		const outside: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/docs\/[a-z-]+\.md/g)) cited.add(match[0]);
			if (/ink-notes|DESIGN (rule|\.md)|CONTRACT\.md|k8s-service-semantics/.test(text)) outside.push(file.slice(ROOT.length + 1));
		}
		expect(outside).toEqual([]);
		expect([...cited].filter(doc => !existsSync(join(ROOT, doc)))).toEqual([]);
	});
});
