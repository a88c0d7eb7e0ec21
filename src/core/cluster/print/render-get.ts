import type {KubeObject} from '../kube-object.js';
import type {ResourceType} from '../resource-types.js';
import {printCustomColumns} from './custom-columns.js';
import {printableData, printObjects} from './print-objects.js';
import {printGetAll, printTable, type TableOptions} from './print-table.js';
import {sortObjects} from './sort-by.js';
import {isTemplateFormat, templateOutput, type TemplateResult} from './template-output.js';

export interface GetRequest extends Omit<TableOptions, 'wide'> {
	/** The `-o` value: undefined, `wide`, `yaml`, `json`, `name`, `jsonpath=…`, `custom-columns=…`. */
	output?: string;
	/** One group per kind asked for, in the order kubectl prints them. */
	groups: readonly {resource: ResourceType | string; objects: readonly KubeObject[]}[];
	/** kubectl listed (no single name given): wrap yaml/json/jsonpath data in a List. */
	list: boolean;
	/** `--sort-by` field. */
	sortBy?: string;
	/** The learner's files, for `-o go-template-file=…` and `-o jsonpath-file=…`. */
	readFile?: (path: string) => string | undefined;
}

export type GetResult = TemplateResult;

const ALLOWED_FORMATS =
	'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

const PRINTED: ReadonlySet<string> = new Set(['', 'wide', 'yaml', 'json', 'name', 'custom-columns']);
const UNSIMULATED: ReadonlySet<string> = new Set(['custom-columns-file']);

/** Everything `kubectl get` prints on stdout for already-fetched objects, by output format. */
export function renderGet(request: GetRequest): GetResult {
	let groups = request.groups;
	if (request.sortBy) {
		const sorted: {resource: ResourceType | string; objects: readonly KubeObject[]}[] = [];
		for (const group of groups) {
			const result = sortObjects(group.objects, request.sortBy);
			if (!result.ok) return result;
			sorted.push({resource: group.resource, objects: result.objects});
		}
		groups = sorted;
	}
	const objects = groups.flatMap(group => group.objects);
	const output = request.output ?? '';
	const [format, ...rest] = output.split('=');
	const argument = rest.join('=');
	switch (format) {
		case '':
		case 'wide': {
			const options = {...request, wide: format === 'wide'};
			const nonEmpty = groups.filter(group => group.objects.length > 0);
			if (groups.length > 1 || request.withKind) return {ok: true, text: printGetAll(nonEmpty, options)};
			return {ok: true, text: nonEmpty.length === 0 ? '' : printTable(nonEmpty[0].resource, nonEmpty[0].objects, options)};
		}
		case 'yaml':
		case 'json':
		case 'name':
			return {ok: true, text: printObjects(objects, format, {list: request.list})};
		case 'custom-columns':
			return printCustomColumns(objects, argument, {noHeaders: request.noHeaders});
		default:
			if (isTemplateFormat(format)) return templateOutput(format, argument, printableData(objects, {list: request.list}), request.readFile);
			return {ok: false, error: outputFormatError(output) ?? ''};
	}
}

/** Why kubectl would refuse `-o VALUE` before fetching anything; undefined when it can print it. */
export function outputFormatError(output: string): string | undefined {
	const format = output.split('=')[0];
	if (PRINTED.has(format) || isTemplateFormat(format)) return undefined;
	if (UNSIMULATED.has(format)) return `error: the "${format}" output format is not available in this simulated kubectl; try -o jsonpath or -o custom-columns\n`;
	return `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED_FORMATS}\n`;
}
