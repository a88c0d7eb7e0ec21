import type {Lesson} from '../core/content/lesson.js';
import {loadMarkdownRenderer, stripAnsi} from '../adapters/markdown.js';
import {asciiText} from '../core/app/ascii-text.js';
import {wrapText} from '../core/app/wrap-text.js';

/**
 * A lesson as plain text: title, summary, the rendered body with ASCII diagrams, and what next.
 * No escape codes at all: plain mode is read by screen readers, pipes and dumb terminals, and
 * marked-terminal's tables colour their borders whatever the terminal.
 */
export async function lessonPlainText(lesson: Lesson, width: number): Promise<string> {
	const render = await loadMarkdownRenderer();
	const rendered = render(lesson.body, {
		width,
		ascii: true,
		manifestLabel: number => `[${number}] Manifest: try it in 'kubetutor sandbox' with kubectl apply -f -`,
	});
	const title = asciiText(lesson.title);
	const head = [title, '='.repeat(Math.min(width, title.length))];
	if (lesson.summary) head.push(...wrapText(asciiText(lesson.summary), width));
	return [...head, '', ...rendered.lines.map(stripAnsi), ''].join('\n');
}
