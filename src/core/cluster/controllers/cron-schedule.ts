/**
 * Cron schedules as the CronJob controller reads them (robfig/cron's standard parser): five
 * fields (minute hour day-of-month month day-of-week) with `*`, `?`, lists, ranges, steps and
 * month and day names, or a descriptor (`@hourly`, `@daily` …). Times are UTC.
 */

interface Schedule {
	minute: ReadonlySet<number>;
	hour: ReadonlySet<number>;
	dom: ReadonlySet<number>;
	month: ReadonlySet<number>;
	dow: ReadonlySet<number>;
	/** Either field restricted: robfig/cron matches a day when either matches if both are restricted. */
	domStar: boolean;
	dowStar: boolean;
}

const DESCRIPTORS: Readonly<Record<string, string>> = {
	'@yearly': '0 0 1 1 *',
	'@annually': '0 0 1 1 *',
	'@monthly': '0 0 1 * *',
	'@weekly': '0 0 * * 0',
	'@daily': '0 0 * * *',
	'@midnight': '0 0 * * *',
	'@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function field(text: string, min: number, max: number, names: readonly string[] = [], nameBase = 0): Set<number> | undefined {
	const out = new Set<number>();
	const value = (v: string): number => {
		const named = names.indexOf(v.toLowerCase());
		return named >= 0 ? named + nameBase : /^\d+$/.test(v) ? Number(v) : Number.NaN;
	};
	for (const part of text.split(',')) {
		const [range, stepText] = part.split('/');
		const step = stepText === undefined ? 1 : Number(stepText);
		let lo: number;
		let hi: number;
		if (range === '*' || range === '?') [lo, hi] = [min, max];
		else if (range.includes('-')) [lo, hi] = range.split('-').map(value) as [number, number];
		else [lo, hi] = [value(range), stepText === undefined ? value(range) : max];
		if (![lo, hi, step].every(Number.isInteger) || step < 1 || lo < min || hi > max || lo > hi) return undefined;
		for (let v = lo; v <= hi; v += step) out.add(v);
	}
	return out;
}

export function parseSchedule(text: string): Schedule | undefined {
	const fields = (DESCRIPTORS[text.trim()] ?? text.replace(/^TZ=\S+\s+|^CRON_TZ=\S+\s+/, '')).trim().split(/\s+/);
	if (fields.length !== 5) return undefined;
	const [minute, hour, dom, month, dow] = [field(fields[0], 0, 59), field(fields[1], 0, 23), field(fields[2], 1, 31), field(fields[3], 1, 12, MONTHS, 1), field(fields[4], 0, 7, DAYS)];
	if (!minute || !hour || !dom || !month || !dow) return undefined;
	if (dow.has(7)) dow.add(0);
	return {minute, hour, dom, month, dow, domStar: /^[*?]/.test(fields[2]), dowStar: /^[*?]/.test(fields[4])};
}

function dayMatches(s: Schedule, d: Date): boolean {
	const dom = s.dom.has(d.getUTCDate());
	const dow = s.dow.has(d.getUTCDay());
	if (s.domStar || s.dowStar) return dom && dow;
	return dom || dow;
}

/** The first scheduled minute strictly after `afterMs` (epoch ms), searching at most five years. */
export function nextScheduled(s: Schedule, afterMs: number): number | undefined {
	const d = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
	const limit = afterMs + 5 * 366 * 86_400_000;
	while (d.getTime() <= limit) {
		if (!s.month.has(d.getUTCMonth() + 1)) {
			d.setUTCMonth(d.getUTCMonth() + 1, 1);
			d.setUTCHours(0, 0, 0, 0);
		} else if (!dayMatches(s, d)) {
			d.setUTCDate(d.getUTCDate() + 1);
			d.setUTCHours(0, 0, 0, 0);
		} else if (!s.hour.has(d.getUTCHours())) {
			d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
		} else if (!s.minute.has(d.getUTCMinutes())) {
			d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
		} else return d.getTime();
	}
	return undefined;
}
