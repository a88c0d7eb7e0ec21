/**
 * `kubectl get`: tables (`-o wide`, `--show-labels`, `-L`, `--no-headers`), `-o yaml|json|name|jsonpath`,
 * several kinds at once (`svc,pods`, `all`), and `-w`, which here advances simulated time second by
 * second and prints each row that changes, as a watching kubectl does until Ctrl+C.
 */
import {advanceTime} from '../../controllers/settle.js';
import type {Job} from '../../shell/job.js';
import type {KubeObject} from '../../kube-object.js';
import {printObjects} from '../../print/print-objects.js';
import {tableRows, type TableOptions} from '../../print/print-table.js';
import {outputFormatError, renderGet} from '../../print/render-get.js';
import {tabWriter} from '../../print/tab-writer.js';
import {ENDPOINTS_DEPRECATION_WARNING} from '../../print/warnings.js';
import type {ResourceType} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, FILE_FLAGS, OUTPUT_FLAG, SELECTOR_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {fieldSelector} from '../field-selector.js';
import {liveFileObjects} from '../file-objects.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {checkErr} from '../render-api-error.js';
import {parseResourceArgs, type ResourceRequest} from '../resource-args.js';
import {findObject, viewObjects, noResourcesMessage, notFoundMessage, scopeOf, type Scope} from '../select-objects.js';

const WATCH_LIMIT_SECONDS = 60;

const NO_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

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
		...FILE_FLAGS,
		...longFlags('bool', 'show-labels', 'watch-only', 'no-headers', 'show-kind', 'ignore-not-found'),
		{name: 'label-columns', short: 'L', type: 'array'},
		{name: 'watch', short: 'w', type: 'bool'},
		{name: 'sort-by', type: 'string'},
		{name: 'chunk-size', type: 'int'},
		{name: 'field-selector', type: 'string'},
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
	const formatError = outputFormatError(format);
	if (formatError) return out.err(formatError).done(1);
	const scoped = scopeOf(context);
	if (!scoped.ok) return out.err(scoped.message).done(1);
	const {scope} = scoped;

	let found: Found[];
	// kubectl prints what it found first and the errors after it
	const missing: string[] = [];
	// tables and wide print what they can; other formats print a single named file whole or not at all
	const human = format === '' || format === 'wide';
	const report = (): string => (human ? missing.join('') : checkErr(missing));
	if (flags.array('filename').length > 0) {
		const live = liveFileObjects(context);
		if (!live.ok) return out.err(live.message).done(1);
		missing.push(...live.value.errors);
		if (!human && live.value.single && missing.length > 0) return out.err(report()).done(1);
		found = fileGroups(live.value.found);
	} else {
		if (flags.args.length === 0) return out.err(NO_TYPE).done(1);
		const parsed = parseResourceArgs(flags.args);
		if (!parsed.ok) return out.err(`error: ${parsed.message}\n`).done(1);
		if (parsed.requests.some(request => request.type.kind === 'Endpoints')) out.err(`${ENDPOINTS_DEPRECATION_WARNING}\n`);
		found = parsed.requests.map(request => collect(context, request, scope, missing));
		const fields = flags.string('field-selector');
		if (fields) {
			for (const group of found) {
				const selector = fieldSelector(group.type, fields, flags.string('selector'));
				if (!selector.ok) return out.err(selector.message).done(1);
				group.objects = group.objects.filter(selector.matches);
			}
		}
	}
	const exitCode = missing.length > 0 ? 1 : 0;
	const total = found.reduce((sum, group) => sum + group.objects.length, 0);
	const listed = found.every(group => group.listed);
	if (total === 0) {
		// only the table printers say "No resources found"; the others print an empty List their way
		if (listed && human && exitCode === 0) out.err(noResourcesMessage(found.map(group => group.type), scope));
		else if (listed && (format === 'yaml' || format === 'json')) out.out(printObjects([], format, {list: true}));
		else if (listed) {
			const rendered = renderGet({now: context.env.cluster.clock.now(), output: format, groups: [], list: true, noHeaders: flags.bool('no-headers'), readFile: context.env.readFile});
			if (!rendered.ok) return out.out(rendered.text ?? '').err(rendered.error).done(1);
			out.out(rendered.text);
		}
		return out.err(report()).done(exitCode);
	}
	const options = {
		now: context.env.cluster.clock.now(),
		showLabels: flags.bool('show-labels'),
		allNamespaces: scope.allNamespaces,
		noHeaders: flags.bool('no-headers'),
		labelColumns: flags.array('label-columns'),
		withKind: found.length > 1 || flags.bool('show-kind'),
	};
	const groups = found.map(group => ({resource: group.type, objects: group.objects}));
	const rendered = renderGet({...options, output: format, groups, list: listed || total !== 1, sortBy: flags.string('sort-by') || undefined, readFile: context.env.readFile});
	if (!rendered.ok) return out.out(rendered.text ?? '').err(rendered.error).done(1);
	if (!flags.bool('watch-only')) out.out(rendered.text);
	out.err(report());
	if (flags.bool('watch') || flags.bool('watch-only')) out.job = watchJob(context, found, scope, {...options, wide: format === 'wide'}, exitCode);
	return out.done(exitCode);
}

function collect(context: KubectlContext, request: ResourceRequest, scope: Scope, missing: string[]): Found {
	const {cluster} = context.env;
	if (request.names.length === 0) return {type: request.type, objects: viewObjects(cluster, request.type, scope), listed: true};
	const objects: KubeObject[] = [];
	for (const name of request.names) {
		const object = findObject(cluster, request.type, context.namespace, name);
		if (object) objects.push(object);
		else if (!context.flags.bool('ignore-not-found')) missing.push(notFoundMessage(request.type, name));
	}
	return {type: request.type, objects, listed: false};
}

/** `get -f`: the objects in file order, one table for each run of the same kind, as kubectl starts a new table when the kind changes. */
function fileGroups(found: readonly {type: ResourceType; object: KubeObject}[]): Found[] {
	const groups: Found[] = [];
	for (const {type, object} of found) {
		const last = groups[groups.length - 1];
		if (last?.type.kind === type.kind) last.objects.push(object);
		else groups.push({type, objects: [object], listed: false});
	}
	return groups;
}

type WatchOptions = TableOptions;

interface Watched {
	/** The object's resourceVersion: a watch event happens only when the object itself changes. */
	version: string;
	row: string[];
}

/** Rows keyed by kind/namespace/name, as they would print without headers. */
function snapshot(context: KubectlContext, found: readonly Found[], scope: Scope, options: WatchOptions): Map<string, Watched> {
	const rows = new Map<string, Watched>();
	for (const group of found) {
		const objects = group.listed
			? viewObjects(context.env.cluster, group.type, scope)
			: group.objects.map(object => findObject(context.env.cluster, group.type, object.metadata.namespace ?? '', object.metadata.name)).filter((object): object is KubeObject => Boolean(object));
		const cells = tableRows(group.type, objects, {...options, now: context.env.cluster.clock.now(), noHeaders: true});
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

/**
 * `get -w` as a job: in the interactive sandbox each look prints the rows that changed since the
 * last, until Ctrl+C, as kubectl does; elsewhere `finish` watches while something is still pending.
 */
function watchJob(context: KubectlContext, found: readonly Found[], scope: Scope, options: WatchOptions, exitCode: number): Job {
	let previous = snapshot(context, found, scope, options);
	return {
		command: 'kubectl get -w',
		drain: () => {
			const current = snapshot(context, found, scope, options);
			const changed = [...current].filter(([key, entry]) => previous.get(key)?.version !== entry.version);
			previous = current;
			return {output: changed.map(([, entry]) => ({stream: 'stdout' as const, text: tabWriter([entry.row])}))};
		},
		stop: () => undefined,
		finish: () => {
			const out = new Output();
			watch(context, found, scope, options, out);
			return {output: out.chunks, exitCode};
		},
	};
}

function watch(context: KubectlContext, found: readonly Found[], scope: Scope, options: WatchOptions, out: Output): void {
	let previous = snapshot(context, found, scope, options);
	for (let second = 0; second < WATCH_LIMIT_SECONDS; second++) {
		if (![...previous.values()].some(entry => pending(entry.row))) return;
		advanceTime(context.env.cluster, 1000);
		const current = snapshot(context, found, scope, options);
		for (const [key, entry] of current) {
			if (previous.get(key)?.version !== entry.version) out.out(tabWriter([entry.row]));
		}
		previous = current;
	}
}
