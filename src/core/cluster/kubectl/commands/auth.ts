/**
 * `kubectl auth can-i VERB TYPE[/NAME]` and `--list`. The learner is kind's admin (group
 * `kubeadm:cluster-admins`, bound to cluster-admin), so every question is answered `yes`;
 * `--as=USER` (or `system:serviceaccount:NS:NAME`) is answered from the Roles, ClusterRoles and
 * their bindings stored in the cluster.
 */
import type {Cluster} from '../../cluster.js';
import type {KubeObject} from '../../kube-object.js';
import {tabWriter} from '../../print/tab-writer.js';
import {typeForName} from '../../resource-types.js';
import type {KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {subcommandGroup} from './subcommand-group.js';

interface PolicyRule {
	verbs?: string[];
	apiGroups?: string[];
	resources?: string[];
	resourceNames?: string[];
	nonResourceURLs?: string[];
}

interface Question {
	verb: string;
	group: string;
	resource: string;
	subresource: string;
	name: string;
	namespace: string;
	url: string;
}

const matches = (values: string[] | undefined, wanted: string) => (values ?? []).some(value => value === '*' || value === wanted);

function ruleAllows(rule: PolicyRule, question: Question): boolean {
	if (!matches(rule.verbs, question.verb)) return false;
	if (question.url) return (rule.nonResourceURLs ?? []).some(url => url === question.url || url === '*' || (url.endsWith('*') && question.url.startsWith(url.slice(0, -1))));
	const resource = question.subresource ? `${question.resource}/${question.subresource}` : question.resource;
	if (!matches(rule.apiGroups, question.group) || !matches(rule.resources, resource)) return false;
	return !rule.resourceNames?.length || rule.resourceNames.includes(question.name);
}

function subjectMatches(subject: Record<string, string>, user: string, groups: string[]): boolean {
	if (subject.kind === 'User') return subject.name === user;
	if (subject.kind === 'Group') return groups.includes(subject.name);
	if (subject.kind === 'ServiceAccount') return user === `system:serviceaccount:${subject.namespace}:${subject.name}`;
	return false;
}

/** The RBAC authorizer's answer for `user`, from the bindings the cluster stores. */
function rbacAllows(cluster: Cluster, user: string, groups: string[], question: Question): boolean {
	const rolesOf = (binding: KubeObject, namespace: string | undefined): PolicyRule[] => {
		const ref = binding.roleRef as {kind: string; name: string};
		const role = cluster.store.get(ref.kind, ref.kind === 'Role' ? namespace : undefined, ref.name);
		return ((role?.rules ?? []) as PolicyRule[]);
	};
	const bound = (binding: KubeObject) => ((binding.subjects ?? []) as Array<Record<string, string>>).some(subject => subjectMatches(subject, user, groups));
	for (const binding of cluster.store.view('ClusterRoleBinding', undefined)) {
		if (bound(binding) && rolesOf(binding, undefined).some(rule => ruleAllows(rule, question))) return true;
	}
	if (question.url) return false;
	for (const binding of cluster.store.view('RoleBinding', question.namespace)) {
		if (bound(binding) && rolesOf(binding, question.namespace).some(rule => ruleAllows(rule, question))) return true;
	}
	return false;
}

/** What `--list` prints for kind's admin: cluster-admin's two rules, then what every authenticated user may do. */
const ADMIN_RULES: string[][] = [
	['*.*', '[]', '[]', '[*]'],
	['', '[*]', '[]', '[*]'],
	['selfsubjectreviews.authentication.k8s.io', '[]', '[]', '[create]'],
	['selfsubjectaccessreviews.authorization.k8s.io', '[]', '[]', '[create]'],
	['selfsubjectrulesreviews.authorization.k8s.io', '[]', '[]', '[create]'],
	...['/api/*', '/api', '/apis/*', '/apis', '/healthz', '/healthz', '/livez', '/livez', '/openapi/*', '/openapi', '/readyz', '/readyz', '/version/', '/version/', '/version', '/version'].map(url => [
		'',
		`[${url}]`,
		'[]',
		'[get]',
	]),
];

const canI: KubectlCommand = {
	name: 'can-i',
	short: 'Check whether an action is allowed',
	flags: [
		{name: 'list', type: 'bool'},
		{name: 'quiet', short: 'q', type: 'bool'},
		{name: 'all-namespaces', short: 'A', type: 'bool'},
		{name: 'as', type: 'string'},
		{name: 'as-group', type: 'array', keepCommas: true},
		{name: 'subresource', type: 'string'},
		{name: 'no-headers', type: 'bool'},
	],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const as = flags.string('as');
		if (flags.bool('list')) {
			if (as) return out.err('error: --list with --as is not simulated in the kubetutor sandbox\n').done(1);
			const rows = flags.bool('no-headers') ? ADMIN_RULES : [['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs'], ...ADMIN_RULES];
			return out.out(tabWriter(rows)).done(0);
		}
		const [verb, target, third] = flags.args;
		if (flags.args.length < 2 || flags.args.length > 3) return out.err(`error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n`).done(1);
		const question: Question = {verb, group: '', resource: '', subresource: flags.string('subresource'), name: '', namespace: context.namespace, url: ''};
		if (target.startsWith('/')) question.url = target;
		else {
			const [typeName, name = ''] = target.split('/', 2);
			const type = typeForName(typeName);
			if (type) {
				question.group = type.group;
				question.resource = type.resource;
			} else {
				out.err(`Warning: the server doesn't have a resource type '${typeName}'\n`);
				question.resource = typeName;
			}
			question.name = third ?? name;
		}
		const groups = [...flags.array('as-group'), 'system:authenticated', ...(as.startsWith('system:serviceaccount:') ? ['system:serviceaccounts', `system:serviceaccounts:${as.split(':')[2]}`] : [])];
		const allowed = as ? rbacAllows(context.env.cluster, as, groups, question) : true;
		if (!flags.bool('quiet')) out.out(allowed ? 'yes\n' : 'no\n');
		return out.done(allowed ? 0 : 1);
	},
};

const AUTH_HELP = `Inspect authorization.

Available Commands:
  can-i         Check whether an action is allowed
  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects
  whoami        Experimental: Check self subject attributes

Usage:
  kubectl auth [flags] [options]

Use "kubectl auth <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

export const authCommand: KubectlCommand = {
	name: 'auth',
	short: 'Inspect authorization',
	flags: [],
	run: subcommandGroup('kubectl auth', AUTH_HELP),
	subcommands: [canI],
};
