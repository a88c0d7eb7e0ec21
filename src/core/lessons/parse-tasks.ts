/**
 * Reads the `tasks` list of a lesson's front matter into typed tasks. Problems come back as
 * `{path, message}` (path from the front matter's root, e.g. ['tasks', '0', 'checks', '1', 'reach',
 * 'url']) so the content validator can point at `file:line:col`. Nothing is executed here.
 */
import {NODES} from '../cluster/topology.js';
import {typeForKind} from '../cluster/resource-types.js';
import type {Vantage} from '../cluster/vantage.js';
import {MAX_HINT_LEVEL} from './hint-state.js';
import {REACH_PATHS, type CheckKind, type DnsExpectation, type PortExpectation, type Task, type TaskCheck, type TaskError} from './task.js';

type Fields = Record<string, unknown>;

const TASK_FIELDS = ['id', 'title', 'goal', 'setup', 'checks', 'hints', 'solution'];
const CHECK_FIELDS: Readonly<Record<CheckKind, readonly string[]>> = {
	service: ['name', 'namespace', 'type', 'port', 'targetPort', 'nodePort', 'protocol', 'selector', 'headless', 'externalName', 'externalTrafficPolicy', 'clusterIP', 'label'],
	endpoints: ['service', 'namespace', 'min', 'max', 'label'],
	pods: ['selector', 'namespace', 'min', 'label'],
	object: ['kind', 'name', 'namespace', 'fields', 'label'],
	absent: ['kind', 'name', 'namespace', 'label'],
	'external-ip': ['service', 'namespace', 'label'],
	dns: ['from', 'name', 'service', 'namespace', 'expect', 'label'],
	reach: ['from', 'url', 'host', 'service', 'namespace', 'status', 'via', 'blocked', 'label'],
};
const CHECK_KINDS = Object.keys(CHECK_FIELDS) as CheckKind[];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const DNS_EXPECTATIONS: readonly DnsExpectation[] = ['service-ip', 'pod-ips', 'cname', 'nxdomain'];
const ID_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Collects errors while reading one mapping. */
class Reader {
	constructor(
		readonly fields: Fields,
		readonly path: string[],
		readonly errors: TaskError[],
	) {}

	error(key: string | undefined, message: string): void {
		this.errors.push({path: key === undefined ? this.path : [...this.path, key], message});
	}

	unknownFields(allowed: readonly string[]): void {
		for (const key of Object.keys(this.fields)) {
			if (!allowed.includes(key)) this.error(key, `unknown field "${key}"; expected one of ${allowed.join(', ')}`);
		}
	}

	string(key: string, required: true): string;
	string(key: string, required?: false): string | undefined;
	string(key: string, required = false): string | undefined {
		const value = this.fields[key];
		if (value === undefined || value === null) {
			if (required) this.error(undefined, `missing "${key}"`);
			return undefined;
		}
		if (typeof value !== 'string' || value.trim() === '') {
			this.error(key, `"${key}" must be a non-empty string`);
			return undefined;
		}
		return value;
	}

	integer(key: string, min: number, max: number): number | undefined {
		const value = this.fields[key];
		if (value === undefined || value === null) return undefined;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
			this.error(key, `"${key}" must be a whole number from ${min} to ${max}`);
			return undefined;
		}
		return value;
	}

	boolean(key: string): boolean | undefined {
		const value = this.fields[key];
		if (value === undefined || value === null) return undefined;
		if (typeof value !== 'boolean') {
			this.error(key, `"${key}" must be true or false`);
			return undefined;
		}
		return value;
	}

	labels(key: string, required: boolean): Record<string, string> | undefined {
		const value = this.fields[key];
		if (value === undefined || value === null) {
			if (required) this.error(undefined, `missing "${key}"`);
			return undefined;
		}
		if (!isMapping(value) || Object.values(value).some(v => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) {
			this.error(key, `"${key}" must map label keys to values, e.g. {app: web}`);
			return undefined;
		}
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
	}

	oneOf<T extends string>(key: string, allowed: readonly T[], required: boolean): T | undefined {
		const value = this.string(key, required as false);
		if (value === undefined) return undefined;
		if (!allowed.includes(value as T)) {
			this.error(key, `"${key}" must be one of ${allowed.join(', ')}, not "${value}"`);
			return undefined;
		}
		return value as T;
	}

	vantage(key: string): Vantage | undefined {
		const value = this.string(key, true);
		if (value === undefined) return undefined;
		const vantage = parseVantage(value, this.string('namespace') ?? 'default');
		if (!vantage) this.error(key, `"${key}" must be laptop, node/<node name> or pod/<pod name>, not "${value}"`);
		return vantage;
	}
}

/** `laptop`, `node/kind-worker`, `pod/client` or `pod/<namespace>/<name>`. */
export function parseVantage(text: string, namespace = 'default'): Vantage | undefined {
	if (text === 'laptop') return {kind: 'laptop'};
	const [where, ...rest] = text.split('/');
	// Tasks are written for the default three-node cluster, whatever size a learner starts.
	if (where === 'node' && rest.length === 1 && NODES.some(node => node.name === rest[0])) return {kind: 'node', node: rest[0]};
	if (where === 'pod' && rest.length === 1 && rest[0]) return {kind: 'pod', namespace, pod: rest[0]};
	if (where === 'pod' && rest.length === 2 && rest[0] && rest[1]) return {kind: 'pod', namespace: rest[0], pod: rest[1]};
	return undefined;
}

function isMapping(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseTasks(raw: unknown): {tasks: Task[]; errors: TaskError[]} {
	const errors: TaskError[] = [];
	if (raw === undefined || raw === null) return {tasks: [], errors};
	if (!Array.isArray(raw)) return {tasks: [], errors: [{path: ['tasks'], message: '"tasks" must be a list of tasks'}]};
	const tasks: Task[] = [];
	const ids = new Set<string>();
	raw.forEach((entry, index) => {
		const task = parseTask(entry, ['tasks', String(index)], errors);
		if (!task) return;
		if (ids.has(task.id)) errors.push({path: ['tasks', String(index), 'id'], message: `duplicate task id "${task.id}"`});
		ids.add(task.id);
		tasks.push(task);
	});
	return {tasks, errors};
}

function parseTask(raw: unknown, path: string[], errors: TaskError[]): Task | undefined {
	if (!isMapping(raw)) {
		errors.push({path, message: 'a task must be a mapping with id, title, setup, checks, hints and solution'});
		return undefined;
	}
	const before = errors.length;
	const reader = new Reader(raw, path, errors);
	reader.unknownFields(TASK_FIELDS);
	const id = reader.string('id', true);
	if (id !== undefined && !ID_PATTERN.test(id)) reader.error('id', `task id "${id}" must be lower-case letters, digits and '-'`);
	const title = reader.string('title', true);
	const goal = reader.string('goal');
	const setup = typeof raw.setup === 'string' ? raw.setup : reader.string('setup');
	const solution = reader.string('solution', true);
	const checks = parseChecks(raw.checks, [...path, 'checks'], errors);
	const hints = parseHints(raw.hints, [...path, 'hints'], errors);
	if (errors.length > before || id === undefined || title === undefined || solution === undefined) return undefined;
	return {id, title, ...(goal === undefined ? {} : {goal}), setup: setup ?? '', checks, hints, solution};
}

function parseHints(raw: unknown, path: string[], errors: TaskError[]): string[] {
	if (!Array.isArray(raw) || raw.length === 0) {
		errors.push({path, message: '"hints" must list at least one hint (a nudge, the concept, the command\'s shape)'});
		return [];
	}
	if (raw.length > MAX_HINT_LEVEL) errors.push({path: [...path, String(MAX_HINT_LEVEL)], message: `at most ${MAX_HINT_LEVEL} hints: a nudge, the concept, the command's shape`});
	raw.forEach((hint, index) => {
		if (typeof hint !== 'string' || hint.trim() === '') errors.push({path: [...path, String(index)], message: 'a hint must be a non-empty string'});
	});
	return raw.filter((hint): hint is string => typeof hint === 'string');
}

function parseChecks(raw: unknown, path: string[], errors: TaskError[]): TaskCheck[] {
	if (!Array.isArray(raw) || raw.length === 0) {
		errors.push({path, message: '"checks" must list at least one check'});
		return [];
	}
	const checks: TaskCheck[] = [];
	raw.forEach((entry, index) => {
		const check = parseCheck(entry, [...path, String(index)], errors);
		if (check) checks.push(check);
	});
	return checks;
}

function parseCheck(raw: unknown, path: string[], errors: TaskError[]): TaskCheck | undefined {
	const keys = isMapping(raw) ? Object.keys(raw) : [];
	if (keys.length !== 1 || !CHECK_KINDS.includes(keys[0] as CheckKind)) {
		errors.push({path, message: `a check is one of ${CHECK_KINDS.join(', ')}, written as {kind: {fields}}`});
		return undefined;
	}
	const kind = keys[0] as CheckKind;
	const body = (raw as Fields)[kind];
	if (!isMapping(body)) {
		errors.push({path: [...path, kind], message: `"${kind}" needs its fields, e.g. {name: web}`});
		return undefined;
	}
	const before = errors.length;
	const reader = new Reader(body, [...path, kind], errors);
	reader.unknownFields(CHECK_FIELDS[kind]);
	const check = readCheck(kind, reader);
	return errors.length > before ? undefined : check;
}

function readCheck(kind: CheckKind, r: Reader): TaskCheck | undefined {
	const label = r.string('label');
	const namespace = r.string('namespace') ?? 'default';
	switch (kind) {
		case 'service': {
			const port = readPort(r);
			return {
				kind, label, namespace,
				name: r.string('name', true),
				type: r.oneOf('type', SERVICE_TYPES, false),
				port,
				selector: r.labels('selector', false),
				headless: r.boolean('headless'),
				externalName: r.string('externalName'),
				externalTrafficPolicy: r.oneOf('externalTrafficPolicy', ['Cluster', 'Local'], false),
				clusterIP: r.string('clusterIP'),
			};
		}
		case 'endpoints':
			return {kind, label, namespace, service: r.string('service', true), min: r.integer('min', 0, 1000) ?? 1, max: r.integer('max', 0, 1000)};
		case 'pods':
			return {kind, label, namespace, selector: r.labels('selector', true) ?? {}, min: r.integer('min', 1, 1000) ?? 1};
		case 'object':
		case 'absent': {
			const objectKind = r.string('kind', true);
			const type = objectKind === undefined ? undefined : typeForKind(objectKind);
			if (objectKind !== undefined && !type) r.error('kind', `unknown kind "${objectKind}"`);
			const objectNamespace = type?.namespaced ? namespace : undefined;
			const name = r.string('name', true);
			if (kind === 'absent') return {kind, label, objectKind, name, namespace: objectNamespace};
			const fields = r.fields.fields;
			if (fields !== undefined && !isMapping(fields)) r.error('fields', '"fields" must map dotted paths to values, e.g. {spec.replicas: 3}');
			return {kind, label, objectKind, name, namespace: objectNamespace, fields: isMapping(fields) ? fields : {}};
		}
		case 'external-ip':
			return {kind, label, namespace, service: r.string('service', true)};
		case 'dns':
			return {
				kind, label, namespace,
				from: r.vantage('from'),
				name: r.string('name', true),
				service: r.string('service', true),
				expect: r.oneOf('expect', DNS_EXPECTATIONS, true),
			} as TaskCheck;
		case 'reach':
			return {
				kind, label, namespace,
				from: r.vantage('from'),
				url: r.string('url', true),
				host: r.string('host'),
				service: r.string('service'),
				status: r.integer('status', 100, 599),
				via: r.oneOf('via', REACH_PATHS, false),
				...(r.boolean('blocked') ? {blocked: true} : {}),
			} as TaskCheck;
	}
}

function readPort(r: Reader): PortExpectation | undefined {
	const port: PortExpectation = {
		port: r.integer('port', 1, 65535),
		nodePort: r.integer('nodePort', 1, 65535),
		protocol: r.oneOf('protocol', ['TCP', 'UDP', 'SCTP'], false),
	};
	const target = r.fields.targetPort;
	if (typeof target === 'number') port.targetPort = r.integer('targetPort', 1, 65535);
	else if (target !== undefined) port.targetPort = r.string('targetPort');
	const given = Object.entries(port).filter(([, value]) => value !== undefined);
	return given.length > 0 ? (Object.fromEntries(given) as PortExpectation) : undefined;
}
