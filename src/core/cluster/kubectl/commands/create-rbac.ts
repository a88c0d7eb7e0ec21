/**
 * `kubectl create role|clusterrole` (one rule per API group, as kubectl groups `--resource`),
 * `create rolebinding|clusterrolebinding` and `create serviceaccount`.
 */
import type {KubeObject} from '../../kube-object.js';
import {typeForName} from '../../resource-types.js';
import type {KubectlCommand, KubectlContext} from '../command.js';
import type {Output, ShellResult} from '../kubectl-env.js';
import {named, OUTPUT_FLAGS, send, usageError, type Named} from './create-subcommand.js';

const RBAC = 'rbac.authorization.k8s.io';
const RBAC_V1 = `${RBAC}/v1`;
const STANDARD_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

/** Verbs that only make sense on some resources (kubectl refuses `bind` on pods). */
const SPECIAL_VERBS: Record<string, Array<[string, string]>> = {
	use: [['policy', 'podsecuritypolicies'], ['extensions', 'podsecuritypolicies']],
	bind: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
	escalate: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
	impersonate: [['', 'users'], ['', 'serviceaccounts'], ['', 'groups'], ['authentication.k8s.io', 'userextras']],
};

type Rule = Record<string, string[]>;

function splitList(values: string[]): string[] {
	return values.flatMap(value => value.split(',')).filter(Boolean);
}

/** The rules `--verb`/`--resource`/`--resource-name` (and `--non-resource-url`) make, or kubectl's message. */
function buildRules(context: KubectlContext, out: Output, cluster: boolean): Rule[] | string {
	const {flags} = context;
	const verbs = [...new Set(splitList(flags.array('verb')))];
	const nonResourceUrls = cluster ? splitList(flags.array('non-resource-url')) : [];
	if (verbs.length === 0) return 'at least one verb must be specified';
	for (const verb of verbs) {
		if (!STANDARD_VERBS.includes(verb) && !(nonResourceUrls.length > 0 && NON_RESOURCE_VERBS.includes(verb))) out.err(`Warning: '${verb}' is not a standard resource verb\n`);
	}
	const resources = splitList(flags.array('resource'));
	if (resources.length === 0 && nonResourceUrls.length === 0) return cluster ? 'one of resource or nonResourceURL must be specified' : 'at least one resource must be specified';
	const byGroup = new Map<string, string[]>();
	for (const text of resources) {
		const [base, subresource] = text.split('/', 2);
		if (base === '*' && subresource === undefined) {
			byGroup.clear();
			byGroup.set('', ['*']);
			break;
		}
		const dot = base.indexOf('.');
		const resource = dot === -1 ? base : base.slice(0, dot);
		if (resource === '') return 'resource must be specified if apiGroup/subresource specified';
		const type = typeForName(base);
		if (!type) return `the server doesn't have a resource type "${resource}"`;
		for (const verb of verbs) {
			const allowed = SPECIAL_VERBS[verb];
			if (allowed && !allowed.some(([group, name]) => group === type.group && name === type.resource)) return `can not perform '${verb}' on '${type.resource}' in group '${type.group}'`;
		}
		const name = subresource === undefined ? type.resource : `${type.resource}/${subresource}`;
		const list = byGroup.get(type.group) ?? [];
		if (!list.includes(name)) list.push(name);
		byGroup.set(type.group, list);
	}
	const resourceNames = [...new Set(flags.array('resource-name'))];
	const rules: Rule[] = [...byGroup.keys()].sort().map(group => {
		const rule: Rule = {verbs, apiGroups: [group], resources: byGroup.get(group) ?? []};
		if (resourceNames.length > 0) rule.resourceNames = resourceNames;
		return rule;
	});
	if (nonResourceUrls.length > 0) rules.push({verbs, nonResourceURLs: nonResourceUrls});
	return rules;
}

function meta(name: string, namespace: string | undefined): Record<string, unknown> {
	return namespace ? {name, namespace, creationTimestamp: null} : {name, creationTimestamp: null};
}

function roleCommand(kind: 'Role' | 'ClusterRole'): KubectlCommand {
	const cluster = kind === 'ClusterRole';
	return {
		name: kind.toLowerCase(),
		short: cluster ? 'Create a cluster role' : 'Create a role with single rule',
		flags: [
			...OUTPUT_FLAGS,
			{name: 'verb', type: 'array'},
			{name: 'resource', type: 'array'},
			{name: 'resource-name', type: 'array', keepCommas: true},
			...(cluster ? [{name: 'non-resource-url', type: 'array' as const}, {name: 'aggregation-rule', type: 'string' as const}] : []),
		],
		run: named((context, out, {name, namespace, mode}) => {
			const rules = buildRules(context, out, cluster);
			if (typeof rules === 'string') return usageError(out, rules);
			const object = {kind, apiVersion: RBAC_V1, metadata: meta(name, cluster ? undefined : namespace), rules};
			return send(context, out, object as unknown as KubeObject, mode);
		}),
	};
}

/** `--user`, `--group`, `--serviceaccount=NS:NAME` in kubectl's order: users, groups, then service accounts. */
function subjects(context: KubectlContext): Array<Record<string, string>> | string {
	const {flags} = context;
	const out: Array<Record<string, string>> = [];
	for (const user of flags.array('user')) out.push({kind: 'User', apiGroup: RBAC, name: user});
	for (const group of flags.array('group')) out.push({kind: 'Group', apiGroup: RBAC, name: group});
	for (const account of flags.array('serviceaccount')) {
		const parts = account.split(':');
		if (parts.length !== 2 || !parts[0] || !parts[1]) return 'serviceaccount must be <namespace>:<name>';
		out.push({kind: 'ServiceAccount', name: parts[1], namespace: parts[0]});
	}
	return out;
}

function bindingCommand(kind: 'RoleBinding' | 'ClusterRoleBinding'): KubectlCommand {
	const cluster = kind === 'ClusterRoleBinding';
	return {
		name: kind.toLowerCase(),
		short: cluster ? 'Create a cluster role binding for a particular cluster role' : 'Create a role binding for a particular role or cluster role',
		flags: [
			...OUTPUT_FLAGS,
			...(cluster ? [] : [{name: 'role', type: 'string' as const}]),
			{name: 'clusterrole', type: 'string'},
			{name: 'user', type: 'array', keepCommas: true},
			{name: 'group', type: 'array', keepCommas: true},
			{name: 'serviceaccount', type: 'array', keepCommas: true},
		],
		run: named((context, out, named) => bind(context, out, named, kind)),
	};
}

function bind(context: KubectlContext, out: Output, {name, namespace, mode}: Named, kind: 'RoleBinding' | 'ClusterRoleBinding'): ShellResult {
	const {flags} = context;
	const role = flags.string('role');
	const clusterRole = flags.string('clusterrole');
	if (kind === 'ClusterRoleBinding' && !clusterRole) return usageError(out, 'required flag(s) "clusterrole" not set');
	if (kind === 'RoleBinding' && (role === '') === (clusterRole === '')) return usageError(out, 'exactly one of clusterrole or role must be specified');
	const list = subjects(context);
	if (typeof list === 'string') return usageError(out, list);
	const object: Record<string, unknown> = {kind, apiVersion: RBAC_V1, metadata: meta(name, kind === 'RoleBinding' ? namespace : undefined)};
	if (list.length > 0) object.subjects = list;
	object.roleRef = {apiGroup: RBAC, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole};
	return send(context, out, object as unknown as KubeObject, mode);
}

const createServiceAccount: KubectlCommand = {
	name: 'serviceaccount',
	aliases: ['sa'],
	short: 'Create a service account with the specified name',
	flags: OUTPUT_FLAGS,
	run: named((context, out, {name, namespace, mode}) => {
		const object = {kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(name, namespace)};
		return send(context, out, object as unknown as KubeObject, mode, message => `failed to create serviceaccount: ${message}`);
	}),
};

export const RBAC_CREATORS: readonly KubectlCommand[] = [
	roleCommand('Role'),
	roleCommand('ClusterRole'),
	bindingCommand('RoleBinding'),
	bindingCommand('ClusterRoleBinding'),
	createServiceAccount,
];
