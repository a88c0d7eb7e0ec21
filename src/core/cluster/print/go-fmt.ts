/**
 * Go's fmt over decoded JSON values, as templates print them: `%v` forms (`map[app:web]`, `[a b]`,
 * `<nil>`), Printf's verbs with flags, width and precision, and its complaints
 * (`%!s(int64=2)`, `%!d(MISSING)`, `%!(EXTRA string=x)`); plus Go's truth for `if`.
 */
type Value = unknown;

/** fmt's `%v` of an interface value. */
export function goValue(value: Value): string {
	if (value === undefined || value === null) return '<nil>';
	if (typeof value === 'number') return goNumber(value);
	if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
	if (typeof value === 'object') {
		const record = value as Record<string, Value>;
		return `map[${Object.keys(record)
			.sort()
			.map(key => `${key}:${goValue(record[key])}`)
			.join(' ')}]`;
	}
	return String(value);
}

/** JSON integers decode to int64, the rest to float64 (printed as strconv's shortest `%g`). */
function goNumber(value: number): string {
	if (Number.isInteger(value) && Math.abs(value) < 2 ** 63) return BigInt(value).toString();
	const abs = Math.abs(value);
	if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
		const [mantissa, exponent] = value.toExponential().split('e');
		const sign = exponent.startsWith('-') ? '-' : '+';
		return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
	}
	return String(value);
}

/** The Go type a decoded JSON value has (`int64`, `map[string]interface {}`), as fmt and template errors name it. */
export function goTypeName(value: Value): string {
	if (value === undefined || value === null) return 'interface {}';
	if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
	if (typeof value === 'string') return 'string';
	if (typeof value === 'boolean') return 'bool';
	if (Array.isArray(value)) return '[]interface {}';
	return 'map[string]interface {}';
}

/** text/template's truth: false, 0, nil, and empty strings, lists and maps are false. */
export function isTruthy(value: Value): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
	if (typeof value === 'object') return Object.keys(value).length > 0;
	return true;
}

interface Spec {
	minus: boolean;
	plus: boolean;
	zero: boolean;
	space: boolean;
	sharp: boolean;
	width?: number;
	precision?: number;
	verb: string;
}

/** fmt.Sprintf. */
export function formatGo(format: string, args: readonly Value[], types: readonly string[] = args.map(goTypeName)): string {
	let out = '';
	let next = 0;
	for (let i = 0; i < format.length; i++) {
		const ch = format[i];
		if (ch !== '%') {
			out += ch;
			continue;
		}
		const match = /^([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])?/.exec(format.slice(i + 1));
		const [whole, flags = '', width, precision, verb] = match ?? ['', '', undefined, undefined, undefined];
		i += whole.length;
		if (!verb) {
			out += '%!(NOVERB)';
			continue;
		}
		if (verb === '%') {
			out += '%';
			continue;
		}
		const spec: Spec = {minus: flags.includes('-'), plus: flags.includes('+'), zero: flags.includes('0'), space: flags.includes(' '), sharp: flags.includes('#'), width: width === undefined ? undefined : Number(width), precision: precision === undefined ? undefined : Number(precision || '0'), verb};
		if (next >= args.length) {
			out += `%!${verb}(MISSING)`;
			continue;
		}
		out += formatOne(args[next], types[next], spec);
		next++;
	}
	if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((arg, i) => `${types[next + i]}=${goValue(arg)}`).join(', ')})`;
	return out;
}

function formatOne(value: Value, type: string, spec: Spec): string {
	const text = verbText(value, spec);
	if (text === undefined) return `%!${spec.verb}(${value === undefined || value === null ? '<nil>' : `${type}=${goValue(value)}`})`;
	return pad(text, spec, typeof value === 'number');
}

function verbText(value: Value, spec: Spec): string | undefined {
	const {verb} = spec;
	if (Array.isArray(value) && verb !== 'v') {
		const parts = value.map(item => verbText(item, spec));
		return parts.includes(undefined) ? undefined : `[${parts.join(' ')}]`;
	}
	if (verb === 'v') return goValue(value);
	if (value === undefined || value === null || typeof value === 'object') return verb === 's' && typeof value === 'object' && value !== null ? goValue(value) : undefined;
	if (typeof value === 'string') {
		if (verb === 's') return spec.precision === undefined ? value : value.slice(0, spec.precision);
		if (verb === 'q') return JSON.stringify(value);
		if (verb === 'x' || verb === 'X') {
			const hex = [...new TextEncoder().encode(value)].map(byte => byte.toString(16).padStart(2, '0')).join('');
			return verb === 'X' ? hex.toUpperCase() : hex;
		}
		return undefined;
	}
	if (typeof value === 'boolean') return verb === 't' ? String(value) : undefined;
	if (typeof value === 'number') return numberText(value, spec);
	return undefined;
}

function numberText(value: number, spec: Spec): string | undefined {
	const integer = Number.isInteger(value);
	const sign = (text: string) => (value >= 0 && spec.plus ? `+${text}` : value >= 0 && spec.space ? ` ${text}` : text);
	switch (spec.verb) {
		case 'd':
			return integer ? sign(String(value)) : undefined;
		case 'x':
		case 'X': {
			if (!integer) return undefined;
			const hex = `${spec.sharp ? '0x' : ''}${Math.abs(value).toString(16)}`;
			return `${value < 0 ? '-' : ''}${spec.verb === 'X' ? hex.toUpperCase() : hex}`;
		}
		case 'o':
			return integer ? value.toString(8) : undefined;
		case 'b':
			return integer ? value.toString(2) : undefined;
		case 'c':
			return integer ? String.fromCodePoint(value) : undefined;
		case 'q':
			return integer ? `'${String.fromCodePoint(value)}'` : undefined;
		case 'f':
		case 'F':
			return integer ? undefined : sign(value.toFixed(spec.precision ?? 6));
		case 'e':
		case 'E': {
			if (integer) return undefined;
			const [mantissa, exponent] = value.toExponential(spec.precision ?? 6).split('e');
			const text = `${mantissa}e${exponent.startsWith('-') ? '-' : '+'}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
			return sign(spec.verb === 'E' ? text.toUpperCase() : text);
		}
		case 'g':
		case 'G':
			return integer ? undefined : sign(goValue(value));
		default:
			return undefined;
	}
}

function pad(text: string, spec: Spec, numeric: boolean): string {
	if (spec.width === undefined || text.length >= spec.width) return text;
	if (spec.minus) return text.padEnd(spec.width);
	if (spec.zero && numeric) {
		const negative = /^[-+ ]/.test(text) ? text[0] : '';
		return negative + text.slice(negative.length).padStart(spec.width - negative.length, '0');
	}
	return text.padStart(spec.width);
}
