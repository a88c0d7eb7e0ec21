import {createInterface} from 'node:readline';
import type {CommandContext} from '../cli/command.js';
import type {Lesson} from '../core/content/lesson.js';
import {nextLesson, type QuizEntry} from '../core/app/home-items.js';
import type {ProgressSummary} from '../core/app/progress-summary.js';
import {lessonListText} from './lesson-list.js';

export interface PlainHomeData {
	version: string;
	lessons: readonly Lesson[];
	quizzes: readonly QuizEntry[];
	progress: ProgressSummary;
	/** One-line problems to show first (broken content, progress file moved aside). */
	warnings: readonly string[];
}

/** The home screen as lines: what there is and the command for each. */
export function homeText(data: PlainHomeData): string {
	const out: string[] = [`kubetutor ${data.version} — Kubernetes Services, hands on, with a simulated cluster`, ''];
	for (const warning of data.warnings) out.push(`warning: ${warning}`);
	if (data.warnings.length > 0) out.push('');
	const next = nextLesson(data.lessons, data.progress);
	if (next) out.push(`${next.id === data.progress.last ? 'Continue where you left off' : 'Next'}: kubetutor lesson ${next.id}  (${next.title})`, '');
	out.push(lessonListText(data.lessons, data.progress).trimEnd(), '');
	if (data.quizzes.length > 0) {
		out.push('Quizzes:');
		for (const quiz of data.quizzes) out.push(`  kubetutor quiz ${quiz.id}  (${quiz.title}, ${quiz.questions} questions)`);
		out.push('  kubetutor quiz --exam  (timed mixed exam)');
		out.push(`  kubetutor quiz --review  (${data.progress.due} due for review)`, '');
	}
	out.push('Sandbox: kubetutor sandbox  (kubectl, curl, nslookup and trace against a simulated kind cluster)');
	out.push('Exam: kubetutor exam  (16 hands-on tasks on the cluster in 60 minutes, graded by what works)');
	const labDue = data.progress.labDue ?? 0;
	out.push(`Drills: kubetutor drill  (a seeded break/fix scenario)${labDue > 0 ? `; kubetutor drill --review  (${labDue} hands-on due for review)` : ''}`);
	if (data.progress.nextReview) out.push(`Next review: ${data.progress.nextReview.slice(0, 16).replace('T', ' ')} UTC`);
	const done = data.progress.done.length;
	out.push(`Progress: kubetutor progress  (${done} lesson${done === 1 ? '' : 's'} done, ${data.progress.answered} answer${data.progress.answered === 1 ? '' : 's'} given)`);
	out.push('', "Help: kubetutor --help. In a terminal without --plain, kubetutor opens the full-screen tutor.");
	return out.join('\n') + '\n';
}

/**
 * Plain home: print the summary, then read lesson numbers or ids from stdin and print those
 * lessons. Ends with status 0 at end of input or `q`.
 */
export async function runPlainHome(context: CommandContext, data: PlainHomeData, printLesson: (lesson: Lesson) => Promise<void>): Promise<number> {
	context.stdout.write(homeText(data));
	if (data.lessons.length === 0) return 0;
	const prompt = 'Type a lesson number or id to read it, q to quit: ';
	context.stdout.write(prompt);
	const lines = createInterface({input: context.stdin, terminal: false});
	for await (const raw of lines) {
		const answer = raw.trim();
		if (answer === 'q' || answer === 'quit') break;
		const lesson = /^\d+$/.test(answer) ? data.lessons[Number(answer) - 1] : data.lessons.find(l => l.id === answer);
		if (lesson) await printLesson(lesson);
		else if (answer) context.stdout.write(`No lesson "${answer}". Choose 1 to ${data.lessons.length}.\n`);
		context.stdout.write(prompt);
	}
	context.stdout.write('\n');
	return 0;
}
