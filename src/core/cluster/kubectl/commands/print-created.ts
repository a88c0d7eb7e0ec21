/** What create-style commands print on success: `kind/name created`, or the object with `-o`. */
import type {KubeObject} from '../../kube-object.js';
import {qualifiedSingular, typeForKind} from '../../resource-types.js';
import {dryRunSuffix, type DryRun} from '../dry-run.js';
import type {Output} from '../kubectl-env.js';
import {toKubectlJson, toKubectlYaml} from '../object-format.js';
import {isTemplateFormat, templateOutput} from '../../print/template-output.js';

export const OUTPUT_FORMATS_ERROR = (format: string) =>
	`error: unable to match a printer suitable for the output format "${format}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n`;

export function isSupportedOutput(format: string): boolean {
	return ['', 'yaml', 'json', 'name'].includes(format) || isTemplateFormat(format.split('=')[0]);
}

export function objectLabel(object: KubeObject): string {
	const type = typeForKind(object.kind);
	return `${type ? qualifiedSingular(type) : object.kind.toLowerCase()}/${object.metadata.name}`;
}

/** Prints one changed object; false when a template failed (its message already printed). */
export function printMutation(out: Output, object: KubeObject, verb: string, format: string, dryRun: DryRun, readFile?: (path: string) => string | undefined): boolean {
	const [name, ...rest] = format.split('=');
	if (isTemplateFormat(name)) {
		const printed = templateOutput(name, rest.join('='), object, readFile);
		out.out(printed.text ?? '');
		if (!printed.ok) out.err(printed.error);
		return printed.ok;
	}
	if (format === 'yaml') out.out(toKubectlYaml(object));
	else if (format === 'json') out.out(toKubectlJson(object));
	else if (format === 'name') out.out(`${objectLabel(object)}\n`);
	else out.out(`${objectLabel(object)} ${verb}${dryRunSuffix(dryRun)}\n`);
	return true;
}
