/** `kubectl version`, `cluster-info`, `api-resources`: the cluster as kind sets it up. */
import {tabWriter} from '../../print/tab-writer.js';
import {apiVersionOf, RESOURCE_TYPES, type ResourceType} from '../../resource-types.js';
import {KUBERNETES_VERSION} from '../../topology.js';
import {OUTPUT_FLAG, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';

export const API_SERVER_URL = 'https://127.0.0.1:6443';

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

/** Core Events served again by events.k8s.io/v1: one resource, listed twice by discovery (and once in RESOURCE_TYPES). */
const EVENTS_V1: ResourceType = {kind: 'Event', group: 'events.k8s.io', version: 'v1', resource: 'events', singular: 'event', shortNames: ['ev'], namespaced: true, simulated: true};

export const apiResourcesCommand: KubectlCommand = {
	name: 'api-resources',
	short: 'Print the supported API resources on the server',
	flags: [{name: 'namespaced', type: 'string', bare: 'true'}, {name: 'api-group', type: 'string'}, OUTPUT_FLAG, {name: 'no-headers', type: 'bool'}],
	run: context => {
		const {flags} = context;
		const types = [...RESOURCE_TYPES, EVENTS_V1]
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
