import {readFileSync, readdirSync, statSync} from 'node:fs';
import {basename, join} from 'node:path';
import {PACK_MANIFEST, parsePackManifest, type PackManifest} from '../core/classes/pack-manifest.js';
import type {ExportPack} from '../core/classes/export-record.js';
import type {ContentProblem} from '../core/content/content-problem.js';
import {nodeHasher} from './node-hasher.js';

export type ManifestRead = {kind: 'missing'} | {kind: 'ok'; manifest: PackManifest} | {kind: 'bad'; problems: ContentProblem[]};

/** DIR/kubetutor-pack.yaml, when the pack has one. `shownAs` names the file in problems. */
export function readPackManifest(dir: string, shownAs = join(dir, PACK_MANIFEST)): ManifestRead {
	let text: string;
	try {
		text = readFileSync(join(dir, PACK_MANIFEST), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'missing'};
		return {kind: 'bad', problems: [{file: shownAs, line: 1, col: 1, message: `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'error'})`}]};
	}
	const parsed = parsePackManifest(shownAs, text);
	return parsed.ok ? {kind: 'ok', manifest: parsed.manifest} : {kind: 'bad', problems: parsed.problems};
}

/**
 * A pack as an export records it: its manifest (a pack without one is named after its folder,
 * version "unversioned") and the SHA-256 of every lesson, quiz and manifest file in it.
 */
export function describePack(dir: string): Omit<ExportPack, 'content'> {
	const read = readPackManifest(dir);
	const manifest = read.kind === 'ok' ? read.manifest : {id: basename(dir).toLowerCase(), version: 'unversioned', title: basename(dir)};
	const hashes: Record<string, string> = {};
	for (const file of contentFiles(dir)) {
		try {
			hashes[file] = nodeHasher.sha256(readFileSync(join(dir, file), 'utf8'));
		} catch {
			// An unreadable file is reported by validate; the export records the others.
		}
	}
	if (read.kind !== 'missing') {
		try {
			hashes[PACK_MANIFEST] = nodeHasher.sha256(readFileSync(join(dir, PACK_MANIFEST), 'utf8'));
		} catch {
			// Reported by readPackManifest's caller; the pack is still described.
		}
	}
	return {...manifest, files: hashes};
}

function namesIn(dir: string): string[] {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** The lesson and quiz files of a pack, by path inside it, where `validate` looks for them. */
function contentFiles(dir: string): string[] {
	const nested = ['lessons', 'quizzes'].filter(folder => isFolder(join(dir, folder)));
	const wanted = (name: string) => (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') || (/\.ya?ml$/.test(name) && name !== PACK_MANIFEST);
	if (nested.length === 0) return namesIn(dir).filter(wanted);
	return nested.flatMap(folder => namesIn(join(dir, folder)).filter(wanted).map(name => `${folder}/${name}`));
}
