/**
 * `kubectl set env`: `KEY=VALUE`, `KEY-` and `-e` pairs, `--from=configmap/NAME|secret/NAME`
 * (`--keys`, `--prefix`), `-c` container patterns and `--list` in kubectl's layout
 * (`# Deployment web, container nginx`).
 */
import type {KubeObject} from '../../kube-object.js';
import {parseResourceArgs} from '../resource-args.js';
import {longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {Output} from '../kubectl-env.js';
import {selectContainers, type ContainerFields} from '../pod-template.js';
import {findObject, notFoundMessage} from '../select-objects.js';
import {runSet, SET_FLAGS, withPodSpec} from './set-run.js';

type EnvVar = Record<string, unknown> & {name: string; value?: string; valueFrom?: Record<string, Record<string, string>>};

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const ENV_NAME_ERROR =
	"a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

export const setEnvCommand: KubectlCommand = {
	name: 'env',
	short: 'Update environment variables on a pod template',
	flags: [
		...SET_FLAGS,
		{name: 'containers', short: 'c', type: 'string'},
		{name: 'env', short: 'e', type: 'array', keepCommas: true},
		{name: 'keys', type: 'array'},
		...longFlags('string', 'from', 'prefix'),
		...longFlags('bool', 'list', 'resolve', 'overwrite'),
	],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const split = splitEnvironment(flags.args);
		if (!split) return out.err(`error: all resources must be specified before environment changes: ${flags.args.join(' ')}\n`).done(1);
		if (flags.bool('local') && flags.string('dry-run') === 'server') return out.err('error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?\n').done(1);
		if (split.resources.length === 0 && flags.array('filename').length === 0) return out.err('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n').done(1);
		if (flags.bool('list') && flags.has('output')) return out.err('error: --list and --output may not be specified together\n').done(1);
		if (flags.array('keys').length > 0 && !flags.string('from')) return out.err('error: when specifying --keys, a configmap or secret must be provided with --from\n').done(1);
		const parsed = parseEnv([...flags.array('env'), ...split.pairs], context.env.stdin);
		if (!parsed.ok) return out.err(`error: ${parsed.message}\n`).done(1);
		const {env, remove} = parsed;
		if (flags.string('from')) {
			const from = envFrom(context, out);
			if (!from) return out.done(1);
			env.push(...from);
		}
		const prefix = flags.string('prefix');
		if (prefix) for (const variable of env) variable.name = `${prefix}${variable.name}`;
		const pattern = flags.string('containers', '*') || '*';
		const overwrite = !flags.has('overwrite') || flags.bool('overwrite');
		return runSet({
			context,
			out,
			resources: split.resources,
			verb: 'env updated',
			listOnly: flags.bool('list'),
			mutate: copy =>
				withPodSpec(copy, spec => {
					const containers = selectContainers(spec, pattern);
					if (containers.length === 0) out.err(`Warning: ${copy.kind}/${copy.metadata.name} does not have any containers matching "${pattern}"\n`);
					for (const container of containers) {
						const current = (container.env ?? []) as EnvVar[];
						const clash = overwrite ? undefined : current.find(existing => env.some(variable => variable.name === existing.name));
						if (clash) return `'${clash.name}' already has a value (${clash.value ?? ''}), and --overwrite is false`;
						container.env = updateEnv(current, env, remove);
						if (container.env.length === 0) delete container.env;
						if (flags.bool('list')) listEnv(out, copy, container);
					}
					return undefined;
				}),
		});
	},
};

/** envutil.SplitEnvironmentFromResources: resources first, then `KEY=VALUE` and `KEY-`. */
function splitEnvironment(args: readonly string[]): {resources: string[]; pairs: string[]} | undefined {
	const resources: string[] = [];
	const pairs: string[] = [];
	for (const arg of args) {
		const isEnv = arg.includes('=') || arg.endsWith('-');
		if (isEnv) pairs.push(arg);
		else if (pairs.length > 0) return undefined;
		else resources.push(arg);
	}
	return {resources, pairs};
}

type EnvParse = {ok: true; env: EnvVar[]; remove: string[]} | {ok: false; message: string};

/** envutil.ParseEnv, `-` reading `KEY=VALUE` lines from stdin. */
function parseEnv(specs: readonly string[], stdin: string | undefined): EnvParse {
	const env: EnvVar[] = [];
	const remove: string[] = [];
	for (const spec of specs) {
		if (spec === '-') {
			if (stdin === undefined) return {ok: false, message: "when '-' is used, STDIN must be open"};
			for (const line of stdin.split('\n')) {
				const text = line.split('#')[0];
				const eq = text.indexOf('=');
				if (eq !== -1) env.push({name: text.slice(0, eq), value: text.slice(eq + 1)});
			}
		} else if (spec.includes('=')) {
			const eq = spec.indexOf('=');
			const name = spec.slice(0, eq);
			if (!ENV_NAME.test(name)) return {ok: false, message: `"${name}" is not a valid key name: ${ENV_NAME_ERROR}`};
			env.push({name, value: spec.slice(eq + 1)});
		} else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
		else return {ok: false, message: `unknown environment variable: ${spec}`};
	}
	if (remove.some(name => env.some(variable => variable.name === name))) return {ok: false, message: 'can not both modify and remove the same environment variable in the same command'};
	return {ok: true, env, remove};
}

/** `--from=configmap/NAME` or `secret/NAME`: one reference per key (`--keys` picks some), named as kubectl upper-cases them. */
function envFrom(context: KubectlContext, out: Output): EnvVar[] | undefined {
	const parsed = parseResourceArgs([context.flags.string('from')]);
	if (!parsed.ok) {
		out.err(`error: ${parsed.message}\n`);
		return undefined;
	}
	const request = parsed.requests[0];
	const name = request?.names[0];
	if (!request || !name || (request.type.kind !== 'ConfigMap' && request.type.kind !== 'Secret') || context.flags.bool('local')) {
		out.err('error: unsupported resource specified in --from\n');
		return undefined;
	}
	const source = findObject(context.env.cluster, request.type, context.namespace, name);
	if (!source) {
		out.err(notFoundMessage(request.type, name));
		return undefined;
	}
	const keys = context.flags.array('keys');
	const data = ((source as unknown as {data?: Record<string, string>}).data ?? {}) as Record<string, string>;
	const ref = request.type.kind === 'ConfigMap' ? 'configMapKeyRef' : 'secretKeyRef';
	return Object.keys(data)
		.sort()
		.filter(key => keys.length === 0 || keys.includes(key))
		.map(key => {
			const envName = key.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
			if (envName !== key) out.err(`Warning: key ${key} transferred to ${envName}\n`);
			return {name: envName, valueFrom: {[ref]: {key, name: source.metadata.name}}};
		});
}

/** kubectl's updateEnv: replaced in place, removed, new ones appended in the order given. */
function updateEnv(existing: readonly EnvVar[], env: readonly EnvVar[], remove: readonly string[]): EnvVar[] {
	const covered = new Set(remove);
	const result: EnvVar[] = [];
	for (const variable of existing) {
		if (covered.has(variable.name)) continue;
		const newer = env.find(candidate => candidate.name === variable.name);
		if (newer) covered.add(variable.name);
		result.push(newer ? {...newer} : variable);
	}
	for (const variable of env) {
		if (covered.has(variable.name)) continue;
		covered.add(variable.name);
		result.push({...variable});
	}
	return result;
}

function listEnv(out: Output, object: KubeObject, container: ContainerFields): void {
	out.out(`# ${object.kind} ${object.metadata.name}, container ${container.name ?? ''}\n`);
	for (const variable of (container.env ?? []) as EnvVar[]) {
		if (!variable.valueFrom) out.out(`${variable.name}=${variable.value ?? ''}\n`);
		else out.out(`# ${variable.name} from ${refString(variable.valueFrom)}\n`);
	}
}

/** envutil.GetEnvVarRefString. */
function refString(from: Record<string, Record<string, string>>): string {
	if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
	if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
	if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
	if (from.resourceFieldRef) return `resource field ${from.resourceFieldRef.containerName ? `${from.resourceFieldRef.containerName}/` : ''}${from.resourceFieldRef.resource}`;
	return 'invalid valueFrom';
}
