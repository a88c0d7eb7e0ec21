/**
 * Label selectors as `-l`/`--selector` accepts them: `app=web`, `app==web`, `app!=web`,
 * `tier in (a,b)`, `tier notin (a)`, `app` (exists), `!app` (does not exist), comma-joined (AND).
 */
export type Requirement =
	| {key: string; op: 'in' | 'notin'; values: string[]}
	| {key: string; op: 'exists' | 'notexists'};

export type SelectorParse = {ok: true; requirements: Requirement[]} | {ok: false; message: string};

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function parseSelector(text: string): SelectorParse {
	const requirements: Requirement[] = [];
	for (const part of splitTopLevel(text.trim())) {
		const piece = part.trim();
		if (piece === '' && text.trim() === '') continue;
		const parsed = parseRequirement(piece);
		if (typeof parsed === 'string') return {ok: false, message: parsed};
		requirements.push(parsed);
	}
	return {ok: true, requirements};
}

function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const ch of text) {
		if (ch === '(') depth++;
		if (ch === ')') depth--;
		if (ch === ',' && depth === 0) {
			parts.push(current);
			current = '';
		} else current += ch;
	}
	parts.push(current);
	return parts;
}

function parseRequirement(piece: string): Requirement | string {
	const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(piece);
	if (set) {
		const values = set[3].split(',').map(value => value.trim());
		const bad = checkKey(set[1]) ?? values.map(checkValue).find(Boolean);
		if (bad) return bad;
		return {key: set[1], op: set[2] as 'in' | 'notin', values};
	}
	const eq = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(piece);
	if (eq) {
		const bad = checkKey(eq[1]) ?? checkValue(eq[3]);
		if (bad) return bad;
		return {key: eq[1], op: eq[2] === '!=' ? 'notin' : 'in', values: [eq[3]]};
	}
	const exists = /^(!?)\s*([^=!\s()]+)$/.exec(piece);
	if (exists) {
		const bad = checkKey(exists[2]);
		if (bad) return bad;
		return {key: exists[2], op: exists[1] ? 'notexists' : 'exists'};
	}
	return `unable to parse requirement: found '${piece}', expected: in, notin, =, ==, !=, gt, lt`;
}

function checkKey(key: string): string | undefined {
	if (KEY.test(key)) return undefined;
	return `unable to parse requirement: <nil>: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;
}

function checkValue(value: string): string | undefined {
	if (VALUE.test(value) && value.length <= 63) return undefined;
	return `unable to parse requirement: <nil>: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`;
}

export function matchesSelector(requirements: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
	const have = labels ?? {};
	return requirements.every(req => {
		const present = Object.prototype.hasOwnProperty.call(have, req.key);
		switch (req.op) {
			case 'exists':
				return present;
			case 'notexists':
				return !present;
			case 'in':
				return present && req.values.includes(have[req.key]);
			case 'notin':
				return !present || !req.values.includes(have[req.key]);
		}
	});
}
