import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

function sources(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

const FORBIDDEN = /from '(ink|react|node:fs|node:child_process|node:net)(\/[^']*)?'|\bprocess\.(env|stdout|stdin|exit|argv|cwd)\b/;

describe('the core', () => {
	// docs/architecture.md, "Folder map": the app model, content and simulator run the same in tests, batch mode and Ink.
	it('never touches the terminal, the file system or the process', () => {
		const offenders = sources('src/core').filter(file => FORBIDDEN.test(readFileSync(file, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
