import {lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, isAbsolute, join, normalize, relative, resolve, sep} from 'node:path';

/** Why a write was refused or failed, as one line naming the path; undefined when written. */
export type WriteProblem = string | undefined;

function code(error: unknown): string {
	return (error as NodeJS.ErrnoException)?.code ?? 'error';
}

function reasonOf(error: unknown): string {
	switch (code(error)) {
		case 'ENOENT':
			return 'its folder does not exist';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ENOSPC':
			return 'the disk is full';
		case 'EISDIR':
			return 'it is a folder';
		case 'EEXIST':
			return 'it already exists';
		default:
			return `cannot write it (${code(error)})`;
	}
}

/**
 * Writes one file that may replace an earlier one of ours (an export, a report). A link is never
 * followed and nothing but a regular file is replaced: the text goes to a new file beside it,
 * which is then renamed over the name.
 */
export function writeReplacing(path: string, text: string): WriteProblem {
	try {
		const stat = lstatSync(path);
		if (stat.isSymbolicLink()) return `${path} is a symbolic link; not written`;
		if (!stat.isFile()) return `${path} exists and is not a regular file; not written`;
	} catch (error) {
		if (code(error) !== 'ENOENT') return `${path}: ${reasonOf(error)}`;
	}
	const temporary = join(dirname(path), `.${Math.random().toString(36).slice(2)}.kubetutor-tmp`);
	try {
		writeFileSync(temporary, text, {flag: 'wx', mode: 0o644});
		renameSync(temporary, path);
		return undefined;
	} catch (error) {
		rmSync(temporary, {force: true});
		return `${path}: ${reasonOf(error)}`;
	}
}

/** The first folder between root and dir (root excluded) that is a link, if any. */
function linkOnTheWay(root: string, dir: string): string | undefined {
	let current = root;
	for (const part of relative(root, dir).split(sep).filter(Boolean)) {
		current = join(current, part);
		try {
			if (lstatSync(current).isSymbolicLink()) return current;
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/**
 * Writes a set of new files under DIR (`save DIR`). DIR must be new or an empty folder (not a
 * link), or with `intoExisting` an existing folder (`new lesson` in a pack); no file is overwritten, no link followed, no name may leave DIR.
 */
export function writeNewFiles(dir: string, files: Readonly<Record<string, string>>, options: {intoExisting?: boolean} = {}): WriteProblem {
	try {
		const stat = lstatSync(dir);
		if (stat.isSymbolicLink()) return `${dir} is a symbolic link; nothing written`;
		if (!stat.isDirectory()) return `${dir} exists and is not a folder; nothing written`;
		if (!options.intoExisting && readdirSync(dir).length > 0) return `${dir} is not empty; choose a new folder (nothing is overwritten)`;
	} catch (error) {
		if (code(error) !== 'ENOENT') return `${dir}: ${reasonOf(error)}`;
		try {
			mkdirSync(dir, {recursive: true});
		} catch (mkdirError) {
			return `cannot create ${dir}: ${reasonOf(mkdirError)}`;
		}
	}
	const root = resolve(dir);
	for (const [name, text] of Object.entries(files)) {
		const target = resolve(root, normalize(name));
		if (isAbsolute(name) || !target.startsWith(root + sep)) return `${name}: not inside ${dir}; nothing more written`;
		const linked = linkOnTheWay(root, dirname(target));
		if (linked) return `${linked} is a symbolic link; nothing more written`;
		try {
			mkdirSync(dirname(target), {recursive: true});
			writeFileSync(target, text, {flag: 'wx', mode: 0o644});
		} catch (error) {
			return `${join(dir, name)}: ${reasonOf(error)}`;
		}
	}
	return undefined;
}
