import {EXPORT_FORMAT, EXPORT_FORMAT_VERSION, seal, type ExportBody, type OutcomeKind, type ProgressExport} from './export-record.js';
import type {Hasher} from './hasher.js';
import {sanitiseDeep} from '../content/sanitise.js';
import {learnerName} from './learner-name.js';

/**
 * What a report can say about one export file. `tampered`: the digest or the HMAC does not match
 * the content (hand-edited, or signed with another key); `unsigned`: a class key was given but
 * the file carries no HMAC.
 */
export type CheckedExport = {ok: true; export: ProgressExport; signed: boolean} | {ok: false; problem: 'unreadable' | 'tampered' | 'unsigned'; reason: string};

const KINDS: readonly OutcomeKind[] = ['task', 'lesson', 'quiz', 'exam', 'drill'];

/** Checks the shape, then the digest, then (with a class key) the HMAC. Never throws. */
export function checkExport(data: unknown, hasher: Hasher, classKey?: string): CheckedExport {
	const problem = shapeProblem(data);
	if (problem) return {ok: false, problem: 'unreadable', reason: problem};
	const file = data as ProgressExport;
	const {integrity, ...body} = file;
	const expected = seal(body as ExportBody, hasher, classKey);
	if (integrity.digest !== expected.digest) return {ok: false, problem: 'tampered', reason: 'its integrity digest does not match its content (edited after export)'};
	if (classKey) {
		if (!integrity.hmac) return {ok: false, problem: 'unsigned', reason: 'it was exported without the class key (no HMAC)'};
		if (integrity.hmac !== expected.hmac) return {ok: false, problem: 'tampered', reason: 'its HMAC does not match the class key (edited, or made with another key)'};
	}
	// Everything in an export is shown to the instructor: no control sequence reaches a terminal.
	const name = learnerName(file.learner) ?? '(no name)';
	return {ok: true, export: sanitiseDeep({...file, learner: name}), signed: Boolean(classKey)};
}


function shapeProblem(data: unknown): string | undefined {
	if (!isRecord(data)) return 'not a JSON object';
	if (data.format !== EXPORT_FORMAT) return `not a kubetutor progress export (format is ${describe(data.format)})`;
	if (data.formatVersion !== EXPORT_FORMAT_VERSION) return `export format version ${describe(data.formatVersion)} is not understood by this kubetutor`;
	if (!isRecord(data.tool) || typeof data.tool.version !== 'string') return 'tool.version is missing';
	if (typeof data.learner !== 'string') return 'learner must be a text';
	if (!isTime(data.exportedAt)) return 'exportedAt must be a time';
	if (!isRecord(data.integrity) || typeof data.integrity.digest !== 'string' || (data.integrity.hmac !== undefined && typeof data.integrity.hmac !== 'string')) return 'integrity.digest is missing';
	if (!Array.isArray(data.packs)) return 'packs must be a list';
	for (const [i, pack] of data.packs.entries()) {
		if (!isRecord(pack) || !['id', 'version', 'title', 'content'].every(key => typeof pack[key] === 'string') || !isRecord(pack.files) || !Object.values(pack.files).every(hash => typeof hash === 'string')) return `packs[${i}] is malformed`;
	}
	if (!Array.isArray(data.lessons) || !data.lessons.every(lesson => isRecord(lesson) && typeof lesson.id === 'string' && typeof lesson.title === 'string')) return 'lessons must be a list of ids and titles';
	if (!Array.isArray(data.quizzes)) return 'quizzes must be a list';
	for (const [i, quiz] of data.quizzes.entries()) {
		const questionsOk = isRecord(quiz) && Array.isArray(quiz.questions) && quiz.questions.every(q => isRecord(q) && typeof q.id === 'string' && Array.isArray(q.tags) && q.tags.every(tag => typeof tag === 'string'));
		if (!isRecord(quiz) || typeof quiz.id !== 'string' || typeof quiz.title !== 'string' || !questionsOk) return `quizzes[${i}] is malformed`;
	}
	if (!Array.isArray(data.outcomes)) return 'outcomes must be a list';
	for (const [i, outcome] of data.outcomes.entries()) {
		if (!isRecord(outcome) || !KINDS.includes(outcome.kind as OutcomeKind) || !isTime(outcome.at) || typeof outcome.passed !== 'boolean' || typeof outcome.assisted !== 'boolean') return `outcomes[${i}] is malformed`;
		for (const key of ['lesson', 'task', 'quiz', 'question', 'attempt', 'given']) {
			if (outcome[key] !== undefined && typeof outcome[key] !== 'string') return `outcomes[${i}].${key} must be a text`;
		}
		if ((outcome.kind === 'task' || outcome.kind === 'lesson') && typeof outcome.lesson !== 'string') return `outcomes[${i}] names no lesson`;
		if (outcome.kind !== 'task' && outcome.kind !== 'lesson' && (typeof outcome.quiz !== 'string' || typeof outcome.question !== 'string')) return `outcomes[${i}] names no question`;
	}
	return undefined;
}

function isTime(value: unknown): boolean {
	return typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
	if (value === undefined) return 'missing';
	return String(value).slice(0, 40);
}
