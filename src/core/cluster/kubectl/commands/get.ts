/**
 * `kubectl get`: tables (`-o wide`, `--show-labels`, `-L`, `--no-headers`), `-o yaml|json|name|jsonpath`,
 * several kinds at once (`svc,pods`, `all`), and `-w`, which here advances simulated time second by
 * second and prints each row that changes, as a watching kubectl does until Ctrl+C.
 */
import {advanceTime} from '../../controllers/settle.js';
import type {KubeObject} from '../../kube-object.js';
import {printObjects} from '../../print/print-objects.js';
import {printGetAll, printTable, tableRows} from '../../print/print-table.js';
import {tabWriter} from '../../print/tab-writer.js';
import {typeForObject, type ResourceType} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, FILENAME_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {jsonPath} from '../../print/jsonpath.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {parseSelector} from '../label-selector.js';
import {parseManifests} from '../manifest.js';
import {readSources} from '../read-sources.js';
import {parseResourceArgs, type ResourceRequest} from '../resource-args.js';
import {findObject, viewObjects, noResourcesMessage, notFoundMessage, type Scope} from '../select-objects.js';

const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';
const WATCH_LIMIT_SECONDS = 60;

const NO_TYPE = `error: You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
`;

export const getCommand: KubectlCommand = {
	name: 'get',
	short: 'Display one or many resources',
	flags: [
		OUTPUT_FLAG,
		SELECTOR_FLAG,
		ALL_NAMESPACES_FLAG,
		FILENAME_FLAG,
		{name: 'show-labels', type: 'bool'},
		{name: 'label-columns', short: 'L', type: 'array'},
		{name: 'watch', short: 'w', type: 'bool'},
		{name: 'watch-only', type: 'bool'},
		{name: 'no-headers', type: 'bool'},
		{name: 'show-kind', type: 'bool'},
		{name: 'ignore-not-found', type: 'bool'},
		{name: 'sort-by', type: 'string'},
		{name: 'chunk-size', type: 'int'},
	],
	run: runGet,
};

interface Found {
	type: ResourceType;
	objects: KubeObject[];
	/** Listed (not named): `-o yaml` prints a List even for one result. */
	listed: boolean;
}

function runGet(context: KubectlContext): ShellResult {
	const out = new Output();
	const {flags} = context;
	const format = flags.string('output');
	const formatKind = format.startsWith('jsonpath') ? 'jsonpath' : format.startsWith('custom-columns=') ? 'custom-columns' : format;
	if (!['', 'wide', 'yaml', 'json', 'name', 'jsonpath', 'custom-columns'].includes(formatKind)) {
		return out.err(`error: unable to match a printer suitable for the output format "${format}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n`).done(1);
	}
	const selectorText = flags.string('selector');
	const selector = selectorText ? parseSelector(selectorText) : undefined;
	if (selector && !selector.ok) return out.err(`error: ${selector.message}\n`).done(1);
	const scope: Scope = {namespace: context.namespace, allNamespaces: flags.bool('all-namespaces'), selector: selector?.requirements};

	let found: Found[];
	let exitCode = 0;
	// kubectl prints what it found first and the NotFound errors after it
	const missing: string[] = [];
	const deferred = {err: (text: string) => void missing.push(text)};
	if (flags.array('filename').length > 0) {
		const fromFiles = objectsFromFiles(context, out);
		if (!fromFiles) return out.done(1);
		found = fromFiles.found;
		if (fromFiles.failed) exitCode = 1;
	} else {
		if (flags.args.length === 0) return out.err(NO_TYPE).done(1);
		const parsed = parseResourceArgs(flags.args);
		if (!parsed.ok) return out.err(`error: ${parsed.message}\n`).done(1);
		if (parsed.requests.some(request => request.type.kind === 'Endpoints')) out.err(ENDPOINTS_WARNING);
		found = [];
		for (const request of parsed.requests) {
			const result = collect(context, request, scope, deferred);
			if (result.failed) exitCode = 1;
			found.push(result.found);
		}
	}
	const total = found.reduce((sum, group) => sum + group.objects.length, 0);
	const listed = found.every(group => group.listed);
	if (total === 0) {
		if (exitCode === 0 && listed && formatKind !== 'yaml' && formatKind !== 'json') out.err(noResourcesMessage(found.map(group => group.type), scope));
		if (listed && (formatKind === 'yaml' || formatKind === 'json')) out.out(printObjects([], formatKind, {list: true}));
		return out.err(missing.join('')).done(exitCode);
	}
	const sortBy = flags.string('sort-by');
	if (sortBy) {
		const sorted = sortObjects(found, sortBy);
		if (typeof sorted === 'string') return out.err(sorted).done(1);
	}
	const objects = found.flatMap(group => group.objects);
	if (formatKind === 'yaml' || formatKind === 'json' || formatKind === 'name') {
		out.out(printObjects(objects, formatKind, {list: listed || objects.length !== 1}));
		return out.err(missing.join('')).done(exitCode);
	}
	if (formatKind === 'jsonpath') {
		const template = format.replace(/^jsonpath=?/, '');
		const data = listed || objects.length !== 1 ? {apiVersion: 'v1', items: objects, kind: 'List', metadata: {resourceVersion: ''}} : objects[0];
		const result = jsonPath(template.replace(/^'(.*)'$/s, '$1'), data);
		if (!result.ok) return out.err(`${result.error.startsWith('error: ') ? '' : 'error: '}${result.error.replace(/\n$/, '')}\n`).done(1);
		out.out(result.text);
		return out.err(missing.join('')).done(exitCode);
	}
	if (formatKind === 'custom-columns') {
		const table = customColumns(format.slice('custom-columns='.length), objects, flags.bool('no-headers'));
		if (!table.ok) return out.err(table.message).done(1);
		out.out(table.text);
		return out.err(missing.join('')).done(exitCode);
	}
	const options = {
		now: context.env.cluster.clock.now(),
		wide: formatKind === 'wide',
		showLabels: flags.bool('show-labels'),
		allNamespaces: scope.allNamespaces,
		noHeaders: flags.bool('no-headers'),
		labelColumns: flags.array('label-columns'),
	};
	const groups = found.filter(group => group.objects.length > 0);
	const several = found.length > 1 || flags.bool('show-kind');
	if (!flags.bool('watch-only')) {
		out.out(several ? printGetAll(groups.map(group => ({resource: group.type, objects: group.objects})), options) : printTable(groups[0].type, groups[0].objects, options));
	}
	if (flags.bool('watch') || flags.bool('watch-only')) watch(context, found, scope, options, several, out);
	return out.err(missing.join('')).done(exitCode);
}

/** `-o custom-columns=NAME:.metadata.name,IP:.spec.clusterIP`: one column per JSONPath, `<none>` when missing. */
function customColumns(spec: string, objects: readonly KubeObject[], noHeaders: boolean): {ok: true; text: string} | {ok: false; message: string} {
	const columns: Array<{header: string; template: string}> = [];
	for (const part of spec.split(',')) {
		const colon = part.indexOf(':');
		if (colon <= 0 || colon === part.length - 1) return {ok: false, message: `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>\n`};
		const path = part.slice(colon + 1);
		columns.push({header: part.slice(0, colon), template: path.startsWith('{') ? path : `{${path.startsWith('.') ? '' : '.'}${path}}`});
	}
	const rows: string[][] = noHeaders ? [] : [columns.map(column => column.header)];
	for (const object of objects) {
		const row: string[] = [];
		for (const column of columns) {
			const result = jsonPath(column.template, object);
			if (!result.ok) return {ok: false, message: `error: ${result.error.replace(/^error: /, '').replace(/\n$/, '')}\n`};
			row.push(result.text === '' ? '<none>' : result.text.replace(/ /g, ','));
		}
		rows.push(row);
	}
	return {ok: true, text: tabWriter(rows)};
}

/** `--sort-by=.metadata.creationTimestamp`: each kind's objects ordered by a JSONPath value (numbers numerically). */
function sortObjects(found: Found[], expression: string): string | undefined {
	const template = expression.startsWith('{') ? expression : `{${expression.startsWith('.') ? '' : '.'}${expression}}`;
	for (const group of found) {
		const keyed: Array<{object: KubeObject; key: string}> = [];
		for (const object of group.objects) {
			const result = jsonPath(template, object);
			if (!result.ok) return `error: ${result.error.replace(/^error: /, '').replace(/\n$/, '')}\n`;
			keyed.push({object, key: result.text});
		}
		const numeric = keyed.every(entry => entry.key !== '' && !Number.isNaN(Number(entry.key)));
		keyed.sort((a, b) => (numeric ? Number(a.key) - Number(b.key) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		group.objects = keyed.map(entry => entry.object);
	}
	return undefined;
}

function collect(context: KubectlContext, request: ResourceRequest, scope: Scope, out: {err: (text: string) => void}): {found: Found; failed: boolean} {
	const {cluster} = context.env;
	if (request.names.length === 0) return {found: {type: request.type, objects: viewObjects(cluster, request.type, scope), listed: true}, failed: false};
	const objects: KubeObject[] = [];
	let failed = false;
	for (const name of request.names) {
		const object = findObject(cluster, request.type, context.namespace, name);
		if (object) objects.push(object);
		else if (!context.flags.bool('ignore-not-found')) {
			out.err(notFoundMessage(request.type, name));
			failed = true;
		}
	}
	return {found: {type: request.type, objects, listed: false}, failed};
}

function objectsFromFiles(context: KubectlContext, out: Output): {found: Found[]; failed: boolean} | undefined {
	const read = readSources(context.env, context.flags.array('filename'));
	if (!read.ok) {
		out.err(`error: ${read.message}\n`);
		return undefined;
	}
	const found: Found[] = [];
	let failed = false;
	for (const source of read.sources) {
		if (source.kind !== 'text') continue;
		const parsed = parseManifests(source.text, source.name);
		for (const item of parsed.objects) {
			const type = typeForObject(item.object.apiVersion, item.object.kind);
			if (!type) continue;
			const namespace = item.object.metadata.namespace ?? context.namespace;
			const object = findObject(context.env.cluster, type, namespace, item.object.metadata.name);
			if (object) found.push({type, objects: [object], listed: false});
			else {
				out.err(notFoundMessage(type, item.object.metadata.name));
				failed = true;
			}
		}
		if (parsed.fatal) {
			out.err(`error: ${parsed.fatal}\n`);
			failed = true;
		}
	}
	return {found, failed};
}

type WatchOptions = Parameters<typeof printTable>[2];

interface Watched {
	/** The object's resourceVersion: a watch event happens only when the object itself changes. */
	version: string;
	row: string[];
}

/** Rows keyed by kind/namespace/name, as they would print without headers. */
function snapshot(context: KubectlContext, found: readonly Found[], scope: Scope, options: WatchOptions, several: boolean): Map<string, Watched> {
	const rows = new Map<string, Watched>();
	for (const group of found) {
		const objects = group.listed
			? viewObjects(context.env.cluster, group.type, scope)
			: group.objects.map(object => findObject(context.env.cluster, group.type, object.metadata.namespace ?? '', object.metadata.name)).filter((object): object is KubeObject => Boolean(object));
		const cells = tableRows(group.type, objects, {...options, now: context.env.cluster.clock.now(), noHeaders: true, withKind: several});
		objects.forEach((object, index) => {
			rows.set(`${group.type.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`, {version: object.metadata.resourceVersion ?? '', row: cells[index]});
		});
	}
	return rows;
}

/** A row still waiting for something: an address, a ready pod, a container start. */
function pending(row: readonly string[]): boolean {
	return row.some(cell => /<pending>|Pending|ContainerCreating|PodInitializing|Terminating|Init:/.test(cell) || isPartlyReady(cell));
}

function isPartlyReady(cell: string): boolean {
	const match = /^(\d+)\/(\d+)$/.exec(cell);
	return Boolean(match && match[1] !== match[2]);
}

function watch(context: KubectlContext, found: readonly Found[], scope: Scope, options: WatchOptions, several: boolean, out: Output): void {
	let previous = snapshot(context, found, scope, options, several);
	for (let second = 0; second < WATCH_LIMIT_SECONDS; second++) {
		if (![...previous.values()].some(entry => pending(entry.row))) return;
		advanceTime(context.env.cluster, 1000);
		const current = snapshot(context, found, scope, options, several);
		for (const [key, entry] of current) {
			if (previous.get(key)?.version !== entry.version) out.out(tabWriter([entry.row]));
		}
		previous = current;
	}
}
