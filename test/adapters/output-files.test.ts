import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {learnerFiles} from '../../src/adapters/learner-files.js';
import {writeNewFiles} from '../../src/adapters/output-files.js';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-out-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe("the sandbox's save writes only new files in a new folder", () => {
	it('creates the folder and its subfolders', () => {
		const cwd = tempDir();
		expect(learnerFiles(cwd).writeFiles('out', {'manifests/01-a.yaml': 'a\n', 'README.md': 'r\n'})).toBeUndefined();
		expect(readFileSync(join(cwd, 'out', 'manifests', '01-a.yaml'), 'utf8')).toBe('a\n');
	});

	it('refuses a link, a non-empty folder, a file, and names that leave the folder', () => {
		const cwd = tempDir();
		mkdirSync(join(cwd, 'elsewhere'));
		symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'linked'));
		expect(learnerFiles(cwd).writeFiles('linked', {'a.yaml': 'a'})).toBe(`${join(cwd, 'linked')} is a symbolic link; nothing written`);
		writeFileSync(join(cwd, 'elsewhere', 'x'), 'x');
		expect(learnerFiles(cwd).writeFiles('elsewhere', {'a.yaml': 'a'})).toBe(`${join(cwd, 'elsewhere')} is not empty; choose a new folder (nothing is overwritten)`);
		expect(learnerFiles(cwd).writeFiles('elsewhere/x', {'a.yaml': 'a'})).toBe(`${join(cwd, 'elsewhere', 'x')} exists and is not a folder; nothing written`);
		expect(writeNewFiles(join(cwd, 'new'), {'../escape.yaml': 'a'})).toBe(`../escape.yaml: not inside ${join(cwd, 'new')}; nothing more written`);
		expect(readFileSync(join(cwd, 'elsewhere', 'x'), 'utf8')).toBe('x');
	});
});
