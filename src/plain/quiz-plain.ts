import {createInterface} from 'node:readline';
import type {Readable, Writable} from 'node:stream';
import {parseChoiceLine} from '../core/quiz/grade-answer.js';
import {choiceCount, currentItem, quizReducer, type QuizSession, type SessionResult} from '../core/quiz/quiz-session.js';
import {choiceLines, feedbackLines, headerText, instructionText, setupLines, summaryLines} from '../core/quiz/quiz-text.js';
import type {GivenAnswer, TextQuestion} from '../core/quiz/quiz-types.js';
import {withCommandResult} from '../core/quiz/command-answer.js';

export interface PlainQuizOptions {
	session: QuizSession;
	input: Readable;
	output: Writable;
	now: () => number;
	/** Called once per answer, as soon as it is given, so nothing is lost if input ends. */
	onResult: (result: SessionResult) => void;
	/** For hands-on questions: whether the lesson task has passed in the sandbox. */
	taskPassed: (lesson: string, task: string) => boolean;
	/** For command questions: whether the typed command prints, in the question's sandbox, what the reference prints. */
	sameCommandResult?: (question: TextQuestion, text: string) => boolean;
}

/**
 * The quiz as numbered lines on stdout with answers read line by line from stdin (screen
 * readers, pipes: `kubetutor quiz nodeport --plain < answers.txt`). End of input stops the
 * quiz; the answers given so far are kept.
 */
export async function runPlainQuiz(options: PlainQuizOptions): Promise<QuizSession> {
	const {output, now} = options;
	const write = (line = '') => output.write(`${line}\n`);
	const lines = createInterface({input: options.input, terminal: false, crlfDelay: Infinity})[Symbol.asyncIterator]();
	const readLine = async (): Promise<string | undefined> => {
		output.write('> ');
		const next = await lines.next();
		if (next.done) {
			write();
			return undefined;
		}
		return next.value;
	};
	let session = options.session;
	if (session.mode === 'exam') write(`Exam: ${session.items.length} questions, ${remainingMinutes(session)} minutes. No feedback until the end.`);
	while (session.phase !== 'finished') {
		session = quizReducer(session, {type: 'quiz/tick', now: now()});
		const item = currentItem(session);
		if (!item) break;
		write();
		write(headerText(session));
		write(item.question.prompt);
		if (item.question.kind === 'predict') {
			write('Setup:');
			for (const line of setupLines(item)) write(`    ${line}`);
			write(`Then: $ ${item.question.command}`);
		}
		for (const line of choiceLines(item)) write(`  ${line}`);
		write(instructionText(item));
		let given: GivenAnswer | undefined;
		while (!given) {
			const line = await readLine();
			if (line === undefined) {
				session = quizReducer(session, {type: 'quiz/stop', reason: 'input'});
				break;
			}
			given = withCommandResult(item.question, parseGiven(item.question.kind, line, choiceCount(item.question), () => (item.question.kind === 'task' ? options.taskPassed(item.lesson, item.question.task) : false)), options.sameCommandResult);
			if (!given) write(item.question.kind === 'text' ? 'Please type an answer.' : `Please answer with numbers from 1 to ${choiceCount(item.question)}.`);
		}
		if (!given) break;
		const answered = session.results.length;
		session = quizReducer(session, {type: 'quiz/answer', given, now: now()});
		const result = session.results[answered];
		if (!result) continue;
		options.onResult(result);
		if (session.mode !== 'exam') for (const line of feedbackLines(result)) write(line);
		session = quizReducer(session, {type: 'quiz/next'});
	}
	write();
	for (const line of summaryLines(session)) write(line);
	return session;
}

function parseGiven(kind: string, line: string, count: number, taskPassed: () => boolean): GivenAnswer | undefined {
	if (kind === 'task') return {kind: 'task', passed: taskPassed()};
	if (kind === 'text') return line.trim() === '' ? undefined : {kind: 'text', text: line};
	const choices = parseChoiceLine(line, count);
	if (!choices || (kind !== 'multiple' && choices.length !== 1)) return undefined;
	return {kind: 'choices', choices};
}

function remainingMinutes(session: QuizSession): number {
	return Math.round(((session.deadline ?? session.now) - session.now) / 60_000);
}
