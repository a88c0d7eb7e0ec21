import {SimClock, SIM_EPOCH_MS} from '../sim-clock.js';

/**
 * apimachinery's duration.HumanDuration, used for every AGE column: `45s`, `119s`, `2m5s`,
 * `15m`, `3h10m`, `20h`, `2d3h`, `30d`, `2y45d`.
 */
export function humanDuration(ms: number): string {
	const seconds = Math.trunc(ms / 1000);
	if (seconds < -1) return '<invalid>';
	if (seconds < 0) return '0s';
	if (seconds < 60 * 2) return `${seconds}s`;
	const minutes = Math.trunc(seconds / 60);
	if (minutes < 10) {
		const s = seconds % 60;
		return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
	}
	if (minutes < 60 * 3) return `${minutes}m`;
	const hours = Math.trunc(minutes / 60);
	if (hours < 8) {
		const m = minutes % 60;
		return m === 0 ? `${hours}h` : `${hours}h${m}m`;
	}
	if (hours < 48) return `${hours}h`;
	if (hours < 24 * 8) {
		const h = hours % 24;
		return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
	}
	if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
	if (hours < 24 * 365 * 8) {
		const days = Math.trunc(hours / 24) % 365;
		const years = Math.trunc(hours / 24 / 365);
		return days === 0 ? `${years}y` : `${years}y${days}d`;
	}
	return `${Math.trunc(hours / 24 / 365)}y`;
}

/** kubectl's translateTimestampSince: `<unknown>` for a missing timestamp. */
export function since(timestamp: string | undefined | null, now: number): string {
	if (!timestamp) return '<unknown>';
	const at = SimClock.toSimMs(timestamp);
	if (Number.isNaN(at)) return '<unknown>';
	return humanDuration(now - at);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z in UTC, as describe prints times: `Thu, 01 Jan 2026 00:00:05 +0000`. */
export function rfc1123z(timestamp: string | undefined | null): string {
	const ms = timestamp ? Date.parse(timestamp) : Number.NaN;
	const date = new Date(Number.isNaN(ms) ? SIM_EPOCH_MS : ms);
	const pad = (n: number): string => String(n).padStart(2, '0');
	return (
		`${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
		`${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
	);
}
