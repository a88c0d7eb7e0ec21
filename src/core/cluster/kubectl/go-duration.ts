/** Go's time.ParseDuration for what kubectl's duration flags take (`--since=5m`, `--duration=1h30m`). */
const UNIT_MS: Readonly<Record<string, number>> = {ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000};

/** Milliseconds, or undefined where Go says `time: invalid duration "…"`. */
export function parseGoDuration(text: string): number | undefined {
	if (text === '0') return 0;
	const body = text.replace(/^[+-]/, '');
	const parts = [...body.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)];
	if (parts.length === 0 || parts.map(part => part[0]).join('') !== body) return undefined;
	const ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit], 0);
	return text.startsWith('-') ? -ms : ms;
}
