import {mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadAllContent, packageRoot} from '../../src/adapters/content-files.js';
import {quizEntries} from '../../src/core/content/load-content.js';
import {readShippedCatalog} from '../../src/cli/shipped-catalog.js';
import {writeShippedCatalog} from '../../src/cli/shipped-catalog-build.js';

/** A package folder holding the built catalog in dist/ and the shipped lessons and quizzes beside it. */
function builtPackage(): string {
	const root = mkdtempSync(join(tmpdir(), 'kt-catalog-'));
	mkdirSync(join(root, 'dist'));
	expect(writeShippedCatalog(join(root, 'dist'))).toBeUndefined();
	for (const kind of ['lessons', 'quizzes']) {
		mkdirSync(join(root, kind));
		const shipped = join(packageRoot(), kind);
		for (const name of Object.keys(JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')).files).filter(file => file.startsWith(`${kind}/`))) {
			writeFileSync(join(root, name), readFileSync(join(shipped, name.slice(kind.length + 1))));
		}
	}
	return root;
}

describe('the catalog built with the package', () => {
	it('gives the home the lessons and quiz list the loader reads from the files', () => {
		const root = builtPackage();
		const read = readShippedCatalog(join(root, 'dist', 'catalog.json'));
		const loaded = loadAllContent([], packageRoot());
		expect(read?.lessons.map(lesson => ({...lesson, file: lesson.file.slice(root.length + 1)}))).toEqual(loaded.lessons);
		expect(loaded.problems).toEqual([]);
		expect(read?.quizzes).toEqual(quizEntries(loaded.quizzes));
		expect(read?.lessons[0].file).toBe(resolve(root, 'lessons', '01-what-is-a-service.md'));
	});

	it('is not used once a shipped file changed, or when it is missing or damaged', () => {
		const root = builtPackage();
		const catalog = join(root, 'dist', 'catalog.json');
		writeFileSync(join(root, 'lessons', '02-clusterip.md'), readFileSync(join(root, 'lessons', '02-clusterip.md'), 'utf8') + '\nOne more line.\n');
		expect(readShippedCatalog(catalog)).toBeUndefined();
		expect(readShippedCatalog(join(root, 'dist', 'nothing.json'))).toBeUndefined();
		writeFileSync(catalog, '{"format": 1, "catal');
		expect(readShippedCatalog(catalog)).toBeUndefined();
	});
});
