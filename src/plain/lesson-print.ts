import type {Lesson} from '../core/content/lesson.js';
import {loadMarkdownRenderer} from '../adapters/markdown.js';
import {asciiText} from '../core/app/ascii-text.js';

/** A lesson as plain text: title, summary, the rendered body with ASCII diagrams, and what next. */
export async function lessonPlainText(lesson: Lesson, width: number): Promise<string> {
	const render = await loadMarkdownRenderer();
	const rendered = render(lesson.body, {
		width,
		ascii: true,
		manifestLabel: number => `[${number}] Manifest: try it in 'kubetutor sandbox' with kubectl apply -f -`,
	});
	const title = asciiText(lesson.title);
	const head = [title, '='.repeat(Math.min(width, title.length))];
	if (lesson.summary) head.push(asciiText(lesson.summary));
	return [...head, '', ...rendered.lines, ''].join('\n');
}
