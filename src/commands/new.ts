import {readdirSync} from 'node:fs';
import {basename, join, resolve} from 'node:path';
import {writeNewFiles} from '../adapters/output-files.js';
import {readPackManifest} from '../adapters/pack-files.js';
import type {CommandContext} from '../cli/command.js';
import {PACK_MANIFEST} from '../core/classes/pack-manifest.js';
import {scaffold, type PackFolder, type ScaffoldKind} from '../core/classes/pack-scaffold.js';
import {sanitise} from '../core/content/sanitise.js';
import {formatProblem} from '../core/content/content-problem.js';
import {fileContentReader} from '../adapters/content-files.js';
import {loadContent} from '../core/content/load-content.js';

const HINT = "Usage: kubetutor new lesson|quiz DIR (see 'kubetutor new --help')";

function namesIn(dir: string): string[] {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
}

/**
 * `kubetutor new lesson|quiz DIR`: a new pack in DIR (manifest and a first lesson or quiz), or the
 * next lesson or quiz in the pack DIR already is. Never overwrites a file.
 */
export default async function newContent(ctx: CommandContext): Promise<number> {
	const [kind, target] = ctx.args;
	if (kind !== 'lesson' && kind !== 'quiz') {
		ctx.stderr.write(`kubetutor: new makes a "lesson" or a "quiz"${kind === undefined ? '' : `, not "${sanitise(kind)}"`}. ${HINT}\n`);
		return 2;
	}
	if (target === undefined) {
		ctx.stderr.write(`kubetutor: new ${kind} needs the pack's folder. ${HINT}\n`);
		return 2;
	}
	const dir = resolve(ctx.cwd, target);
	const existing = namesIn(dir);
	const manifest = readPackManifest(dir, join(target, PACK_MANIFEST));
	if (manifest.kind === 'bad') {
		for (const problem of manifest.problems) ctx.stderr.write(`${formatProblem(problem)}\n`);
		ctx.stderr.write(`kubetutor: ${target} has a pack manifest that needs fixing first; nothing written\n`);
		return 1;
	}
	if (manifest.kind === 'missing' && existing.length > 0) {
		ctx.stderr.write(`kubetutor: ${target} is not empty and has no ${PACK_MANIFEST}; choose a new folder for a new pack (nothing written)\n`);
		return 1;
	}
	const lessonIds = manifest.kind === 'ok' ? loadContent([dir], fileContentReader(dir)).lessons.map(lesson => lesson.id) : [];
	const folder: PackFolder = {
		name: basename(dir),
		...(manifest.kind === 'ok' ? {manifest: manifest.manifest} : {}),
		lessons: namesIn(join(dir, 'lessons')),
		quizzes: namesIn(join(dir, 'quizzes')),
		lessonIds,
	};
	const created = scaffold(kind as ScaffoldKind, folder);
	const problem = writeNewFiles(dir, created, {intoExisting: manifest.kind === 'ok'});
	if (problem) {
		ctx.stderr.write(`kubetutor: new ${kind}: ${problem}\n`);
		return 1;
	}
	for (const name of Object.keys(created)) ctx.stdout.write(`Created ${join(target, name)}\n`);
	ctx.stdout.write(`Edit it, then check the pack with: kubetutor validate ${target}\nTry it with: kubetutor --content ${target}\n`);
	return 0;
}
