/**
 * kubectl parses manifests with go-yaml (via sigs.k8s.io/yaml). The `yaml` package finds the same
 * mistakes but words them differently; this maps its error codes to go-yaml's messages, including
 * go-yaml's line numbering (scanner errors name the line of the problem, parser errors the line
 * before it).
 */
import type {YAMLError} from 'yaml';

export function goYamlMessage(errors: readonly YAMLError[]): string {
	const pick = (code: string) => errors.find(error => error.code === code);
	const multiline = pick('MULTILINE_IMPLICIT_KEY');
	// a plain value running into the next line's `key:` (`port: 80\n   targetPort: 8080`) vs a key missing its colon
	if (multiline && pick('BLOCK_AS_IMPLICIT_KEY')) return `yaml: line ${endLine(multiline)}: mapping values are not allowed in this context`;
	if (multiline) return `yaml: line ${endLine(multiline)}: could not find expected ':'`;
	const first = errors[0];
	const line = startLine(first);
	switch (first.code) {
		case 'BLOCK_AS_IMPLICIT_KEY':
			return `yaml: line ${endLine(first)}: mapping values are not allowed in this context`;
		case 'TAB_AS_INDENT':
			return `yaml: line ${line}: found character that cannot start any token`;
		case 'DUPLICATE_KEY':
			return `yaml: unmarshal errors:\n  line ${line}: key ${JSON.stringify(duplicateKey(first))} already set in map`;
		case 'MISSING_CHAR':
			if (/quote/i.test(first.message)) return `yaml: line ${line}: found unexpected end of stream`;
			if (/without - indicator/.test(first.message)) return `yaml: line ${Math.max(1, line - 1)}: did not find expected '-' indicator`;
			return `yaml: line ${Math.max(1, line - 1)}: did not find expected ',' or ']'`;
		case 'BAD_INDENT':
			if (/Flow (sequence|mapping)/.test(first.message)) {
				const closer = /sequence/.test(first.message) ? ']' : '}';
				return `yaml: line ${Math.max(1, line - 1)}: did not find expected ',' or '${closer}'`;
			}
			return `yaml: line ${Math.max(1, line - 1)}: did not find expected key`;
		case 'UNEXPECTED_TOKEN':
			return `yaml: line ${line}: did not find expected <document start>`;
		case 'BAD_ALIAS':
		case 'BAD_DIRECTIVE':
			return `yaml: line ${line}: found unknown directive name`;
		default:
			return `yaml: line ${line}: did not find expected key`;
	}
}

function startLine(error: YAMLError): number {
	return error.linePos?.[0]?.line ?? 1;
}

function endLine(error: YAMLError): number {
	return error.linePos?.[1]?.line ?? startLine(error);
}

function duplicateKey(error: YAMLError): string {
	const source = /at line \d+, column \d+:\n\n([\s\S]*)$/.exec(error.message)?.[1] ?? '';
	const lines = source.split('\n').filter(line => line.trim() && !/^\s*\^/.test(line));
	const last = lines[lines.length - 1] ?? '';
	return /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(last)?.[1]?.trim() ?? '';
}
