import {hardWrap} from '../app/wrap-text.js';
import {plainInline} from '../content/inline-code.js';
import {currentItem, type QuizSession} from './quiz-session.js';
import {feedbackLines, headerText, screenInstructionText, setupLines, summaryLines} from './quiz-text.js';

/** One screen line; `tone` is decoration only — the words and symbols carry the meaning. */
export interface ScreenLine {
	text: string;
	tone?: 'title' | 'cursor' | 'good' | 'bad' | 'dim';
}

/**
 * The quiz screen as lines no wider than `width` and never more than `height`: the header and
 * the key help (`footer`, from the quiz keymap, when the host has no footer of its own) always
 * show; the middle is cut (with a marker) when it does not fit.
 */
export function quizScreenLines(session: QuizSession, width: number, height: number, scroll = 0, footer?: string): ScreenLine[] {
	const {header, body} = quizParts(session, width, height);
	const w = Math.max(20, width);
	const footerLines: ScreenLine[] = footer === undefined ? [] : [{text: clip(footer, w), tone: 'dim'}];
	const room = Math.max(0, height - header.length - footerLines.length);
	if (body.length > room) {
		// What does not fit scrolls, in every phase: a predict setup, a long explanation and every
		// wrong answer of the review stay reachable however short the terminal.
		const view = Math.max(1, room - 1);
		const from = Math.min(Math.max(0, scroll), body.length - view);
		const to = Math.min(body.length, from + view);
		const keys = currentItem(session) ? 'PgUp/PgDn: scroll' : '↑↓/Space: scroll';
		const marker = {text: clip(`${to < body.length ? '▼' : '▲'} lines ${from + 1}–${to} of ${body.length} · ${keys}`, w), tone: 'dim' as const};
		return [...header, ...body.slice(from, to), marker, ...footerLines].slice(0, Math.max(1, height));
	}
	return [...header, ...body, ...footerLines].slice(0, Math.max(1, height));
}

/** The furthest the finished screen scrolls at this size: 0 when everything fits. */
export function maxQuizScroll(session: QuizSession, width: number, height: number, footerLines = 0): number {
	const {header, body} = quizParts(session, width, height);
	const room = Math.max(0, height - header.length - footerLines);
	return body.length > room ? body.length - Math.max(1, room - 1) : 0;
}

function quizParts(session: QuizSession, width: number, height: number): {header: ScreenLine[]; body: ScreenLine[]} {
	const w = Math.max(20, width);
	const header: ScreenLine[] = [{text: clip(headerText(session), w), tone: 'title'}];
	const body: ScreenLine[] = [];
	const item = currentItem(session);
	if (!item) {
		header[0] = {text: clip(`${session.title} — finished`, w), tone: 'title'};
		for (const line of summaryLines(session)) body.push(...wrap(line, w).map(text => ({text, tone: line.includes('✘') ? ('bad' as const) : line.startsWith('✔') ? ('good' as const) : undefined})));
	} else {
		const question = item.question;
		body.push(...wrap(plainInline(question.prompt), w).map(text => ({text})));
		if (question.kind === 'predict') {
			// The whole setup is shown (the screen scrolls when it does not fit): the line a question is about may be its last.
			for (const line of setupLines(item)) body.push(...hardWrap(`  ${line}`, w).map(text => ({text, tone: 'dim' as const})));
			body.push(...hardWrap(`$ ${question.command}`, w).map(text => ({text})));
		}
		if (question.kind === 'single' || question.kind === 'multiple' || question.kind === 'predict') {
			question.choices.forEach((choice, index) => {
				const here = session.phase === 'question' && index === session.cursor;
				const tick = question.kind === 'multiple' ? (session.ticked.includes(index + 1) ? '[x] ' : '[ ] ') : '';
				const prefix = `${here ? '❯' : feedbackMark(session, index + 1)} ${index + 1}) ${tick}`;
				// Prose choices wrap under their own text: a cut-off choice could hide the very words that make it right.
				// A predicted output keeps its columns, so it is cut like terminal output instead.
				// A predicted output keeps its columns and wraps as a terminal would, losing nothing.
				const lines = question.kind === 'predict' ? choice.split('\n').flatMap(line => hardWrap(line, Math.max(10, w - prefix.length))) : wrap(plainInline(choice), Math.max(10, w - prefix.length));
				lines.forEach((line, lineIndex) => {
					body.push({text: clip(`${lineIndex === 0 ? prefix : ' '.repeat(prefix.length)}${line}`, w), ...(here ? {tone: 'cursor' as const} : {})});
				});
			});
		}
		if (question.kind === 'text') body.push({text: clip(`> ${session.text}█`, w), tone: 'cursor'});
		if (session.phase === 'feedback') {
			const result = session.results.at(-1)!;
			body.push({text: ''});
			const [verdict, ...more] = feedbackLines(result);
			body.push(...wrap(verdict, w).map(text => ({text, tone: result.grade.correct ? ('good' as const) : ('bad' as const)})));
			for (const line of more) body.push(...wrap(line, w).map(text => ({text})));
		} else {
			const instruction = `${screenInstructionText(item)}${session.mode === 'exam' ? ' Exam: no feedback until the end.' : ''}`;
			body.push(...wrap(instruction, w).map(text => ({text, tone: 'dim' as const})));
		}
	}
	return {header, body};
}

/** After an answer: ✔ beside the right choices, ✘ beside a wrong pick, so the choices show what happened. */
function feedbackMark(session: QuizSession, choice: number): string {
	const result = session.phase === 'feedback' ? session.results.at(-1) : undefined;
	const question = result?.question;
	if (!result || result.given.kind !== 'choices' || !question || !('answer' in question)) return ' ';
	if (question.answer.includes(choice)) return '✔';
	return result.given.choices.includes(choice) ? '✘' : ' ';
}

export function clip(text: string, width: number): string {
	return [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;
}

/** Word-wrap keeping explicit line breaks; words longer than the width are cut. */
export function wrap(text: string, width: number): string[] {
	const out: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(' ')) {
			if (line === '') line = word;
			else if (line.length + 1 + word.length <= width) line += ` ${word}`;
			else {
				out.push(line);
				line = word;
			}
		}
		out.push(clip(line, width));
	}
	return out;
}
