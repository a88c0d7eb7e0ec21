/**
 * `validate`'s check that a lesson's task setups read no file (docs/content.md, "What content
 * may not do"): each setup runs in a scratch cluster with the content reader, and every command
 * that tried is reported at its line in the lesson file.
 */
import {LineCounter, parseDocument} from 'yaml';
import {createCluster} from '../cluster/create-cluster.js';
import type {ContentFile, Lesson} from '../content/lesson.js';
import type {ContentProblem} from '../content/content-problem.js';
import {positionOf} from '../content/yaml-position.js';
import {parseTasks} from './parse-tasks.js';
import {runContentSetup} from './task-sandbox.js';

export function setupFileProblems(file: ContentFile, lesson: Lesson): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const raw = Array.isArray(lesson.tasks) ? (lesson.tasks as unknown[]) : [];
	for (const task of parseTasks(lesson.tasks).tasks) {
		if (!task.setup.trim()) continue;
		const ran = runContentSetup(createCluster({seed: 1}), task.setup, `lesson "${lesson.id}", task "${task.id}"`);
		const index = raw.findIndex(entry => (entry as {id?: unknown} | null)?.id === task.id);
		const seen = new Set<string>();
		for (const attempt of ran.refused) {
			const line = Number(/\d+$/.exec(attempt.where ?? '')?.[0] ?? 1);
			if (seen.has(`${line}`)) continue;
			seen.add(`${line}`);
			problems.push({
				file: file.file,
				...setupLinePosition(file.text, index, line),
				message: `task "${task.id}": setup reads the file "${attempt.path}"; content may not read files, only commands the learner types may`,
			});
		}
	}
	return problems;
}

/** Where line `line` (1-based) of task `index`'s setup sits in the lesson file. */
function setupLinePosition(text: string, index: number, line: number): {line: number; col: number} {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const end = lines.findIndex((entry, at) => at > 0 && (entry.trim() === '---' || entry.trim() === '...'));
	const yaml = lines.slice(1, end < 0 ? lines.length : end).join('\n');
	const counter = new LineCounter();
	const start = positionOf(parseDocument(yaml, {lineCounter: counter}), counter, ['tasks', index, 'setup']);
	// The front matter starts on the file's second line; a block scalar's text on the line after its `|`.
	const valueLine = start.line + 1;
	const block = /^[|>]/.test(lines[valueLine - 1]?.slice(start.col - 1) ?? '');
	if (!block) return {line: valueLine + line - 1, col: start.col};
	const fileLine = valueLine + line;
	return {line: fileLine, col: (/^\s*/.exec(lines[fileLine - 1] ?? '')?.[0].length ?? 0) + 1};
}
