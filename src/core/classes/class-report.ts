import {isDomainTag} from '../quiz/quiz-session.js';
import type {ExportOutcome, ExportPack, ProgressExport} from './export-record.js';

/** One export that made it into the report; `marks` say why it may not compare with the rest. */
export interface ReportEntry {
	file: string;
	export: ProgressExport;
	marks: string[];
}

/** A file named in a warning and left out of every figure. */
export interface LeftOut {
	file: string;
	reason: string;
}

export type LessonState = 'done' | 'assisted' | 'started' | 'none';

export interface Ratio {
	correct: number;
	total: number;
}

export interface LearnerRow {
	name: string;
	file: string;
	lessons: LessonState[];
	done: number;
	tasksPassed: number;
	/** Tasks and lessons completed after revealing a solution. */
	assisted: number;
	/** Latest answer to each practice question. */
	quiz: Ratio;
	/** The latest exam run, when there was one. */
	exam?: Ratio;
	exams: number;
	/** Spaced-review answers (`quiz --review`). */
	drills: Ratio;
	last?: string;
	marks: string[];
}

export interface LessonColumn {
	id: string;
	title: string;
	done: number;
	assisted: number;
	started: number;
}

export interface TopicScore extends Ratio {
	topic: string;
}

export interface MissedQuestion {
	quiz: string;
	question: string;
	wrong: number;
	answers: number;
	/** Learners who answered it wrong at least once. */
	learners: number;
}

export interface ClassReport {
	learners: LearnerRow[];
	lessons: LessonColumn[];
	/** The pack versions most of the class used; others are marked. */
	packs: Array<Pick<ExportPack, 'id' | 'version' | 'title' | 'content'>>;
	/** Learners per tenth of quiz score: [0–9 %, 10–19 %, …, 90–100 %]; learners without answers are not counted. */
	distribution: number[];
	domains: TopicScore[];
	/** Lowest share of right answers first. */
	topics: TopicScore[];
	missed: MissedQuestion[];
	leftOut: LeftOut[];
}

const ratio = (outcomes: readonly ExportOutcome[]): Ratio => ({correct: outcomes.filter(o => o.passed).length, total: outcomes.length});

export function percent(value: Ratio): number {
	return value.total === 0 ? 0 : Math.round((100 * value.correct) / value.total);
}

/**
 * Marks every export whose pack differs from what most of the class used (another version, or
 * the same version with other file contents), so figures from different lessons are not compared blindly.
 */
export function markPackVersions(entries: ReadonlyArray<Omit<ReportEntry, 'marks'> & {marks?: string[]}>): {entries: ReportEntry[]; packs: ClassReport['packs']} {
	const counts = new Map<string, Map<string, {pack: ExportPack; count: number}>>();
	for (const entry of entries) {
		for (const pack of entry.export.packs) {
			const byVersion = counts.get(pack.id) ?? new Map();
			const key = `${pack.version}\u0000${pack.content}`;
			byVersion.set(key, {pack, count: (byVersion.get(key)?.count ?? 0) + 1});
			counts.set(pack.id, byVersion);
		}
	}
	const reference = new Map<string, ExportPack>();
	for (const [id, versions] of counts) reference.set(id, [...versions.values()].sort((a, b) => b.count - a.count)[0].pack);
	const marked = entries.map(entry => {
		const marks = [...(entry.marks ?? [])];
		for (const pack of entry.export.packs) {
			const ref = reference.get(pack.id)!;
			if (pack.version !== ref.version) marks.push(`pack ${pack.id} ${pack.version}, the class has ${ref.version}`);
			else if (pack.content !== ref.content) marks.push(`pack ${pack.id} ${pack.version} with files that differ from the class's`);
		}
		return {...entry, marks};
	});
	return {entries: marked, packs: [...reference.values()].map(({id, version, title, content}) => ({id, version, title, content}))};
}

function latestPerQuestion(outcomes: readonly ExportOutcome[]): ExportOutcome[] {
	const latest = new Map<string, ExportOutcome>();
	for (const outcome of outcomes) latest.set(`${outcome.quiz}/${outcome.question}`, outcome);
	return [...latest.values()];
}

function lessonState(outcomes: readonly ExportOutcome[], lesson: string): LessonState {
	const mine = outcomes.filter(o => o.lesson === lesson);
	const done = mine.filter(o => o.kind === 'lesson');
	if (done.some(o => !o.assisted)) return 'done';
	if (done.length > 0) return 'assisted';
	return mine.length > 0 ? 'started' : 'none';
}

function learnerRow(entry: ReportEntry, lessonIds: readonly string[]): LearnerRow {
	const outcomes = entry.export.outcomes;
	const lessons = lessonIds.map(id => lessonState(outcomes, id));
	const exams = outcomes.filter(o => o.kind === 'exam');
	const examRuns = [...new Set(exams.map(o => o.attempt ?? ''))];
	const lastRun = exams.at(-1)?.attempt ?? '';
	return {
		name: entry.export.learner,
		file: entry.file,
		lessons,
		done: lessons.filter(state => state === 'done' || state === 'assisted').length,
		tasksPassed: new Set(outcomes.filter(o => o.kind === 'task' && o.passed).map(o => `${o.lesson}/${o.task}`)).size,
		assisted: outcomes.filter(o => (o.kind === 'task' || o.kind === 'lesson') && o.assisted).length,
		quiz: ratio(latestPerQuestion(outcomes.filter(o => o.kind === 'quiz'))),
		...(exams.length > 0 ? {exam: ratio(exams.filter(o => (o.attempt ?? '') === lastRun))} : {}),
		exams: exams.length > 0 ? examRuns.length : 0,
		drills: ratio(outcomes.filter(o => o.kind === 'drill')),
		...(outcomes.length > 0 ? {last: outcomes.map(o => o.at).sort().at(-1)} : {}),
		marks: entry.marks,
	};
}

function tagScores(entries: readonly ReportEntry[], keep: (tag: string) => boolean): TopicScore[] {
	const scores = new Map<string, Ratio>();
	for (const entry of entries) {
		const tags = new Map(entry.export.quizzes.flatMap(quiz => quiz.questions.map(q => [`${quiz.id}/${q.id}`, q.tags] as const)));
		for (const outcome of entry.export.outcomes) {
			if (outcome.kind === 'task' || outcome.kind === 'lesson') continue;
			for (const tag of (tags.get(`${outcome.quiz}/${outcome.question}`) ?? []).filter(keep)) {
				const score = scores.get(tag) ?? {correct: 0, total: 0};
				scores.set(tag, {correct: score.correct + (outcome.passed ? 1 : 0), total: score.total + 1});
			}
		}
	}
	return [...scores.entries()].map(([topic, score]) => ({topic, ...score}));
}

function missedQuestions(entries: readonly ReportEntry[]): MissedQuestion[] {
	const missed = new Map<string, MissedQuestion>();
	for (const entry of entries) {
		const wrongHere = new Set<string>();
		for (const outcome of entry.export.outcomes) {
			if (outcome.kind === 'task' || outcome.kind === 'lesson') continue;
			const key = `${outcome.quiz}/${outcome.question}`;
			const current = missed.get(key) ?? {quiz: outcome.quiz!, question: outcome.question!, wrong: 0, answers: 0, learners: 0};
			current.answers++;
			if (!outcome.passed) {
				current.wrong++;
				if (!wrongHere.has(key)) current.learners++;
				wrongHere.add(key);
			}
			missed.set(key, current);
		}
	}
	return [...missed.values()].filter(q => q.wrong > 0).sort((a, b) => b.learners - a.learners || b.wrong - a.wrong || compare(`${a.quiz}/${a.question}`, `${b.quiz}/${b.question}`));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The class view: one row per learner, completion per lesson, scores, weak spots. */
export function buildClassReport(checked: ReadonlyArray<Omit<ReportEntry, 'marks'>>, leftOut: readonly LeftOut[]): ClassReport {
	const {entries, packs} = markPackVersions(checked);
	const names = new Map<string, string>();
	for (const entry of entries) {
		const other = names.get(entry.export.learner);
		if (other) entry.marks.push(`the same name as ${other}`);
		else names.set(entry.export.learner, entry.file);
	}
	const lessonTitles = new Map<string, string>();
	for (const entry of entries) for (const lesson of entry.export.lessons) if (!lessonTitles.has(lesson.id)) lessonTitles.set(lesson.id, lesson.title);
	const lessonIds = [...lessonTitles.keys()];
	const learners = entries.map(entry => learnerRow(entry, lessonIds)).sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.file, b.file));
	const lessons = lessonIds.map((id, i) => ({
		id,
		title: lessonTitles.get(id)!,
		done: learners.filter(row => row.lessons[i] === 'done' || row.lessons[i] === 'assisted').length,
		assisted: learners.filter(row => row.lessons[i] === 'assisted').length,
		started: learners.filter(row => row.lessons[i] === 'started').length,
	}));
	const distribution = Array.from({length: 10}, () => 0);
	for (const row of learners) if (row.quiz.total > 0) distribution[Math.min(9, Math.floor(percent(row.quiz) / 10))]++;
	const byWeakness = (a: TopicScore, b: TopicScore) => a.correct / a.total - b.correct / b.total || b.total - a.total || compare(a.topic, b.topic);
	return {
		learners,
		lessons,
		packs,
		distribution,
		domains: tagScores(entries, isDomainTag).sort((a, b) => compare(a.topic, b.topic)),
		topics: tagScores(entries, tag => !isDomainTag(tag)).sort(byWeakness),
		missed: missedQuestions(entries),
		leftOut: [...leftOut],
	};
}
