/**
 * A hands-on exam task from the bank (`exams/*.yaml`, docs/content.md "Exams"): a practice task
 * that lives in its own namespace, is worth points in a curriculum domain, and states its goal in
 * the exam's voice.
 */
import type {PracticeTask} from '../practice/practice-session.js';

export const EXAM_DOMAINS = ['Services & Networking', 'Troubleshooting', 'Observability', 'Workloads'] as const;
export type ExamDomain = (typeof EXAM_DOMAINS)[number];

export interface ExamTask extends PracticeTask {
	domain: ExamDomain;
	weight: number;
	namespace: string;
	/** The task as the exam states it (several sentences); `title` is its one-line name. */
	statement: string;
	/** Other correct solutions, each proven by the bank's tests to pass as well as `solution`. */
	alternatives: string[];
	/** The bank file it came from, for messages. */
	file: string;
}
