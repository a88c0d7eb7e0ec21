/** What create-style commands print on success: `kind/name created`, or the object with `-o`. */
import type {KubeObject} from '../../kube-object.js';
import {qualifiedSingular, typeForKind} from '../../resource-types.js';
import {dryRunSuffix, type DryRun} from '../dry-run.js';
import type {Output} from '../kubectl-env.js';
import {toKubectlJson, toKubectlYaml} from '../object-format.js';

export const OUTPUT_FORMATS_ERROR = (format: string) =>
	`error: unable to match a printer suitable for the output format "${format}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n`;

export function isSupportedOutput(format: string): boolean {
	return ['', 'yaml', 'json', 'name'].includes(format);
}

export function objectLabel(object: KubeObject): string {
	const type = typeForKind(object.kind);
	return `${type ? qualifiedSingular(type) : object.kind.toLowerCase()}/${object.metadata.name}`;
}

export function printMutation(out: Output, object: KubeObject, verb: string, format: string, dryRun: DryRun): void {
	if (format === 'yaml') out.out(toKubectlYaml(object));
	else if (format === 'json') out.out(toKubectlJson(object));
	else if (format === 'name') out.out(`${objectLabel(object)}\n`);
	else out.out(`${objectLabel(object)} ${verb}${dryRunSuffix(dryRun)}\n`);
}
