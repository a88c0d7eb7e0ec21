import {percent, type ClassReport, type LearnerRow, type LessonState, type Ratio} from './class-report.js';

const WIDTH = 80;
const MARK: Record<LessonState, string> = {done: '✔', assisted: '◐', started: '…', none: '·'};
/** More lessons than this and the per-lesson marks would not fit beside the scores. */
const MAX_MARKED_LESSONS = 12;
const LIST_LENGTH = 5;

const WIDE = [[0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1faff], [0x20000, 0x3fffd]];

/** Columns a character takes in a terminal: 2 for CJK and emoji, 0 for combining marks. */
function columns(char: string): number {
	const code = char.codePointAt(0)!;
	if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
	return WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

/** Cuts to `width` terminal columns, ending with … when cut; pads to `width`. */
export function fit(text: string, width: number): string {
	const chars = [...text];
	const total = chars.reduce((sum, char) => sum + columns(char), 0);
	if (total <= width) return text + ' '.repeat(width - total);
	let used = 0;
	let cut = '';
	for (const char of chars) {
		if (used + columns(char) > width - 1) break;
		cut += char;
		used += columns(char);
	}
	return `${cut}…${' '.repeat(width - 1 - used)}`;
}

const score = (value: Ratio): string => (value.total === 0 ? '-' : `${percent(value)}%`);

function row(cells: ReadonlyArray<[string, number]>): string {
	return cells.map(([text, width]) => fit(text, width)).join(' ').trimEnd();
}

function learnerLine(learner: LearnerRow, lessons: number, marks: boolean): string {
	return row([
		[`${learner.marks.length > 0 ? '* ' : ''}${learner.name}`, 20],
		...(marks ? [[learner.lessons.map(state => MARK[state]).join(''), MAX_MARKED_LESSONS] as [string, number]] : []),
		[`${learner.done}/${lessons}`, 5],
		[score(learner.quiz), 5],
		[learner.exam ? score(learner.exam) : '-', 5],
		[learner.drills.total === 0 ? '-' : `${learner.drills.correct}/${learner.drills.total}`, 7],
		[String(learner.assisted), 6],
		[learner.last?.slice(0, 10) ?? '-', 10],
	]);
}

/** `kubetutor report` in the terminal: every line at most 80 columns. */
export function reportLines(report: ClassReport): string[] {
	const lessons = report.lessons.length;
	const marks = lessons <= MAX_MARKED_LESSONS;
	const packs = report.packs.map(pack => `${pack.id} ${pack.version}`).join(', ') || 'none';
	const lines = [fit(`Class report: ${report.learners.length} learner${report.learners.length === 1 ? '' : 's'}, ${lessons} lesson${lessons === 1 ? '' : 's'} (packs: ${packs})`, WIDTH).trimEnd(), ''];
	if (report.learners.length === 0) return [...lines, 'No export could be read: nothing to report.', ...leftOutLines(report)];
	lines.push(row([['LEARNER', 20], ...(marks ? [['LESSONS', MAX_MARKED_LESSONS] as [string, number]] : []), ['DONE', 5], ['QUIZ', 5], ['EXAM', 5], ['DRILLS', 7], ['ASSIST', 6], ['LAST', 10]]));
	for (const learner of report.learners) lines.push(learnerLine(learner, lessons, marks));
	if (marks) lines.push('', 'LESSONS: ✔ done  ◐ done after seeing a solution  … started  · not started');
	lines.push('QUIZ latest answer per question · EXAM latest exam · DRILLS review answers');
	const marked = report.learners.filter(learner => learner.marks.length > 0);
	if (marked.length > 0) {
		lines.push('', '* Marked:');
		for (const learner of marked) {
			lines.push(fit(`  ${learner.name} (${learner.file}):`, WIDTH).trimEnd());
			for (const mark of learner.marks) lines.push(fit(`    ${mark}`, WIDTH).trimEnd());
		}
	}
	lines.push('', 'Completion per lesson');
	report.lessons.forEach((lesson, i) => {
		const help = lesson.assisted > 0 ? `, ${lesson.assisted} with help` : '';
		lines.push(row([[`  ${String(i + 1).padStart(2)} ${lesson.title}`, 50], [`${lesson.done}/${report.learners.length} done${help}`, 29]]));
	});
	lines.push('', 'Weakest topics');
	if (report.topics.length === 0) lines.push('  no answers yet');
	for (const topic of report.topics.slice(0, LIST_LENGTH)) lines.push(row([[`  ${topic.topic}`, 40], [`${percent(topic)}% right of ${topic.total} answers`, 39]]));
	lines.push('', 'Most-missed questions');
	if (report.missed.length === 0) lines.push('  none missed');
	for (const question of report.missed.slice(0, LIST_LENGTH)) {
		lines.push(row([[`  ${question.quiz}/${question.question}`, 44], [`missed by ${question.learners} (${question.wrong} of ${question.answers} wrong)`, 35]]));
	}
	return [...lines, ...leftOutLines(report)];
}

function leftOutLines(report: ClassReport): string[] {
	const count = report.leftOut.length;
	return count === 0 ? [] : ['', `Left out: ${count} file${count === 1 ? '' : 's'} (see the warnings above)`];
}
