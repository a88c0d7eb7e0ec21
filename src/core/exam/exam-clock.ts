/**
 * The exam's timer as plain numbers: the core never reads the time, the screen passes `now` in,
 * so a test can move the clock wherever it likes.
 */
export const DEFAULT_EXAM_MINUTES = 60;

/** Minutes left at which the learner is warned, as the real exam's proctor does. */
export const WARNING_MINUTES = [15, 5] as const;

export interface ExamClock {
	startedAt: number;
	durationMs: number;
}

export const remainingMs = (clock: ExamClock, now: number): number => Math.max(0, clock.startedAt + clock.durationMs - now);

export const timeIsUp = (clock: ExamClock, now: number): boolean => remainingMs(clock, now) === 0;

/** `59:07`, `1:05:00` for long exams; seconds are rounded up so 0:00 means time is up. */
export function clockText(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The warning due at `now` that was not given yet (the smallest threshold passed), if any. */
export function dueWarning(clock: ExamClock, now: number, given: readonly number[]): number | undefined {
	const left = remainingMs(clock, now);
	const due = WARNING_MINUTES.filter(minutes => left <= minutes * 60_000 && clock.durationMs > minutes * 60_000 && !given.includes(minutes));
	return due.length > 0 ? Math.min(...due) : undefined;
}

export const warningText = (minutes: number): string => `${minutes} minutes left`;
