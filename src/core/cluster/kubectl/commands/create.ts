/** `kubectl create -f`, `create deployment`, `create service <type>`, `create namespace`. */
import {createObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {buildDeployment, buildIngress, buildNamespace, buildService, type IngressRuleInput, type ServicePortInput} from '../client-objects.js';
import {DRY_RUN_FLAG, FILE_FLAGS, OUTPUT_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {parseDryRun, type DryRun} from '../dry-run.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {runFromFiles} from './apply.js';
import {isSupportedOutput, OUTPUT_FORMATS_ERROR, printMutation} from './print-created.js';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/;

/** Flags shared by the create subcommands; returns an error result or the dry-run mode and format. */
function common(context: KubectlContext, out: Output): {dryRun: DryRun; format: string} | ShellResult {
	const dryRun = parseDryRun(context.flags.has('dry-run') ? context.flags.string('dry-run') : undefined);
	if (!dryRun.ok) return out.err(`error: ${dryRun.message}\n`).done(1);
	const format = context.flags.string('output');
	if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
	return {dryRun: dryRun.mode, format};
}

function exactlyOneName(context: KubectlContext, out: Output): string | ShellResult {
	const names = context.flags.dashAt === -1 ? context.flags.args : context.flags.args.slice(0, context.flags.dashAt);
	if (names.length !== 1) return out.err(`error: exactly one NAME is required, got ${names.length}\nSee '${context.path} -h' for help and examples\n`).done(1);
	return names[0];
}

/** Sends a client-built object (or only prints it on a client dry run). */
interface Named {
	name: string;
	/** Left out of a client dry run's object unless `-n` was given, as kubectl leaves it out. */
	namespace: string | undefined;
	mode: {dryRun: DryRun; format: string};
}

/** What every `kubectl create KIND NAME` checks first: `--dry-run`, `-o`, and exactly one NAME. */
function named(build: (context: KubectlContext, out: Output, named: Named) => ShellResult): KubectlCommand['run'] {
	return context => {
		const out = new Output();
		const mode = common(context, out);
		if ('exitCode' in mode) return mode;
		const name = exactlyOneName(context, out);
		if (typeof name !== 'string') return name;
		return build(context, out, {name, namespace: mode.dryRun === 'client' && !context.namespaceGiven ? undefined : context.namespace, mode});
	};
}

function send(context: KubectlContext, out: Output, object: KubeObject, mode: {dryRun: DryRun; format: string}, wrap: (message: string) => string | undefined): ShellResult {
	if (mode.dryRun === 'client') {
		printMutation(out, object, 'created', mode.format, 'client');
		return out.done(0);
	}
	const result = createObject(context.env.cluster, object, {dryRun: mode.dryRun === 'server'});
	for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
	if (!result.ok) {
		const wrapped = wrap(result.error.message);
		return out.err(wrapped ? `error: ${wrapped}\n` : renderApiError(result.error)).done(1);
	}
	printMutation(out, result.value, 'created', mode.format, mode.dryRun);
	return out.done(0);
}

const OUTPUT_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, {name: 'save-config', type: 'bool' as const}, {name: 'validate', type: 'string' as const, bare: 'strict'}];

const createDeployment: KubectlCommand = {
	name: 'deployment',
	aliases: ['deploy'],
	short: 'Create a deployment with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'image', type: 'array'}, {name: 'replicas', short: 'r', type: 'int'}, {name: 'port', type: 'int'}],
	run: named((context, out, {name, namespace, mode}) => {
		const images = context.flags.array('image').filter(Boolean);
		if (images.length === 0) return out.err('error: required flag(s) "image" not set\n').done(1);
		const port = context.flags.has('port') ? context.flags.int('port', -1) : undefined;
		const object = buildDeployment({
			name,
			namespace,
			images,
			replicas: context.flags.int('replicas', 1),
			port: port !== undefined && port >= 0 ? port : undefined,
			command: context.flags.dashAt === -1 ? undefined : context.flags.args.slice(context.flags.dashAt),
		});
		return send(context, out, object, mode, message => `failed to create deployment: ${message}`);
	}),
};

function serviceCommand(name: string, type: string, short: string, extra: KubectlCommand['flags']): KubectlCommand {
	return {
		name,
		short,
		flags: [...OUTPUT_FLAGS, {name: 'tcp', type: 'array'}, ...extra],
		run: named((context, out, {name: serviceName, namespace, mode}) => {
			const clusterIP = context.flags.string('clusterip');
			const tcp = context.flags.array('tcp').filter(Boolean);
			const externalName = context.flags.string('external-name');
			if (type === 'ExternalName') {
				if (!externalName) return out.err('error: required flag(s) "external-name" not set\n').done(1);
				if (!DNS1123_SUBDOMAIN.test(externalName) || externalName.length > 253) return out.err(`error: invalid service external name ${externalName}\n`).done(1);
			} else if (tcp.length === 0 && clusterIP !== 'None') {
				return out.err('error: at least one tcp port specifier must be provided\n').done(1);
			}
			const nodePort = context.flags.has('node-port') ? context.flags.int('node-port', 0) : 0;
			const ports: ServicePortInput[] = [];
			for (const spec of tcp) {
				const parsed = parsePortSpec(spec);
				if (typeof parsed === 'string') return out.err(`error: ${parsed}\n`).done(1);
				ports.push({...parsed, nodePort: nodePort || undefined});
			}
			const object = buildService({
				name: serviceName,
				namespace,
				labels: {app: serviceName},
				ports,
				selector: {app: serviceName},
				clusterIP: clusterIP || undefined,
				type,
				externalName: externalName || undefined,
			});
			return send(context, out, object, mode, message => `failed to create ${type} service: ${message}`);
		}),
	};
}

/** `--tcp=80:8080` → port 80, targetPort 8080, name `80-8080`. */
function parsePortSpec(spec: string): ServicePortInput | string {
	const [portText, targetText] = spec.split(':', 2);
	if (!/^\d+$/.test(portText)) return `strconv.Atoi: parsing "${portText}": invalid syntax`;
	const port = Number(portText);
	const target: number | string = targetText === undefined || targetText === '' ? port : /^\d+$/.test(targetText) ? Number(targetText) : targetText;
	return {name: spec.replace(/:/g, '-'), protocol: 'TCP', port, targetPort: target};
}

const createService: KubectlCommand = {
	name: 'service',
	aliases: ['svc'],
	short: 'Create a service using a specified subcommand',
	flags: [],
	run: context => new Output().err(`error: Unexpected args: [${context.flags.args.join(' ')}]\nSee 'kubectl create service -h' for help and examples\n`).done(1),
	subcommands: [
		serviceCommand('clusterip', 'ClusterIP', 'Create a ClusterIP service', [{name: 'clusterip', type: 'string'}]),
		serviceCommand('nodeport', 'NodePort', 'Create a NodePort service', [{name: 'node-port', type: 'int'}]),
		serviceCommand('loadbalancer', 'LoadBalancer', 'Create a LoadBalancer service', []),
		serviceCommand('externalname', 'ExternalName', 'Create an ExternalName service', [{name: 'external-name', type: 'string'}]),
	],
};

const createNamespace: KubectlCommand = {
	name: 'namespace',
	aliases: ['ns'],
	short: 'Create a namespace with the specified name',
	flags: OUTPUT_FLAGS,
	run: named((context, out, {name, mode}) => {
		return send(context, out, buildNamespace(name), mode, () => undefined);
	}),
};

/** `host/path=service:port` (a trailing `*` on the path makes it a Prefix match); `,tls…` is ignored. */
function parseIngressRule(text: string): IngressRuleInput | string {
	const match = /^([^/=]*)(\/[^=]*)?=([^:,]+):([^,]+)(,.*)?$/.exec(text);
	if (!match) return `rule ${text} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
	const [, host, rawPath = '/', service, portText] = match;
	const prefix = rawPath.endsWith('*');
	const path = prefix ? rawPath.slice(0, -1) || '/' : rawPath;
	return {host: host || undefined, path, pathType: prefix ? 'Prefix' : 'Exact', service, port: /^\d+$/.test(portText) ? Number(portText) : portText};
}

const createIngress: KubectlCommand = {
	name: 'ingress',
	aliases: ['ing'],
	short: 'Create an ingress with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'rule', type: 'array'}, {name: 'class', type: 'string'}, {name: 'default-backend', type: 'string'}, {name: 'annotation', type: 'array'}],
	run: named((context, out, {name, namespace, mode}) => {
		const rules: IngressRuleInput[] = [];
		for (const text of context.flags.array('rule')) {
			const rule = parseIngressRule(text);
			if (typeof rule === 'string') return out.err(`error: ${rule}\n`).done(1);
			rules.push(rule);
		}
		const fallback = context.flags.string('default-backend');
		const [service, port] = fallback.split(':');
		if (fallback && (!service || !port)) return out.err(`error: default-backend should be in format servicename:serviceport\n`).done(1);
		if (rules.length === 0 && !fallback) return out.err('error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n').done(1);
		const object = buildIngress({
			name,
			namespace,
			className: context.flags.string('class') || undefined,
			rules,
			defaultBackend: fallback ? {service, port: /^\d+$/.test(port) ? Number(port) : port} : undefined,
		});
		return send(context, out, object, mode, () => undefined);
	}),
};

export const createCommand: KubectlCommand = {
	name: 'create',
	short: 'Create a resource from a file or from stdin',
	flags: [...FILE_FLAGS, OUTPUT_FLAG, DRY_RUN_FLAG, {name: 'save-config', type: 'bool'}, {name: 'validate', type: 'string', bare: 'strict'}],
	run: context => {
		if (context.flags.args.length > 0) {
			return new Output().err(`error: Unexpected args: [${context.flags.args.join(' ')}]\nSee 'kubectl create -h' for help and examples\n`).done(1);
		}
		return runFromFiles(context, 'create');
	},
	subcommands: [createDeployment, createService, createNamespace, createIngress],
};
