/**
 * pflag-style parsing as kubectl's cobra commands do it: flags may appear anywhere (interspersed),
 * `--flag=v`, `--flag v`, `-n ns`, `-nns`, `-n=ns`, combined boolean shorthands (`-it`), and `--`
 * ends flag parsing. Errors carry pflag's own wording.
 */
export type FlagType = 'bool' | 'string' | 'array' | 'int';

export interface FlagSpec {
	name: string;
	short?: string;
	type: FlagType;
	/** pflag's NoOptDefVal: the value of a bare `--flag` (which then never takes the next word). */
	bare?: string;
	/** pflag's StringArray: an `array` flag whose values keep their commas (`--from-literal=list=a,b`). */
	keepCommas?: boolean;
}

export interface ParsedFlags {
	/** Last value of each flag given (arrays collect every value, comma-split like pflag's StringSlice). */
	values: Map<string, string | boolean | string[]>;
	args: string[];
	/** Index in `args` where `--` appeared, or -1 (cobra's ArgsLenAtDash). */
	dashAt: number;
}

export type FlagParse = {ok: true; parsed: ParsedFlags} | {ok: false; message: string};

const BOOL_WORDS: Record<string, boolean> = {'true': true, 'false': false, '1': true, '0': false, 't': true, 'f': false, 'TRUE': true, 'FALSE': false, 'True': true, 'False': false, 'T': true, 'F': false};

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): FlagParse {
	const byName = new Map(specs.map(spec => [spec.name, spec]));
	const byShort = new Map(specs.filter(spec => spec.short).map(spec => [spec.short as string, spec]));
	const values = new Map<string, string | boolean | string[]>();
	const args: string[] = [];
	let dashAt = -1;
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i];
		if (word === '--') {
			dashAt = args.length;
			args.push(...argv.slice(i + 1));
			break;
		}
		if (word.startsWith('--') && word.length > 2) {
			const eq = word.indexOf('=');
			const name = eq === -1 ? word.slice(2) : word.slice(2, eq);
			const spec = byName.get(name);
			if (!spec) return {ok: false, message: `unknown flag: --${name}`};
			if (spec.type === 'bool') {
				const text = eq === -1 ? 'true' : word.slice(eq + 1);
				if (!(text in BOOL_WORDS)) return {ok: false, message: `invalid argument "${text}" for "--${name}" flag: strconv.ParseBool: parsing "${text}": invalid syntax`};
				values.set(name, BOOL_WORDS[text]);
				continue;
			}
			let value: string;
			if (eq !== -1) value = word.slice(eq + 1);
			else if (spec.bare !== undefined) value = spec.bare;
			else if (i + 1 < argv.length) value = argv[++i];
			else return {ok: false, message: `flag needs an argument: --${name}`};
			const stored = store(values, spec, value, `--${name}`);
			if (stored) return {ok: false, message: stored};
			continue;
		}
		if (word.startsWith('-') && word.length > 1) {
			for (let j = 1; j < word.length; j++) {
				const letter = word[j];
				const spec = byShort.get(letter);
				if (!spec) return {ok: false, message: `unknown shorthand flag: '${letter}' in ${word}`};
				if (spec.type === 'bool') {
					if (word[j + 1] === '=') {
						const text = word.slice(j + 2);
						if (!(text in BOOL_WORDS)) return {ok: false, message: `invalid argument "${text}" for "-${letter}, --${spec.name}" flag: strconv.ParseBool: parsing "${text}": invalid syntax`};
						values.set(spec.name, BOOL_WORDS[text]);
						break;
					}
					values.set(spec.name, true);
					continue;
				}
				let value: string;
				if (j + 1 < word.length) value = word[j + 1] === '=' ? word.slice(j + 2) : word.slice(j + 1);
				else if (i + 1 < argv.length) value = argv[++i];
				else return {ok: false, message: `flag needs an argument: '${letter}' in -${letter}`};
				const stored = store(values, spec, value, `-${letter}, --${spec.name}`);
				if (stored) return {ok: false, message: stored};
				break;
			}
			continue;
		}
		args.push(word);
	}
	return {ok: true, parsed: {values, args, dashAt}};
}

function store(values: ParsedFlags['values'], spec: FlagSpec, value: string, label: string): string | undefined {
	if (spec.type === 'int' && !/^[-+]?\d+$/.test(value)) {
		return `invalid argument "${value}" for "${label}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
	}
	if (spec.type === 'array') {
		const previous = values.get(spec.name);
		const list = Array.isArray(previous) ? previous : [];
		values.set(spec.name, [...list, ...(spec.keepCommas ? [value] : value.split(','))]);
		return undefined;
	}
	values.set(spec.name, value);
	return undefined;
}

/** Typed accessors over a parse result. */
export class Flags {
	constructor(private readonly parsed: ParsedFlags) {}

	get args(): string[] {
		return this.parsed.args;
	}

	get dashAt(): number {
		return this.parsed.dashAt;
	}

	has(name: string): boolean {
		return this.parsed.values.has(name);
	}

	string(name: string, fallback = ''): string {
		const value = this.parsed.values.get(name);
		return typeof value === 'string' ? value : fallback;
	}

	bool(name: string): boolean {
		return this.parsed.values.get(name) === true;
	}

	int(name: string, fallback: number): number {
		const value = this.parsed.values.get(name);
		return typeof value === 'string' ? Number.parseInt(value, 10) : fallback;
	}

	array(name: string): string[] {
		const value = this.parsed.values.get(name);
		return Array.isArray(value) ? value : [];
	}
}
