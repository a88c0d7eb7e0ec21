/** Adding a drill's outcome to progress. */
import type {DrillRecord} from './drill-record.js';
import type {Progress} from './progress-schema.js';

export function recordDrill(progress: Progress, record: DrillRecord): Progress {
	const outcomes = progress.drills?.outcomes ?? [];
	if (outcomes.some(existing => existing.id === record.id)) return progress;
	return {...progress, drills: {outcomes: [...outcomes, record]}};
}

/** One run's id: the time it ended, its seed and level (two tutors never end the same run). */
export const drillRecordId = (at: string, seed: number, level: number): string => `${at}-${seed}-${level}`;
