/**
 * `kubectl run NAME --image=… [--port] [--labels] [--env] [--expose] [--restart] [--rm -it -- sh]`.
 * Attached runs wait (in simulated time) for the pod, then either move the learner into it or run
 * the one-shot command and show its output.
 */
import {createObject, deleteObject} from '../../api/api-server.js';
import {typeForKind} from '../../resource-types.js';
import {buildPod, buildService} from '../client-objects.js';
import {DRY_RUN_FLAG, OUTPUT_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {parseDryRun} from '../dry-run.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {mergePatch} from '../patch-object.js';
import {SHELLS, waitForRunning} from '../pod-access.js';
import {renderApiError} from '../render-api-error.js';
import {deletedLine} from './delete.js';
import {isSupportedOutput, OUTPUT_FORMATS_ERROR, printMutation} from './print-created.js';

const PROMPT_HINT = "If you don't see a command prompt, try pressing enter.\n";

export const runCommand: KubectlCommand = {
	name: 'run',
	short: 'Run a particular image on the cluster',
	flags: [
		OUTPUT_FLAG,
		DRY_RUN_FLAG,
		...longFlags('string', 'image', 'port', 'restart', 'image-pull-policy', 'overrides', 'pod-running-timeout'),
		...longFlags('bool', 'rm', 'attach', 'command', 'expose'),
		{name: 'labels', short: 'l', type: 'string'},
		{name: 'env', type: 'array'},
		{name: 'stdin', short: 'i', type: 'bool'},
		{name: 'tty', short: 't', type: 'bool'},
		{name: 'quiet', short: 'q', type: 'bool'},
	],
	run: runRun,
};

function runRun(context: KubectlContext): ShellResult {
	const out = new Output();
	const {flags} = context;
	const dryRun = parseDryRun(flags.has('dry-run') ? flags.string('dry-run') : undefined);
	if (!dryRun.ok) return out.err(`error: ${dryRun.message}\n`).done(1);
	const format = flags.string('output');
	if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
	const names = flags.dashAt === -1 ? flags.args : flags.args.slice(0, flags.dashAt);
	const command = flags.dashAt === -1 ? flags.args.slice(1) : flags.args.slice(flags.dashAt);
	if (names.length === 0) return out.err("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n").done(1);
	const name = names[0];
	const image = flags.string('image');
	if (!image) return out.err('error: required flag(s) "image" not set\n').done(1);
	const attach = flags.bool('stdin') || flags.bool('attach');
	if (flags.bool('rm') && !attach) return out.err('error: --rm should only be used for attached containers\n').done(1);
	const restart = flags.string('restart') || 'Always';
	if (!['Always', 'OnFailure', 'Never'].includes(restart)) return out.err(`error: invalid restart policy: ${restart}\n`).done(1);
	const portText = flags.string('port');
	if (portText && !/^\d+$/.test(portText)) return out.err(`error: strconv.Atoi: parsing "${portText}": invalid syntax\n`).done(1);
	if (flags.bool('expose') && !portText) return out.err("error: --port must be set when exposing a service\n").done(1);
	const labels = flags.string('labels') ? parseLabels(flags.string('labels')) : {run: name};
	if (!labels) return out.err(`error: invalid label spec: ${flags.string('labels')}\n`).done(1);
	const env = flags.array('env').map(pair => ({name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1)}));
	const generated = buildPod({
		name,
		namespace: dryRun.mode === 'client' && !context.namespaceGiven ? undefined : context.namespace,
		image,
		labels,
		port: portText ? Number(portText) : undefined,
		command: flags.bool('command') ? command : undefined,
		args: flags.bool('command') ? undefined : command,
		env,
		restartPolicy: restart,
		stdin: attach,
		tty: flags.bool('tty'),
	});
	const pod = withOverrides(generated, flags.string('overrides'));
	if ('error' in pod) return out.err(`error: ${pod.error}\n`).done(1);
	if (dryRun.mode === 'client') {
		return out.done(printMutation(out, pod, 'created', format, 'client', context.env.readFile) ? 0 : 1);
	}
	if (flags.bool('expose')) {
		const service = buildService({name, namespace: context.namespace, ports: [{protocol: 'TCP', port: Number(portText), targetPort: Number(portText)}], selector: labels});
		const created = createObject(context.env.cluster, service, {dryRun: dryRun.mode === 'server'});
		if (!created.ok) return out.err(renderApiError(created.error)).done(1);
		printMutation(out, created.value, 'created', format, dryRun.mode);
	}
	const created = createObject(context.env.cluster, pod, {dryRun: dryRun.mode === 'server'});
	for (const warning of created.warnings) out.err(`Warning: ${warning}\n`);
	if (!created.ok) return out.err(renderApiError(created.error)).done(1);
	if (!attach || dryRun.mode === 'server') {
		return out.done(printMutation(out, created.value, 'created', format, dryRun.mode, context.env.readFile) ? 0 : 1);
	}
	return attachTo(context, out, name, command);
}

function attachTo(context: KubectlContext, out: Output, name: string, command: string[]): ShellResult {
	const {cluster} = context.env;
	const namespace = context.namespace;
	const running = waitForRunning(cluster, namespace, name);
	if (!running) return out.err('error: timed out waiting for the condition\n').done(1);
	const vantage = {kind: 'pod' as const, namespace, pod: name};
	const interactive = context.flags.bool('tty') && (command.length === 0 || (command.length === 1 && SHELLS.has(command[0])));
	if (interactive) {
		out.err(PROMPT_HINT);
		out.enter = {vantage, removeOnExit: context.flags.bool('rm')};
		return out.done(0);
	}
	const result = context.env.runInPod(vantage, command.length > 0 ? command : ['true'], context.env.stdin);
	out.append(result);
	if (result.trace) out.trace = result.trace;
	if (context.flags.bool('rm')) {
		const removed = deleteObject(cluster, 'Pod', namespace, name);
		if (removed.ok) out.out(deletedLine(typeForKind('Pod')!, removed.value, false));
	}
	if (result.exitCode !== 0) {
		out.err(`pod ${namespace}/${name} terminated (Error)\n`);
		return out.done(1);
	}
	return out.done(0);
}

/** `--overrides` (kubectl's default --override-type=merge): a JSON merge patch over the generated pod. */
function withOverrides<T extends object>(object: T, overrides: string): T | {error: string} {
	if (!overrides) return object;
	let patch: unknown;
	try {
		patch = JSON.parse(overrides);
	} catch (error) {
		return {error: `invalid JSON in --overrides: ${error instanceof Error ? error.message : String(error)}`};
	}
	if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return {error: 'json: cannot unmarshal --overrides into Go value of type map[string]interface {}'};
	return mergePatch(object as Parameters<typeof mergePatch>[0], patch as Parameters<typeof mergePatch>[1]) as T;
}

function parseLabels(text: string): Record<string, string> | undefined {
	const labels: Record<string, string> = {};
	for (const pair of text.split(',')) {
		const eq = pair.indexOf('=');
		if (eq <= 0) return undefined;
		labels[pair.slice(0, eq)] = pair.slice(eq + 1);
	}
	return labels;
}
