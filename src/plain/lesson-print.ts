import type {Lesson} from '../core/content/lesson.js';
import {loadMarkdownRenderer, stripAnsi} from '../adapters/markdown.js';
import {asciiText} from '../core/app/ascii-text.js';
import {wrapText} from '../core/app/wrap-text.js';
import {parseTasks} from '../core/lessons/parse-tasks.js';

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
	return [...head, '', ...rendered.lines.map(stripAnsi), ...goalLines(lesson, width), ''].join('\n');
}

/**
 * The lesson's tasks as goals, after the text: a screen-reader user does them with
 * `kubetutor lesson ID --script FILE` (check, hint and solution answer there too).
 */
function goalLines(lesson: Lesson, width: number): string[] {
	const tasks = parseTasks(lesson.tasks).tasks;
	if (tasks.length === 0) return [];
	const lines = ['', 'Tasks', '-----'];
	tasks.forEach((task, index) => lines.push(...wrapText(asciiText(`${index + 1}. ${task.title}${task.goal ? `. Goal: ${task.goal}` : ''}`), width, '   ')));
	lines.push('', ...wrapText(`Do them in this lesson's sandbox: put your commands in a file and run kubetutor lesson ${lesson.id} --script FILE. Type check there to see what is still wrong, hint for a hint, solution for one way to do it (the task then counts as assisted).`, width));
	return lines;
}
