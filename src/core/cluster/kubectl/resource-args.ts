/**
 * The resource words kubectl accepts on its command line: `svc`, `svc web db`, `svc/web`,
 * `deploy/web svc/web`, `svc,pods`, `all`.
 */
import {typeForName, type ResourceType} from '../resource-types.js';

/** The kinds `kubectl get all` lists, in its order (category "all"). */
export const ALL_CATEGORY = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'jobs', 'cronjobs'];

export interface ResourceRequest {
	type: ResourceType;
	/** Empty: every object of the type. */
	names: string[];
	/** Came from the `all` category. */
	fromAll: boolean;
}

export type ResourceParse = {ok: true; requests: ResourceRequest[]} | {ok: false; message: string};

export function parseResourceArgs(args: readonly string[]): ResourceParse {
	if (args.length === 0) return {ok: true, requests: []};
	if (args[0].includes('/')) return parseSlashForm(args);
	const requests: ResourceRequest[] = [];
	for (const word of args[0].split(',').filter(Boolean)) {
		if (word.toLowerCase() === 'all') {
			for (const resource of ALL_CATEGORY) requests.push({type: typeForName(resource) as ResourceType, names: [], fromAll: true});
			continue;
		}
		const type = typeForName(word);
		if (!type) return {ok: false, message: `the server doesn't have a resource type "${word}"`};
		requests.push({type, names: [], fromAll: false});
	}
	const names = args.slice(1);
	if (names.some(name => name.includes('/'))) {
		return {
			ok: false,
			message:
				"there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
		};
	}
	if (names.length > 0 && requests.some(request => request.fromAll)) {
		return {ok: false, message: 'you must specify only one resource'};
	}
	return {ok: true, requests: requests.map(request => ({...request, names}))};
}

function parseSlashForm(args: readonly string[]): ResourceParse {
	const requests: ResourceRequest[] = [];
	for (const arg of args) {
		const slash = arg.indexOf('/');
		if (slash === -1) {
			return {
				ok: false,
				message:
					"there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
			};
		}
		const word = arg.slice(0, slash);
		const name = arg.slice(slash + 1);
		const type = typeForName(word);
		if (!type) return {ok: false, message: `the server doesn't have a resource type "${word}"`};
		if (!name) return {ok: false, message: `arguments in resource/name form must have a single resource and name`};
		const same = requests.find(request => request.type === type);
		if (same) same.names.push(name);
		else requests.push({type, names: [name], fromAll: false});
	}
	return {ok: true, requests};
}
