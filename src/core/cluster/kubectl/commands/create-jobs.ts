/** `kubectl create job NAME --image … [-- cmd]` or `--from=cronjob/NAME`, and `create cronjob`. */
import type {KubeObject} from '../../kube-object.js';
import {typeForName} from '../../resource-types.js';
import type {KubectlCommand} from '../command.js';
import {findObject, notFoundMessage} from '../select-objects.js';
import {named, OUTPUT_FLAGS, send, usageError} from './create-subcommand.js';

type Fields = Record<string, unknown>;

function container(name: string, image: string, command: string[]): Fields {
	const out: Fields = {name, image};
	if (command.length > 0) out.command = command;
	out.resources = {};
	return out;
}

function metadata(name: string, namespace: string | undefined, extra: Fields = {}): Fields {
	return {name, ...(namespace ? {namespace} : {}), creationTimestamp: null, ...extra};
}

/** A Job made from a CronJob's template, marked as started by hand, as `kubectl create job --from` makes it. */
function jobFromCronJob(name: string, namespace: string | undefined, cronJob: KubeObject): KubeObject {
	const template = ((cronJob.spec as Fields | undefined)?.jobTemplate ?? {}) as {metadata?: {labels?: Record<string, string>; annotations?: Record<string, string>}; spec?: Fields};
	const extra: Fields = {};
	if (template.metadata?.labels) extra.labels = template.metadata.labels;
	extra.annotations = {'cronjob.kubernetes.io/instantiate': 'manual', ...template.metadata?.annotations};
	extra.ownerReferences = [{apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata.name, uid: cronJob.metadata.uid, controller: true}];
	return {kind: 'Job', apiVersion: 'batch/v1', metadata: metadata(name, namespace, extra), spec: structuredClone(template.spec ?? {}), status: {}} as unknown as KubeObject;
}

const createJob: KubectlCommand = {
	name: 'job',
	short: 'Create a job with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'image', type: 'string'}, {name: 'from', type: 'string'}],
	run: named((context, out, {name, namespace, mode}) => {
		const {flags} = context;
		const image = flags.string('image');
		const from = flags.string('from');
		if ((image === '') === (from === '')) return usageError(out, 'either --image or --from must be specified');
		const command = flags.dashAt === -1 ? [] : flags.args.slice(flags.dashAt);
		if (from && command.length > 0) return usageError(out, 'cannot specify --from and command');
		if (image) {
			const job = {
				kind: 'Job',
				apiVersion: 'batch/v1',
				metadata: metadata(name, namespace),
				spec: {template: {metadata: {creationTimestamp: null}, spec: {containers: [container(name, image, command)], restartPolicy: 'Never'}}},
				status: {},
			};
			return send(context, out, job as unknown as KubeObject, mode, message => `failed to create job: ${message}`);
		}
		const [typeName, sourceName] = from.split('/', 2);
		const type = typeForName(typeName);
		if (!type || sourceName === undefined) return usageError(out, `from must be of the form <resource>/<name>, got "${from}"`);
		const found = findObject(context.env.cluster, type, context.namespace, sourceName);
		if (!found) return out.err(notFoundMessage(type, sourceName)).done(1);
		if (type.kind !== 'CronJob') return usageError(out, `unknown object type *v1.${type.kind}`);
		return send(context, out, jobFromCronJob(name, context.namespaceGiven || mode.dryRun !== 'client' ? context.namespace : undefined, found), mode, message => `failed to create job: ${message}`);
	}),
};

const createCronJob: KubectlCommand = {
	name: 'cronjob',
	aliases: ['cj'],
	short: 'Create a cron job with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'image', type: 'string'}, {name: 'schedule', type: 'string'}, {name: 'restart', type: 'string'}],
	run: named((context, out, {name, namespace, mode}) => {
		const {flags} = context;
		const missing = ['image', 'schedule'].filter(flag => !flags.has(flag));
		if (missing.length > 0) return usageError(out, `required flag(s) ${missing.map(flag => `"${flag}"`).join(', ')} not set`);
		const command = flags.dashAt === -1 ? [] : flags.args.slice(flags.dashAt);
		const restartPolicy = flags.string('restart') || 'OnFailure';
		const cronJob = {
			kind: 'CronJob',
			apiVersion: 'batch/v1',
			metadata: metadata(name, namespace),
			spec: {
				schedule: flags.string('schedule'),
				jobTemplate: {
					metadata: {name, creationTimestamp: null},
					spec: {template: {metadata: {creationTimestamp: null}, spec: {containers: [container(name, flags.string('image'), command)], restartPolicy}}},
				},
			},
			status: {},
		};
		return send(context, out, cronJob as unknown as KubeObject, mode, message => `failed to create cronjob: ${message}`);
	}),
};

export const JOB_CREATORS: readonly KubectlCommand[] = [createJob, createCronJob];
