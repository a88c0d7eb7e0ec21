/**
 * How each drill ended, as progress keeps it under `drills` (its own part of the file, so exams
 * and lessons change theirs without touching it). Records are only ever added, each under its own
 * id, so two tutors writing at once merge by id.
 */
export interface DrillRecord {
	/** Unique per run (time + seed + level). */
	id: string;
	at: string;
	seed: number;
	level: number;
	template: string;
	/** The fault kinds the drill had. */
	faults: string[];
	passed: boolean;
	/** The solution was shown. */
	assisted: boolean;
	/** Hints asked for (0 to 3). */
	hints: number;
}

export interface DrillProgress {
	outcomes: DrillRecord[];
}

/** What is wrong with a stored `drills` part, or undefined when it is well formed (or absent). */
export function drillProgressProblem(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'object' || value === null || !Array.isArray((value as {outcomes?: unknown}).outcomes)) return 'drills must be an object with a list of outcomes';
	for (const [index, record] of (value as DrillProgress).outcomes.entries()) {
		if (!isDrillRecord(record)) return `drills.outcomes[${index}] is malformed`;
	}
	return undefined;
}

function isDrillRecord(value: unknown): value is DrillRecord {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, unknown>;
	return (
		['id', 'at', 'template'].every(key => typeof record[key] === 'string') &&
		['seed', 'level', 'hints'].every(key => typeof record[key] === 'number') &&
		['passed', 'assisted'].every(key => typeof record[key] === 'boolean') &&
		Array.isArray(record.faults) &&
		record.faults.every(kind => typeof kind === 'string')
	);
}

/** Both writers' records, each once, oldest first. */
export function mergeDrillProgress(a: DrillProgress | undefined, b: DrillProgress | undefined): DrillProgress | undefined {
	if (!a && !b) return undefined;
	const byId = new Map<string, DrillRecord>();
	for (const record of [...(a?.outcomes ?? []), ...(b?.outcomes ?? [])]) if (!byId.has(record.id)) byId.set(record.id, record);
	return {outcomes: [...byId.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0))};
}
