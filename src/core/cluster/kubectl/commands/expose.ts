/**
 * `kubectl expose deploy/web --port=80 [--target-port] [--type] [--name] …` (docs/simulation.md, "kubectl"):
 * selector and labels copied from the object, ports from `--port` or the container ports.
 */
import {createObject} from '../../api/api-server.js';
import type {Container, KubeObject} from '../../kube-object.js';
import {buildService, type ServicePortInput} from '../client-objects.js';
import {DRY_RUN_FLAG, FILE_FLAGS, OUTPUT_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {parseDryRun} from '../dry-run.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {NO_RESOURCES_GIVEN, resolveTargets} from '../resolve-targets.js';
import {isSupportedOutput, OUTPUT_FORMATS_ERROR, printMutation} from './print-created.js';

const EXPOSABLE: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'Pod', 'Service', 'ReplicationController']);

export const exposeCommand: KubectlCommand = {
	name: 'expose',
	short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
	flags: [
		OUTPUT_FLAG,
		DRY_RUN_FLAG,
		...FILE_FLAGS,
		...longFlags('string', 'port', 'target-port', 'protocol', 'type', 'name', 'cluster-ip', 'external-ip', 'load-balancer-ip', 'session-affinity', 'selector', 'overrides'),
		{name: 'labels', short: 'l', type: 'string'},
		{name: 'save-config', type: 'bool'},
	],
	run: runExpose,
};

function parseMap(text: string): Record<string, string> | undefined {
	const out: Record<string, string> = {};
	for (const pair of text.split(',').filter(Boolean)) {
		const eq = pair.indexOf('=');
		if (eq <= 0) return undefined;
		out[pair.slice(0, eq)] = pair.slice(eq + 1);
	}
	return out;
}

function runExpose(context: KubectlContext): ShellResult {
	const out = new Output();
	const {flags} = context;
	const dryRun = parseDryRun(flags.has('dry-run') ? flags.string('dry-run') : undefined);
	if (!dryRun.ok) return out.err(`error: ${dryRun.message}\n`).done(1);
	const format = flags.string('output');
	if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
	const affinity = flags.string('session-affinity');
	if (affinity && affinity !== 'None' && affinity !== 'ClientIP') return out.err(`error: unknown session affinity: ${affinity}\n`).done(1);
	if (flags.args.length === 0 && flags.array('filename').length === 0) return out.err(NO_RESOURCES_GIVEN).done(1);
	const resolved = resolveTargets(context, flags.args, false);
	if (!resolved.ok) return out.err(resolved.message).done(1);
	if (resolved.errors.length > 0) return out.err(resolved.errors.join('')).done(1);
	let failed = false;
	for (const {type, object} of resolved.targets) {
		if (!EXPOSABLE.has(type.kind)) {
			out.err(`error: cannot expose a ${type.kind}\n`);
			failed = true;
			continue;
		}
		const built = serviceFor(context, object);
		if (typeof built === 'string') {
			out.err(built);
			failed = true;
			continue;
		}
		if (dryRun.mode === 'client') {
			if (!context.namespaceGiven) delete built.metadata.namespace;
			printMutation(out, built, 'exposed', format, 'client');
			continue;
		}
		const result = createObject(context.env.cluster, built, {dryRun: dryRun.mode === 'server'});
		for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
		if (!result.ok) {
			out.err(renderApiError(result.error));
			failed = true;
			continue;
		}
		printMutation(out, result.value, 'exposed', format, dryRun.mode);
	}
	return out.done(failed ? 1 : 0);
}

function selectorOf(object: KubeObject): Record<string, string> | undefined {
	const spec = (object.spec ?? {}) as Record<string, unknown>;
	if (object.kind === 'Pod') return object.metadata.labels as Record<string, string> | undefined;
	if (object.kind === 'Service' || object.kind === 'ReplicationController') return spec.selector as Record<string, string> | undefined;
	const selector = spec.selector as {matchLabels?: Record<string, string>} | undefined;
	return selector?.matchLabels;
}

function containersOf(object: KubeObject): Container[] {
	const spec = (object.spec ?? {}) as Record<string, unknown>;
	if (object.kind === 'Pod') return (spec.containers as Container[] | undefined) ?? [];
	const template = spec.template as {spec?: {containers?: Container[]}} | undefined;
	return template?.spec?.containers ?? [];
}

interface IntrospectedPort {
	port: number;
	protocol: string;
}

function introspectPorts(object: KubeObject): IntrospectedPort[] {
	if (object.kind === 'Service') {
		const ports = ((object.spec as {ports?: Array<{port: number; protocol?: string}>} | undefined)?.ports ?? []);
		return ports.map(port => ({port: port.port, protocol: port.protocol ?? 'TCP'}));
	}
	return containersOf(object).flatMap(container => (container.ports ?? []).map(port => ({port: port.containerPort, protocol: port.protocol ?? 'TCP'})));
}

function serviceFor(context: KubectlContext, object: KubeObject): KubeObject | string {
	const {flags} = context;
	const selector = flags.string('selector') ? parseMap(flags.string('selector')) : selectorOf(object);
	if (!selector || Object.keys(selector).length === 0) {
		return `error: couldn't retrieve selectors via --selector flag or introspection: the ${object.kind.toLowerCase()} has no labels and cannot be exposed\n`;
	}
	const protocol = flags.string('protocol');
	const targetText = flags.string('target-port');
	let ports: ServicePortInput[];
	if (flags.string('port')) {
		const portNumbers = flags.string('port').split(',');
		if (portNumbers.some(text => !/^\d+$/.test(text))) return `error: strconv.Atoi: parsing "${portNumbers.find(text => !/^\d+$/.test(text))}": invalid syntax\n`;
		ports = portNumbers.map((text, index) => portFor(Number(text), protocol || 'TCP', targetText, portNumbers.length > 1 ? `port-${index + 1}` : undefined));
	} else {
		const found = introspectPorts(object);
		if (found.length === 0) return "error: couldn't find port via --port flag or introspection\n";
		ports = found.map((port, index) => portFor(port.port, protocol || port.protocol, targetText, found.length > 1 ? `port-${index + 1}` : undefined));
	}
	const labels = flags.string('labels') ? parseMap(flags.string('labels')) : (object.metadata.labels as Record<string, string> | undefined);
	const externalIP = flags.string('external-ip');
	return buildService({
		name: flags.string('name') || object.metadata.name,
		namespace: context.namespace,
		labels: labels ?? undefined,
		type: flags.string('type') || undefined,
		ports,
		selector,
		clusterIP: flags.string('cluster-ip') || undefined,
		externalIPs: externalIP ? externalIP.split(',') : undefined,
		sessionAffinity: flags.string('session-affinity') || undefined,
		loadBalancerIP: flags.string('load-balancer-ip') || undefined,
	});
}

function portFor(port: number, protocol: string, targetText: string, name: string | undefined): ServicePortInput {
	const targetPort = targetText ? (/^\d+$/.test(targetText) ? Number(targetText) : targetText) : port;
	return {name, protocol, port, targetPort};
}
