/**
 * The template printers behind `-o`: jsonpath, jsonpath-as-json, jsonpath-file, go-template
 * (alias template) and go-template-file (alias templatefile), with kubectl's messages for a
 * missing template, an unreadable file and a template that fails to parse or run.
 */
import {goValue} from './go-fmt.js';
import {goTemplate} from './go-template.js';
import {jsonPath} from './jsonpath.js';

/** A failure may come after output was written (a Go template that fails halfway). */
export type TemplateResult = {ok: true; text: string} | {ok: false; error: string; text?: string};

const TEMPLATE_FORMATS: ReadonlySet<string> = new Set(['jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'go-template', 'template', 'go-template-file', 'templatefile']);

export function isTemplateFormat(format: string): boolean {
	return TEMPLATE_FORMATS.has(format);
}

/** Prints `data` with `-o FORMAT=ARGUMENT`; file formats read ARGUMENT through `readFile`. */
export function templateOutput(format: string, argument: string, data: unknown, readFile?: (path: string) => string | undefined): TemplateResult {
	if (argument === '') return {ok: false, error: 'error: template format specified but no template given\n'};
	let template = argument;
	if (format.endsWith('-file') || format === 'templatefile') {
		const text = readFile?.(argument);
		if (text === undefined) return {ok: false, error: `error: error reading --template ${argument}, open ${argument}: no such file or directory\n`};
		template = text;
	}
	if (format.startsWith('jsonpath')) {
		const result = jsonPath(template, data, {json: format === 'jsonpath-as-json'});
		return result.ok ? result : {ok: false, error: result.error};
	}
	const result = goTemplate(template, data);
	if (result.ok) return result;
	if (result.kind === 'parse') return {ok: false, error: `error: error parsing template ${template}, ${result.message}\n`};
	const debug =
		`Error executing template: ${result.message}. Printing more information for debugging the template:\n` +
		`\ttemplate was:\n\t\t${template}\n` +
		`\traw data was:\n\t\t${goCompactJson(data)}\n` +
		`\tobject given to template engine was:\n\t\t${goValue(data)}\n\n`;
	return {ok: false, text: result.partial + debug, error: `error: error executing template ${JSON.stringify(template)}: ${result.message}\n`};
}

function goCompactJson(data: unknown): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
