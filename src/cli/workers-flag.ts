/** `--workers N`: how many kind workers the sandbox cluster has (README, "Commands"). */
export const WORKERS_MIN = 1;
export const WORKERS_MAX = 100;

/** The number of workers, or what is wrong with the value (for a usage error). */
export function parseWorkers(value: string | undefined): number | {problem: string} {
	const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
	if (n >= WORKERS_MIN && n <= WORKERS_MAX) return n;
	return {problem: `--workers needs a whole number from ${WORKERS_MIN} to ${WORKERS_MAX}, got "${value ?? ''}"`};
}
