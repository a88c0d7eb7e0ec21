import {plainInline} from '../content/inline-code.js';
import {BOX_INTERVAL_DAYS} from '../progress/leitner.js';
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
		// A predicted output is shown as the command printed it; prose choices are Markdown.
		const shown = question.kind === 'predict' ? first : plainInline(first);
		return [`${label}${shown}`, ...rest.map(line => `${' '.repeat(label.length)}${line}`)];
	});
}

export function feedbackLines(result: SessionResult): string[] {
	const lines = [plainInline(feedbackLine(result)), plainInline(result.question.explain), ...predictSources(result)];
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

/** The question as the learner knows it: the first line of its prompt, its Markdown drawn plain. */
export function questionTitle(item: SessionItem): string {
	return plainInline(firstLine(item.question.prompt));
}

/** Known exam domains by their curriculum names; another tag is shown from its own words. */
const DOMAIN_NAMES: ReadonlyMap<string, string> = new Map([
	['cka:services-networking', 'CKA: Services & Networking'],
	['cka:troubleshooting', 'CKA: Troubleshooting'],
	['cka:workloads-scheduling', 'CKA: Workloads & Scheduling'],
	['cka:cluster-architecture', 'CKA: Cluster Architecture, Installation & Configuration'],
	['cka:storage', 'CKA: Storage'],
	['ckad:services-networking', 'CKAD: Services & Networking'],
	['ckad:application-design-build', 'CKAD: Application Design and Build'],
	['ckad:application-deployment', 'CKAD: Application Deployment'],
	['ckad:observability-maintenance', 'CKAD: Application Observability and Maintenance'],
	['ckad:environment-configuration-security', 'CKAD: Application Environment, Configuration and Security'],
]);

export function domainName(tag: string): string {
	const known = DOMAIN_NAMES.get(tag);
	if (known) return known;
	const [exam, slug = ''] = tag.split(':');
	const words = slug.split('-').filter(Boolean).map(word => word[0].toUpperCase() + word.slice(1));
	return `${exam.toUpperCase()}: ${words.join(' ')}`;
}

export function summaryLines(session: QuizSession): string[] {
	const summary = summarise(session);
	// Only what was answered is scored; what was not reached is said on its own line.
	const score = summary.answered < summary.total ? `Score: ${summary.correct} of ${summary.answered} answered correct` : `Score: ${summary.correct} of ${summary.total} correct`;
	const lines = [score];
	if (session.endedBy === 'time') lines.unshift('Time is up.');
	if (session.mode === 'exam') {
		lines.push('Score per domain:');
		for (const domain of summary.domains) lines.push(`  ${domainName(domain.domain)}: ${domain.correct}/${domain.total}`);
	}
	// A practice quiz left early has not been got wrong: only an exam counts what was skipped.
	const review = session.mode === 'exam' ? summary.review : summary.review.filter(entry => entry.result);
	const skipped = summary.review.length - review.length;
	if (review.length > 0) {
		lines.push('To review:');
		for (const entry of review) {
			const given = entry.result ? `you answered ${entry.result.givenText}; the answer is ${plainInline(entry.result.grade.expected)}` : 'not answered';
			lines.push(`  ✘ ${questionTitle(entry.item)} (${given}) — see lesson ${entry.item.lesson}`);
		}
	} else if (summary.answered > 0 && skipped === 0) {
		lines.push('✔ Nothing to review: every answer was right.');
	}
	if (skipped > 0) lines.push(`${skipped} question(s) not answered: run the quiz again to answer them.`);
	const next = nextReviewText(session);
	if (next) lines.push(next);
	return lines;
}

/**
 * When the questions answered in a review come back (their Leitner box moved: a wrong answer to
 * box 1, a right one up a box), and in any other quiz when its wrong answers first come back.
 */
export function nextReviewText(session: QuizSession): string | undefined {
	const days = new Map<number, number>();
	for (const result of session.results) {
		const box = session.boxes?.[`${result.quiz}/${result.question.id}`];
		if (result.grade.correct && box === undefined) continue;
		const next = result.grade.correct ? Math.min((box ?? 0) + 1, BOX_INTERVAL_DAYS.length) : 1;
		const interval = BOX_INTERVAL_DAYS[next - 1];
		days.set(interval, (days.get(interval) ?? 0) + 1);
	}
	if (days.size === 0) return undefined;
	const parts = [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => `${count} question${count === 1 ? '' : 's'} in ${day} day${day === 1 ? '' : 's'}`);
	return `Next review: ${parts.join(', ')}.`;
}

function firstLine(text: string): string {
	return text.split('\n')[0];
}
