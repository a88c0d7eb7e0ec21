import {choiceCount, feedbackLine, remainingText, summarise, type QuizSession, type SessionItem, type SessionResult} from './quiz-session.js';

/**
 * The words of a quiz, shared by the Ink screen and plain mode so both say the same thing.
 */
export function headerText(session: QuizSession): string {
	const position = Math.min(session.index + 1, session.items.length);
	const clock = remainingText(session);
	return `${session.title} — question ${position} of ${session.items.length}${clock ? ` — ${clock} left` : ''}`;
}

export function instructionText(item: SessionItem): string {
	switch (item.question.kind) {
		case 'single':
		case 'predict':
			return `Answer with a number from 1 to ${choiceCount(item.question)}.`;
		case 'multiple':
			return 'Choose all that apply: numbers separated by spaces or commas.';
		case 'text':
			return 'Type your answer.';
		case 'task':
			return `Hands-on: do task "${item.question.task}" of lesson "${item.question.lesson}" in the sandbox (kubetutor lesson ${item.question.lesson}), then press Enter to have it checked.`;
	}
}

/** The instruction on the full-screen quiz, where each number key ticks or chooses at once. */
export function screenInstructionText(item: SessionItem): string {
	if (item.question.kind === 'multiple') return 'Choose all that apply: press a number to tick [x] or untick it, then Enter.';
	if (item.question.kind === 'text') return 'Type your answer, then press Enter.';
	return instructionText(item);
}

/** For a predict question: the setup that was run, then the command whose output is asked for. */
export function setupLines(item: SessionItem): string[] {
	if (item.question.kind !== 'predict') return [];
	return item.question.setup.script.replace(/\s+$/, '').split('\n');
}

/** Choice lines `1) text`; multi-line choices (predicted outputs) are indented under their number. */
export function choiceLines(item: SessionItem): string[] {
	const question = item.question;
	if (question.kind !== 'single' && question.kind !== 'multiple' && question.kind !== 'predict') return [];
	return question.choices.flatMap((choice, index) => {
		const [first, ...rest] = choice.split('\n');
		const label = `${index + 1}) `;
		return [`${label}${first}`, ...rest.map(line => `${' '.repeat(label.length)}${line}`)];
	});
}

export function feedbackLines(result: SessionResult): string[] {
	const lines = [feedbackLine(result), result.question.explain, ...predictSources(result)];
	return result.grade.correct ? lines : [...lines, `Read more: kubetutor lesson ${result.lesson}`];
}

/** Every predict choice is a real output: say which setup printed each. */
function predictSources(result: SessionResult): string[] {
	const question = result.question;
	if (question.kind !== 'predict') return [];
	const setups = [question.setup, ...question.alternatives];
	return question.choices.map((choice, index) => {
		const setup = setups[question.outputs.indexOf(choice)];
		const name = index + 1 === question.answer[0] ? 'the setup shown' : (setup?.label ?? 'another setup');
		return `  ${index + 1}) is what you get with ${name}`;
	});
}

export function summaryLines(session: QuizSession): string[] {
	const summary = summarise(session);
	const lines = [`Score: ${summary.correct} of ${summary.total} correct${summary.answered < summary.total ? ` (${summary.answered} answered)` : ''}`];
	if (session.endedBy === 'time') lines.unshift('Time is up.');
	if (session.mode === 'exam') {
		lines.push('Score per domain:');
		for (const domain of summary.domains) lines.push(`  ${domain.domain}: ${domain.correct}/${domain.total}`);
	}
	// A practice quiz left early has not been got wrong: only an exam counts what was skipped.
	const review = session.mode === 'exam' ? summary.review : summary.review.filter(entry => entry.result);
	const skipped = summary.review.length - review.length;
	if (review.length > 0) {
		lines.push('To review:');
		for (const entry of review) {
			const given = entry.result ? `you answered ${entry.result.givenText}; the answer is ${entry.result.grade.expected}` : 'not answered';
			lines.push(`  ✘ ${entry.item.quiz}/${entry.item.question.id}: ${firstLine(entry.item.question.prompt)} (${given}) — see lesson ${entry.item.lesson}`);
		}
	} else if (summary.answered > 0 && skipped === 0) {
		lines.push('✔ Nothing to review: every answer was right.');
	}
	if (skipped > 0) lines.push(`${skipped} question(s) not answered: run the quiz again to answer them.`);
	return lines;
}

function firstLine(text: string): string {
	return text.split('\n')[0];
}
