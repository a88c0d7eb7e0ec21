/** `kubectl create quota NAME --hard=… --scopes=…` and `create priorityclass NAME --value=…`. */
import type {KubeObject} from '../../kube-object.js';
import {parseResourceList} from '../resource-list.js';
import type {KubectlCommand} from '../command.js';
import {named, OUTPUT_FLAGS, send, usageError} from './create-subcommand.js';


const createQuota: KubectlCommand = {
	name: 'quota',
	aliases: ['resourcequota'],
	short: 'Create a quota with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'hard', type: 'string'}, {name: 'scopes', type: 'string'}],
	run: named((context, out, {name, namespace, mode}) => {
		const parsed = parseResourceList(context.flags.string('hard'));
		if (!parsed.ok) return usageError(out, parsed.message);
		const hard = parsed.list;
		const scopes = context.flags.string('scopes').split(',').filter(Boolean);
		const spec: Record<string, unknown> = {};
		if (Object.keys(hard).length > 0) spec.hard = hard;
		if (scopes.length > 0) spec.scopes = scopes;
		const object = {kind: 'ResourceQuota', apiVersion: 'v1', metadata: namespace ? {name, namespace, creationTimestamp: null} : {name, creationTimestamp: null}, spec, status: {}};
		return send(context, out, object as unknown as KubeObject, mode);
	}),
};

const createPriorityClass: KubectlCommand = {
	name: 'priorityclass',
	aliases: ['pc'],
	short: 'Create a priority class with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'value', type: 'int'}, {name: 'global-default', type: 'bool'}, {name: 'description', type: 'string'}, {name: 'preemption-policy', type: 'string'}],
	run: named((context, out, {name, mode}) => {
		const {flags} = context;
		const object: Record<string, unknown> = {kind: 'PriorityClass', apiVersion: 'scheduling.k8s.io/v1', metadata: {name, creationTimestamp: null}, value: flags.int('value', 0)};
		if (flags.bool('global-default')) object.globalDefault = true;
		if (flags.string('description')) object.description = flags.string('description');
		object.preemptionPolicy = flags.string('preemption-policy') || 'PreemptLowerPriority';
		return send(context, out, object as unknown as KubeObject, mode);
	}),
};

export const POLICY_CREATORS: readonly KubectlCommand[] = [createQuota, createPriorityClass];
