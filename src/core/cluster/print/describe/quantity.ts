/**
 * Just enough of Kubernetes resource.Quantity for describe's resource tables: parse `100m`,
 * `1`, `70Mi`, `2Gi`, `500M`, sum, and print canonically (`0`, `100m`, `170Mi`).
 */
const BINARY: Record<string, number> = {Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60};
const DECIMAL: Record<string, number> = {n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18};

export interface Quantity {
	value: number;
	binary: boolean;
}

export function parseQuantity(text: string | number | undefined): Quantity {
	if (text === undefined) return {value: 0, binary: false};
	if (typeof text === 'number') return {value: text, binary: false};
	const match = /^([+-]?[0-9.]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(text.trim());
	if (!match) return {value: 0, binary: false};
	const suffix = match[2] ?? '';
	const binary = suffix in BINARY;
	return {value: Number(match[1]) * (binary ? BINARY[suffix] : DECIMAL[suffix]), binary};
}

export function formatQuantity(quantity: Quantity): string {
	const {value, binary} = quantity;
	if (value === 0) return '0';
	if (binary) {
		for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
			if (value % BINARY[suffix] === 0) return `${value / BINARY[suffix]}${suffix}`;
		}
		return String(Math.round(value));
	}
	if (Number.isInteger(value)) {
		for (const suffix of ['E', 'P', 'T', 'G', 'M', 'k']) {
			if (value % DECIMAL[suffix] === 0 && value >= DECIMAL[suffix] * 1000) return `${value / DECIMAL[suffix]}${suffix}`;
		}
		return String(value);
	}
	const milli = Math.round(value * 1000);
	return `${milli}m`;
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
	return {value: a.value + b.value, binary: a.value === 0 ? b.binary : a.binary};
}
