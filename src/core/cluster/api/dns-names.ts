/**
 * apimachinery's name and port checks (util/validation). Each returns the list of problems,
 * empty when the value is fine; messages are the real ones, examples and regex included.
 */

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;

const anchored = (fmt: string) => new RegExp(`^${fmt}$`);
const DNS1123_LABEL = anchored(DNS1123_LABEL_FMT);
const DNS1123_SUBDOMAIN = anchored(DNS1123_SUBDOMAIN_FMT);
const DNS1035_LABEL = anchored(DNS1035_LABEL_FMT);
const QUALIFIED_NAME = anchored(QUALIFIED_NAME_FMT);
const LABEL_VALUE = anchored(LABEL_VALUE_FMT);
const WILDCARD_SUBDOMAIN = new RegExp(`^\\*\\.${DNS1123_SUBDOMAIN_FMT}$`);

export const maxLenError = (length: number) => `must be no more than ${length} characters`;

/** The "(e.g. 'a',  or 'b', regex used …)" tail; the double space before `or` is real. */
export function regexError(message: string, fmt: string, ...examples: string[]): string {
	if (examples.length === 0) return `${message} (regex used for validation is '${fmt}')`;
	return `${message} (e.g. ${examples.map(example => `'${example}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** apimachinery's pattern validators: too long, and (separately) not matching the pattern. */
function lengthAndPattern(value: string, max: number, pattern: RegExp, message: string, fmt: string, ...examples: string[]): string[] {
	const errors: string[] = [];
	if (value.length > max) errors.push(maxLenError(max));
	if (!pattern.test(value)) errors.push(regexError(message, fmt, ...examples));
	return errors;
}

export function dns1123Label(value: string): string[] {
	return lengthAndPattern(value, 63, DNS1123_LABEL, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", DNS1123_LABEL_FMT, 'my-name', '123-abc');
}

export function dns1123Subdomain(value: string): string[] {
	return lengthAndPattern(value, 253, DNS1123_SUBDOMAIN, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", DNS1123_SUBDOMAIN_FMT, 'example.com');
}

export function dns1035Label(value: string): string[] {
	return lengthAndPattern(value, 63, DNS1035_LABEL, "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", DNS1035_LABEL_FMT, 'my-name', 'abc-123');
}

export function wildcardDns1123Subdomain(value: string): string[] {
	return lengthAndPattern(value, 253, WILDCARD_SUBDOMAIN, "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character", `\\*\\.${DNS1123_SUBDOMAIN_FMT}`, '*.example.com');
}

/** Label keys, annotation keys, appProtocol, loadBalancerClass: `[prefix/]name`. */
export function qualifiedName(value: string): string[] {
	const errors: string[] = [];
	const parts = value.split('/');
	const nameRule = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
	let name = parts[0];
	if (parts.length === 2) {
		const prefix = parts[0];
		name = parts[1];
		if (prefix.length === 0) errors.push('prefix part must be non-empty');
		else errors.push(...dns1123Subdomain(prefix).map(message => `prefix part ${message}`));
	} else if (parts.length > 2) {
		return [
			`a qualified name ${regexError(nameRule, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
		];
	}
	if (name.length === 0) errors.push('name part must be non-empty');
	else if (name.length > 63) errors.push(`name part ${maxLenError(63)}`);
	if (!QUALIFIED_NAME.test(name)) errors.push(`name part ${regexError(nameRule, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
	return errors;
}

export function labelValue(value: string): string[] {
	return lengthAndPattern(value, 63, LABEL_VALUE, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345');
}

export function portNumber(value: number): string[] {
	return value >= 1 && value <= 65535 ? [] : ['must be between 1 and 65535, inclusive'];
}

/** IANA_SVC_NAME: what a named targetPort or container port name must look like. */
export function portName(value: string): string[] {
	const errors: string[] = [];
	if (value.length > 15) errors.push(maxLenError(15));
	if (!/^[-a-z0-9]+$/.test(value)) errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
	if (!/[a-z]/.test(value)) errors.push('must contain at least one letter (a-z)');
	if (value.includes('--')) errors.push('must not contain consecutive hyphens');
	if (value.startsWith('-') || value.endsWith('-')) errors.push('must not begin or end with a hyphen');
	return errors;
}

/** Object names that may be a generateName prefix: a trailing dash is allowed there. */
export type NameCheck = (name: string, prefix: boolean) => string[];

const maskTrailingDash = (name: string) => (name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name);

export const nameIsDns1035Label: NameCheck = (name, prefix) => dns1035Label(prefix ? maskTrailingDash(name) : name);
export const nameIsDns1123Label: NameCheck = (name, prefix) => dns1123Label(prefix ? maskTrailingDash(name) : name);
export const nameIsDns1123Subdomain: NameCheck = (name, prefix) => dns1123Subdomain(prefix ? maskTrailingDash(name) : name);
