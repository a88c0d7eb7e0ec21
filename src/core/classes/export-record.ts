import {byTime} from '../progress/progress-ops.js';
import type {AnswerMode, Progress} from '../progress/progress-schema.js';
import {canonicalJson} from '../canonical-json.js';
import type {Hasher} from './hasher.js';

/** What `kubetutor progress --export FILE` writes (README, "For instructors"). */
export const EXPORT_FORMAT = 'kubetutor-progress-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportPack {
	id: string;
	version: string;
	title: string;
	/** SHA-256 of each lesson, quiz and manifest file, by its path inside the pack. */
	files: Record<string, string>;
	/** SHA-256 over the sorted file hashes: two learners with the same pack have the same value. */
	content: string;
}

export type OutcomeKind = 'task' | 'lesson' | 'quiz' | 'exam' | 'drill';

/** One thing the learner did, with its time and whether help was used. */
export interface ExportOutcome {
	kind: OutcomeKind;
	at: string;
	/** Task passed, lesson done, answer right. */
	passed: boolean;
	/** A solution was revealed (tasks and lessons); answers are never assisted. */
	assisted: boolean;
	lesson?: string;
	task?: string;
	quiz?: string;
	question?: string;
	/** The quiz run or exam an answer belongs to. */
	attempt?: string;
	given?: string;
}

export interface ExportQuiz {
	id: string;
	title: string;
	/** Each question's tags (topics and CKA/CKAD domains), for the class's weakest topics. */
	questions: Array<{id: string; tags: string[]}>;
}

export interface ExportBody {
	format: typeof EXPORT_FORMAT;
	formatVersion: typeof EXPORT_FORMAT_VERSION;
	tool: {name: 'kubetutor'; version: string};
	learner: string;
	exportedAt: string;
	packs: ExportPack[];
	lessons: Array<{id: string; title: string}>;
	quizzes: ExportQuiz[];
	outcomes: ExportOutcome[];
}

export interface Integrity {
	/** `sha256:` + hex over the canonical JSON of everything but `integrity`. */
	digest: string;
	/** `hmac-sha256:` + hex with the class key, when one was given. */
	hmac?: string;
}

export interface ProgressExport extends ExportBody {
	integrity: Integrity;
}

export interface ExportInput {
	learner: string;
	toolVersion: string;
	now: Date;
	packs: ReadonlyArray<Omit<ExportPack, 'content'>>;
	lessons: ExportBody['lessons'];
	quizzes: ExportQuiz[];
}

const KIND_OF_MODE: Record<AnswerMode, OutcomeKind> = {practice: 'quiz', exam: 'exam', review: 'drill'};

/** Every lesson task, lesson completion and answer as an outcome, oldest first. */
export function exportOutcomes(progress: Progress): ExportOutcome[] {
	const outcomes: ExportOutcome[] = [];
	for (const [lesson, record] of Object.entries(progress.lessons)) {
		for (const [task, result] of Object.entries(record.tasks)) outcomes.push({kind: 'task', at: result.at, passed: result.passed, assisted: result.assisted ?? false, lesson, task});
		if (record.done) outcomes.push({kind: 'lesson', at: record.done, passed: true, assisted: record.assisted ?? false, lesson});
	}
	for (const answer of [...progress.answers].sort(byTime)) {
		outcomes.push({kind: KIND_OF_MODE[answer.mode], at: answer.at, passed: answer.correct, assisted: false, quiz: answer.quiz, question: answer.question, attempt: answer.attempt, given: answer.given});
	}
	return outcomes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export function packContentHash(files: Record<string, string>, hasher: Hasher): string {
	return hasher.sha256(canonicalJson(files));
}

export function buildExport(progress: Progress, input: ExportInput, hasher: Hasher, classKey?: string): ProgressExport {
	const body: ExportBody = {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		tool: {name: 'kubetutor', version: input.toolVersion},
		learner: input.learner,
		exportedAt: input.now.toISOString(),
		packs: input.packs.map(pack => ({...pack, content: packContentHash(pack.files, hasher)})),
		lessons: input.lessons,
		quizzes: input.quizzes,
		outcomes: exportOutcomes(progress),
	};
	return {...body, integrity: seal(body, hasher, classKey)};
}

export function seal(body: ExportBody, hasher: Hasher, classKey?: string): Integrity {
	const text = canonicalJson(body);
	return {digest: `sha256:${hasher.sha256(text)}`, ...(classKey ? {hmac: `hmac-sha256:${hasher.hmacSha256(classKey, text)}`} : {})};
}
