/** `kubectl version`, `cluster-info`, `api-resources`, `config …`: the cluster as kind sets it up. */
import {tabWriter} from '../../print/tab-writer.js';
import {apiVersionOf, RESOURCE_TYPES} from '../../resource-types.js';
import {KUBERNETES_VERSION} from '../../topology.js';
import {OUTPUT_FLAG, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';

const CONTEXT = 'kind-kind';
const API_SERVER_URL = 'https://127.0.0.1:6443';

export const versionCommand: KubectlCommand = {
	name: 'version',
	short: 'Print the client and server version information',
	flags: [{name: 'client', type: 'bool'}, OUTPUT_FLAG],
	run: context => {
		const lines = [`Client Version: ${KUBERNETES_VERSION}`, 'Kustomize Version: v5.7.1'];
		if (!context.flags.bool('client')) lines.push(`Server Version: ${KUBERNETES_VERSION}`);
		return new Output().out(lines.join('\n') + '\n').done(0);
	},
};

export const clusterInfoCommand: KubectlCommand = {
	name: 'cluster-info',
	short: 'Display cluster information',
	flags: [],
	run: () =>
		new Output()
			.out(
				`Kubernetes control plane is running at ${API_SERVER_URL}\nCoreDNS is running at ${API_SERVER_URL}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
			)
			.done(0),
};

export const apiResourcesCommand: KubectlCommand = {
	name: 'api-resources',
	short: 'Print the supported API resources on the server',
	flags: [{name: 'namespaced', type: 'string', bare: 'true'}, {name: 'api-group', type: 'string'}, OUTPUT_FLAG, {name: 'no-headers', type: 'bool'}],
	run: context => {
		const {flags} = context;
		const types = [...RESOURCE_TYPES]
			.filter(type => !flags.has('namespaced') || String(type.namespaced) === flags.string('namespaced'))
			.filter(type => !flags.has('api-group') || type.group === flags.string('api-group'))
			.sort((a, b) => (a.group === b.group ? a.resource.localeCompare(b.resource) : a.group === '' ? -1 : b.group === '' ? 1 : a.group.localeCompare(b.group)));
		if (flags.string('output') === 'name') {
			return new Output().out(types.map(type => (type.group ? `${type.resource}.${type.group}` : type.resource) + '\n').join('')).done(0);
		}
		const rows = types.map(type => [type.resource, type.shortNames.join(','), apiVersionOf(type), String(type.namespaced), type.kind]);
		const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
		return new Output().out(tabWriter(flags.bool('no-headers') ? rows : [header, ...rows])).done(0);
	},
};

const currentContext: KubectlCommand = {
	name: 'current-context',
	short: 'Display the current-context',
	flags: [],
	run: () => new Output().out(`${CONTEXT}\n`).done(0),
};

const getContexts: KubectlCommand = {
	name: 'get-contexts',
	short: 'Describe one or many contexts',
	flags: [OUTPUT_FLAG, {name: 'no-headers', type: 'bool'}],
	run: context => {
		const namespace = context.env.kubeconfig?.namespace ?? '';
		if (context.flags.string('output') === 'name') return new Output().out(`${CONTEXT}\n`).done(0);
		const rows = [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], ['*', CONTEXT, CONTEXT, CONTEXT, namespace === 'default' ? '' : namespace]];
		return new Output().out(tabWriter(rows)).done(0);
	},
};

const useContext: KubectlCommand = {
	name: 'use-context',
	short: 'Set the current-context in a kubeconfig file',
	flags: [],
	run: context => {
		const name = context.flags.args[0] ?? '';
		if (name !== CONTEXT) return new Output().err(`error: no context exists with the name: "${name}"\n`).done(1);
		return new Output().out(`Switched to context "${CONTEXT}".\n`).done(0);
	},
};

const setContext: KubectlCommand = {
	name: 'set-context',
	short: 'Set a context entry in kubeconfig',
	flags: [{name: 'current', type: 'bool'}, {name: 'cluster', type: 'string'}, {name: 'user', type: 'string'}],
	run: context => {
		const out = new Output();
		const name = context.flags.bool('current') ? CONTEXT : context.flags.args[0];
		if (!name) return out.err('error: you must specify a non-empty context name or --current\n').done(1);
		if (name !== CONTEXT) return out.err(`error: the kubetutor sandbox has one context, "${CONTEXT}"\n`).done(1);
		if (context.namespaceGiven && context.env.kubeconfig) context.env.kubeconfig.namespace = context.namespace;
		return out.out(`Context "${CONTEXT}" modified.\n`).done(0);
	},
};

export const configCommand: KubectlCommand = {
	name: 'config',
	short: 'Modify kubeconfig files',
	flags: [],
	run: context => new Output().err(`error: unknown command "${context.flags.args[0] ?? ''}" for "kubectl config"\n`).done(1),
	subcommands: [currentContext, getContexts, useContext, setContext],
};
