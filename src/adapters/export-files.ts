import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {sanitise} from '../core/content/sanitise.js';

/** An export is a few hundred kilobytes; anything far larger is not one. */
const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

export type ReadExport = {file: string; data: unknown} | {file: string; problem: string};

function shown(path: string, cwd: string): string {
	const rel = relative(cwd, path);
	return sanitise(rel && !rel.startsWith('..') ? rel : path);
}

/** The files a report reads: each FILE as given, each DIR's `*.json` (not its subfolders). */
export function readExportFiles(targets: readonly string[], cwd: string): ReadExport[] {
	const read: ReadExport[] = [];
	for (const target of targets) {
		const path = resolve(cwd, target);
		let isDirectory: boolean;
		try {
			isDirectory = statSync(path).isDirectory();
		} catch {
			read.push({file: shown(path, cwd), problem: 'no such file or folder'});
			continue;
		}
		if (!isDirectory) {
			read.push(readOne(path, cwd));
			continue;
		}
		let names: string[];
		try {
			names = readdirSync(path).filter(name => name.toLowerCase().endsWith('.json')).sort();
		} catch {
			read.push({file: shown(path, cwd), problem: 'cannot read this folder'});
			continue;
		}
		for (const name of names) read.push(readOne(join(path, name), cwd));
	}
	return read;
}

function readOne(path: string, cwd: string): ReadExport {
	const file = shown(path, cwd);
	try {
		// what a link points at counts: a link to a FIFO or /dev/zero is refused like the thing itself
		const stat = statSync(path);
		if (!stat.isFile()) return {file, problem: 'not a regular file'};
		if (stat.size > MAX_EXPORT_BYTES) return {file, problem: 'larger than 20 MB, not an export'};
		const text = readFileSync(path, 'utf8');
		try {
			return {file, data: JSON.parse(text)};
		} catch (error) {
			return {file, problem: `not valid JSON (${sanitise(String((error as Error).message).split('\n')[0])})`};
		}
	} catch (error) {
		return {file, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`};
	}
}
