/**
 * `--field-selector`: the fields the API server can filter each kind by (its field label
 * conversion functions), with `=`, `==` and `!=`; any other field is the server's BadRequest.
 */
import type {KubeObject} from '../kube-object.js';
import {apiVersionOf, type ResourceType} from '../resource-types.js';

type Getter = (object: KubeObject) => string | undefined;

const at = (path: string): Getter => object => {
	let value: unknown = object;
	for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value === undefined || value === null ? undefined : String(value);
};

const METADATA: Record<string, Getter> = {'metadata.name': at('metadata.name'), 'metadata.namespace': at('metadata.namespace')};

const BY_KIND: Record<string, Record<string, Getter>> = {
	Pod: {
		'spec.nodeName': at('spec.nodeName'),
		'spec.restartPolicy': at('spec.restartPolicy'),
		'spec.schedulerName': at('spec.schedulerName'),
		'spec.serviceAccountName': at('spec.serviceAccountName'),
		'spec.hostNetwork': object => String(Boolean((object.spec as {hostNetwork?: boolean} | undefined)?.hostNetwork)),
		'status.phase': at('status.phase'),
		'status.podIP': at('status.podIP'),
		'status.podIPs': object => ((object.status as {podIPs?: Array<{ip: string}>} | undefined)?.podIPs ?? []).map(entry => entry.ip).join(','),
		'status.nominatedNodeName': at('status.nominatedNodeName'),
	},
	Event: Object.fromEntries(
		[
			...['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'].map(field => [`involvedObject.${field}`, at(`involvedObject.${field}`)] as const),
			['reason', at('reason')],
			['reportingComponent', at('reportingComponent')],
			['source', at('source.component')],
			['type', at('type')],
		],
	),
	Secret: {type: at('type')},
	Namespace: {'status.phase': at('status.phase')},
	Node: {'spec.unschedulable': object => String(Boolean((object.spec as {unschedulable?: boolean} | undefined)?.unschedulable))},
	ReplicaSet: {'status.replicas': at('status.replicas')},
	ReplicationController: {'status.replicas': at('status.replicas')},
	Job: {'status.successful': at('status.successful')},
	Service: {'spec.clusterIP': at('spec.clusterIP'), 'spec.type': at('spec.type')},
};

interface Term {
	field: string;
	value: string;
	equal: boolean;
}

export type FieldSelector = {ok: true; matches: (object: KubeObject) => boolean} | {ok: false; message: string};

function parseTerms(text: string): Term[] | string {
	const terms: Term[] = [];
	for (const part of text.split(',')) {
		if (part === '') continue;
		const match = /^([^=!]+)(!=|==|=)(.*)$/.exec(part);
		if (!match) return `invalid selector: '${text}'; can't understand '${part}'`;
		terms.push({field: match[1], value: match[3], equal: match[2] !== '!='});
	}
	return terms;
}

/** The server's filter for `type`, or its BadRequest (as kubectl prints it) for an unsupported field. */
export function fieldSelector(type: ResourceType, text: string, labelSelector: string): FieldSelector {
	const terms = parseTerms(text);
	if (typeof terms === 'string') return {ok: false, message: `Error from server (BadRequest): ${terms}\n`};
	const getters = {...METADATA, ...BY_KIND[type.kind]};
	const unsupported = terms.find(term => !(term.field in getters));
	if (unsupported) {
		const gvr = `${type.group ? apiVersionOf(type) : `/${type.version}`}, Resource=${type.resource}`;
		return {
			ok: false,
			message: `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "${labelSelector}", field selector "${text}": field label not supported: ${unsupported.field}\n`,
		};
	}
	return {ok: true, matches: object => terms.every(term => ((getters[term.field](object) ?? '') === term.value) === term.equal)};
}
