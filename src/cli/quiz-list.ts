import {readFileSync, readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import type {QuizEntry} from '../core/app/home-items.js';
import {PACK_MANIFEST} from '../core/classes/pack-manifest.js';
import {sanitise} from '../core/content/sanitise.js';
import {shippedDir} from './content-files.js';

/**
 * Only the header before `questions:` is parsed, and questions are counted by their list items:
 * parsing every question of every quiz would delay the home screen for a menu line.
 */
function entryOf(text: string): QuizEntry | undefined {
	try {
		const lines = text.split(/\r?\n/);
		const start = lines.findIndex(line => /^questions:\s*$/.test(line));
		const data = parse(start >= 0 ? lines.slice(0, start).join('\n') : text) as Record<string, unknown> | null;
		if (!data || typeof data.id !== 'string' || typeof data.title !== 'string') return undefined;
		let questions = Array.isArray(data.questions) ? data.questions.length : 0;
		if (start >= 0) {
			const first = lines.slice(start + 1).find(line => /^\s*- /.test(line));
			const indent = first ? /^(\s*)- /.exec(first)![1] : undefined;
			questions = indent === undefined ? 0 : lines.slice(start + 1).filter(line => line.startsWith(`${indent}- `)).length;
		}
		return {id: data.id, title: sanitise(data.title), ...(typeof data.lesson === 'string' ? {lesson: data.lesson} : {}), questions};
	} catch {
		return undefined;
	}
}

/**
 * Ids and titles of the quizzes for menus. Only a cheap read: checking the files is the quiz
 * engine's job when a quiz starts, and `kubetutor validate` reports broken ones.
 */
export function listQuizzes(contentDirs: readonly string[], cwd: string): QuizEntry[] {
	const seen = new Set<string>();
	const entries: QuizEntry[] = [];
	for (const dir of [shippedDir('quizzes'), ...contentDirs.flatMap(d => [join(resolve(cwd, d), 'quizzes'), resolve(cwd, d)])]) {
		let names: string[] = [];
		try {
			names = readdirSync(dir).filter(name => /\.ya?ml$/.test(name) && name !== PACK_MANIFEST).sort();
		} catch {
			continue;
		}
		for (const name of names) {
			let text: string;
			try {
				text = readFileSync(join(dir, name), 'utf8');
			} catch {
				continue;
			}
			const entry = entryOf(text);
			if (entry && !seen.has(entry.id)) {
				seen.add(entry.id);
				entries.push(entry);
			}
		}
	}
	return entries;
}
