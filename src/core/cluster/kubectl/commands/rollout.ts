/**
 * `kubectl rollout status|history|undo|pause|resume|restart` with kubectl v1.34's outputs and
 * errors (docs/simulation.md, "Rollouts"). `status` lets simulated time pass a second at a time
 * and prints each new line of kubectl's status viewer; history and undo read the Deployment's
 * ReplicaSets and their `deployment.kubernetes.io/revision`, as kubectl's history viewer and
 * rollbacker do (undo patches the Deployment's template back to the revision's, on the client).
 */
import type {PodTemplateSpec} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../../cluster.js';
import type {OutputChunk} from '../../command-result.js';
import {updateObject} from '../../api/api-server.js';
import {advanceTime} from '../../controllers/settle.js';
import {NOT_COPIED_ANNOTATIONS, revisionOf} from '../../controllers/deployment-controller.js';
import {canonicalJson} from '../../../canonical-json.js';
import type {KubeObject} from '../../kube-object.js';
import {formatTabbed, DESCRIBE} from '../../print/tab-writer.js';
import {podTemplateText} from '../../print/describe/describe-workloads.js';
import {qualifiedResource, qualifiedSingular, typeForName} from '../../resource-types.js';
import {FILE_FLAGS, SELECTOR_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {resolveTargets, type Target} from '../resolve-targets.js';
import {rolloutStatus as statusOf} from '../rollout-status.js';
import {findObject, notFoundMessage} from '../select-objects.js';
import {MAX_WAIT_SECONDS, parseTimeout} from './wait.js';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const ROLLOUT_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

type TemplateSpec = {paused?: boolean; template?: PodTemplateSpec};

const status: KubectlCommand = {
	name: 'status',
	short: 'Show the status of the rollout',
	flags: [...FILE_FLAGS, SELECTOR_FLAG, {name: 'timeout', type: 'string'}, {name: 'watch', short: 'w', type: 'string', bare: 'true'}, {name: 'revision', type: 'int'}],
	run: runStatus,
};

function runStatus(context: KubectlContext): ShellResult {
	const out = new Output();
	const args = context.flags.args;
	const word = args.length === 1 && args[0].includes('/') ? args[0] : args.join('/');
	const [typeWord, name] = word.split('/');
	const type = typeForName(typeWord ?? '');
	if (!type || !name) return out.err('error: required resource not specified\n').done(1);
	if (!ROLLOUT_KINDS.has(type.kind)) return out.err(`error: no status viewer has been implemented for ${type.kind}\n`).done(1);
	const {cluster} = context.env;
	// kubectl's default --timeout=0 waits for ever; one simulated hour here.
	const timeout = parseTimeout(context.flags.string('timeout'), MAX_WAIT_SECONDS);
	const watch = context.flags.string('watch') !== 'false';
	let last = '';
	/** One look at the rollout: its line when it changed, and an exit code once it is over. */
	const look = (): {output: OutputChunk[]; exitCode?: number} => {
		const object = findObject(cluster, type, context.namespace, name);
		if (!object) return {output: [{stream: 'stderr', text: notFoundMessage(type, name)}], exitCode: 1};
		const now = statusOf(object);
		if ('error' in now) return {output: [{stream: 'stderr', text: `error: ${now.error}\n`}], exitCode: 1};
		const output: OutputChunk[] = now.message === last ? [] : [{stream: 'stdout', text: now.message}];
		last = now.message;
		return now.done || !watch ? {output, exitCode: 0} : {output};
	};
	const first = look();
	for (const chunk of first.output) out.chunks.push(chunk);
	if (first.exitCode !== undefined) return out.done(first.exitCode);
	const started = cluster.clock.now();
	const timedOut: OutputChunk = {stream: 'stderr', text: 'error: timed out waiting for the condition\n'};
	// A job: in the interactive sandbox it watches on the wall clock until Ctrl+C; elsewhere `finish` lets its seconds pass at once.
	out.job = {
		command: 'kubectl rollout status',
		drain: () => {
			const step = look();
			if (step.exitCode !== undefined || cluster.clock.now() - started < timeout * 1000) return step;
			return {output: [...step.output, timedOut], exitCode: 1};
		},
		stop: () => undefined,
		finish: () => {
			const output: OutputChunk[] = [];
			for (let second = 1; second <= timeout; second++) {
				advanceTime(cluster, 1000);
				const step = look();
				output.push(...step.output);
				if (step.exitCode !== undefined) return {output, exitCode: step.exitCode};
			}
			return {output: [...output, timedOut], exitCode: 1};
		},
	};
	return out.done(0);
}

/** Runs `each` for every target, kubectl's way: unsupported kinds and failures as `error: <resource> "<name>" <why>`. */
function forTargets(context: KubectlContext, each: (target: Target, out: Output) => string | undefined): ShellResult {
	const out = new Output();
	const resolved = resolveTargets(context, context.flags.args, true);
	if (!resolved.ok) return out.err(resolved.message).done(1);
	for (const error of resolved.errors) out.err(error);
	let failed = resolved.errors.length > 0;
	for (const target of resolved.targets) {
		const why = each(target, out);
		if (why === undefined) continue;
		out.err(why.startsWith('error: ') ? why : `error: ${qualifiedResource(target.type)} "${target.object.metadata.name}" ${why}\n`);
		failed = true;
	}
	return out.done(failed ? 1 : 0);
}

function named(target: Target, what: string): string {
	return `${qualifiedSingular(target.type)}/${target.object.metadata.name} ${what}\n`;
}

function write(context: KubectlContext, object: KubeObject): string | undefined {
	const result = updateObject(context.env.cluster, object);
	return result.ok ? undefined : renderApiError(result.error);
}

const restart: KubectlCommand = {
	name: 'restart',
	short: 'Restart a resource',
	flags: [...FILE_FLAGS, SELECTOR_FLAG],
	// Stamps the pod template with `kubectl.kubernetes.io/restartedAt`, so the controller rolls new pods.
	run: context => forTargets(context, (target, out) => {
		if (!ROLLOUT_KINDS.has(target.type.kind)) return 'restarting is not supported';
		const spec = (target.object.spec ?? {}) as TemplateSpec;
		if (target.type.kind === 'Deployment' && spec.paused) return "can't restart paused deployment (run rollout resume first)";
		const template = spec.template ?? {};
		const at = context.env.cluster.clock.timestamp();
		const annotations = {...template.metadata?.annotations, 'kubectl.kubernetes.io/restartedAt': at};
		const failed = write(context, {...target.object, spec: {...spec, template: {...template, metadata: {...template.metadata, annotations}}}} as KubeObject);
		if (failed) return failed;
		out.out(named(target, 'restarted'));
		return undefined;
	}),
};

function pausing(paused: boolean): KubectlCommand {
	const verb = paused ? 'pause' : 'resume';
	return {
		name: verb,
		short: paused ? 'Mark the provided resource as paused' : 'Resume a paused resource',
		flags: [...FILE_FLAGS, SELECTOR_FLAG],
		run: context => forTargets(context, (target, out) => {
			if (target.type.kind !== 'Deployment') return `${paused ? 'pausing' : 'resuming'} is not supported`;
			const spec = (target.object.spec ?? {}) as TemplateSpec;
			if (Boolean(spec.paused) === paused) {
				out.out(named(target, `already ${paused ? 'paused' : 'resumed'}`));
				return undefined;
			}
			const next = {...spec, paused} as TemplateSpec;
			if (!paused) delete next.paused;
			const failed = write(context, {...target.object, spec: next} as KubeObject);
			if (failed) return failed;
			out.out(named(target, paused ? 'paused' : 'resumed'));
			return undefined;
		}),
	};
}

/** The Deployment's ReplicaSets that carry a revision, by revision. */
function revisions(cluster: Cluster, deployment: Readonly<KubeObject>): Map<number, Readonly<KubeObject>> {
	const out = new Map<number, Readonly<KubeObject>>();
	for (const rs of cluster.store.view('ReplicaSet', deployment.metadata.namespace)) {
		if (!rs.metadata.ownerReferences?.some(ref => ref.controller && ref.uid === deployment.metadata.uid)) continue;
		const revision = revisionOf(rs);
		if (revision > 0) out.set(revision, rs);
	}
	return out;
}

function templateOf(rs: Readonly<KubeObject>): PodTemplateSpec {
	return ((rs.spec ?? {}) as TemplateSpec).template ?? {};
}

const history: KubectlCommand = {
	name: 'history',
	short: 'View rollout history',
	flags: [...FILE_FLAGS, SELECTOR_FLAG, {name: 'revision', type: 'int'}],
	run: context => forTargets(context, (target, out) => {
		if (target.type.kind !== 'Deployment') return `error: rollout history of ${qualifiedResource(target.type)} is not simulated in the kubetutor sandbox (it needs ControllerRevisions)\n`;
		const revision = context.flags.int('revision', 0);
		const found = revisions(context.env.cluster, target.object);
		if (found.size === 0) {
			out.out(named(target, '').replace(/ \n$/, ' \nNo rollout history found.\n'));
			return undefined;
		}
		if (revision > 0) {
			const rs = found.get(revision);
			if (!rs) return 'error: unable to find the specified revision\n';
			const template = templateOf(rs);
			const cause = rs.metadata.annotations?.[CHANGE_CAUSE];
			const shown = cause ? {...template, metadata: {...template.metadata, annotations: {...template.metadata?.annotations, [CHANGE_CAUSE]: cause}}} : template;
			out.out(`${named(target, `with revision #${revision}`)}${podTemplateText(shown)}\n`);
			return undefined;
		}
		const rows = [...found.keys()].sort((a, b) => a - b).map(r => `${r}\t${found.get(r)?.metadata.annotations?.[CHANGE_CAUSE] || '<none>'}\n`);
		out.out(`${named(target, '')}${formatTabbed(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, DESCRIBE)}\n`);
		return undefined;
	}),
};

const undo: KubectlCommand = {
	name: 'undo',
	short: 'Undo a previous rollout',
	flags: [...FILE_FLAGS, SELECTOR_FLAG, {name: 'to-revision', type: 'int'}],
	run: context => forTargets(context, (target, out) => {
		if (target.type.kind !== 'Deployment') return `error: rollout undo of ${qualifiedResource(target.type)} is not simulated in the kubetutor sandbox (it needs ControllerRevisions)\n`;
		const deployment = target.object;
		const spec = (deployment.spec ?? {}) as TemplateSpec;
		if (spec.paused) return "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n";
		const toRevision = context.flags.int('to-revision', 0);
		const rs = revisionToRestore(revisions(context.env.cluster, deployment), toRevision);
		if (typeof rs === 'string') return `error: ${rs.replace('%s', deployment.metadata.name)}\n`;
		const template = withoutHashLabel(templateOf(rs));
		if (sameTemplate(template, withoutHashLabel(spec.template ?? {}))) {
			out.out(named(target, `skipped rollback (current template already matches revision ${revisionOf(rs)})`));
			return undefined;
		}
		const annotations: Record<string, string> = {};
		for (const [key, value] of Object.entries(deployment.metadata.annotations ?? {})) if (NOT_COPIED_ANNOTATIONS.has(key)) annotations[key] = value;
		for (const [key, value] of Object.entries(rs.metadata.annotations ?? {})) if (!NOT_COPIED_ANNOTATIONS.has(key)) annotations[key] = value;
		const failed = write(context, {...deployment, metadata: {...deployment.metadata, annotations}, spec: {...spec, template}} as KubeObject);
		if (failed) return failed;
		out.out(named(target, 'rolled back'));
		return undefined;
	}),
};

/** kubectl's deploymentRevision: the asked revision, or (0) the one before the newest. */
function revisionToRestore(found: ReadonlyMap<number, Readonly<KubeObject>>, toRevision: number): Readonly<KubeObject> | string {
	if (toRevision > 0) return found.get(toRevision) ?? `unable to find specified revision ${toRevision} in history`;
	const sorted = [...found.keys()].sort((a, b) => b - a);
	const previous = sorted[1];
	return previous === undefined ? 'no rollout history found for deployment "%s"' : (found.get(previous) as Readonly<KubeObject>);
}

function withoutHashLabel(template: PodTemplateSpec): PodTemplateSpec {
	const labels = {...(template.metadata?.labels ?? {})};
	delete labels['pod-template-hash'];
	return {...template, metadata: {...template.metadata, labels}};
}

function sameTemplate(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
	return canonicalJson(a) === canonicalJson(b);
}

export const rolloutCommand: KubectlCommand = {
	name: 'rollout',
	short: 'Manage the rollout of a resource',
	flags: [],
	run: context => new Output().err(`error: unknown command "${context.flags.args[0] ?? ''}" for "kubectl rollout"\n`).done(1),
	subcommands: [history, pausing(true), restart, pausing(false), status, undo],
};

