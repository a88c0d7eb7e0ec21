/** `kubectl create quota NAME --hard=… --scopes=…` and `create priorityclass NAME --value=…`. */
import type {KubeObject} from '../../kube-object.js';
import {formatQuantity, parseQuantity} from '../../print/describe/quantity.js';
import type {KubectlCommand} from '../command.js';
import {named, OUTPUT_FLAGS, send, usageError} from './create-subcommand.js';

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_ERROR = `quantities must match the regular expression '${QUANTITY.source}'`;

const createQuota: KubectlCommand = {
	name: 'quota',
	aliases: ['resourcequota'],
	short: 'Create a quota with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'hard', type: 'string'}, {name: 'scopes', type: 'string'}],
	run: named((context, out, {name, namespace, mode}) => {
		const hard: Record<string, string> = {};
		for (const pair of context.flags.string('hard').split(',').filter(Boolean)) {
			const at = pair.indexOf('=');
			if (at <= 0 || at === pair.length - 1) return usageError(out, `Invalid argument syntax ${pair}, expected <resource>=<value>`);
			const value = pair.slice(at + 1);
			if (!QUANTITY.test(value)) return usageError(out, QUANTITY_ERROR);
			hard[pair.slice(0, at)] = formatQuantity(parseQuantity(value));
		}
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
