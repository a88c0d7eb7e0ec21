import {readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {PACK_MANIFEST, parsePackManifest, type PackManifest} from '../core/classes/pack-manifest.js';
import type {ExportPack} from '../core/classes/export-record.js';
import type {ContentProblem} from '../core/content/validate-problem.js';
import {readContentFiles} from '../commands/validate.js';
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
	const {files} = readContentFiles([dir], dir);
	const hashes: Record<string, string> = {};
	for (const file of files) hashes[file.file] = nodeHasher.sha256(file.text);
	if (read.kind !== 'missing') {
		try {
			hashes[PACK_MANIFEST] = nodeHasher.sha256(readFileSync(join(dir, PACK_MANIFEST), 'utf8'));
		} catch {
			// Reported by readPackManifest's caller; the pack is still described.
		}
	}
	return {...manifest, files: hashes};
}
