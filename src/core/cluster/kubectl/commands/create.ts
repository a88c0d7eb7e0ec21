/** `kubectl create -f`, `create deployment`, `create service <type>`, `create namespace`. */
import {setOwn} from '../../api/own-property.js';
import {buildDeployment, buildIngress, buildNamespace, buildService, type IngressRuleInput, type ServicePortInput} from '../client-objects.js';
import {DRY_RUN_FLAG, FILE_FLAGS, OUTPUT_FLAG, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {runFromFiles} from './apply.js';
import {CONFIG_CREATORS} from './create-config.js';
import {JOB_CREATORS} from './create-jobs.js';
import {POLICY_CREATORS} from './create-quota.js';
import {RBAC_CREATORS} from './create-rbac.js';
import {named, OUTPUT_FLAGS, send} from './create-subcommand.js';
import {createToken} from './create-token.js';
import {subcommandGroup} from './subcommand-group.js';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/;


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

const SERVICE_HELP = `Create a service using a specified subcommand.

Aliases:
service, svc

Available Commands:
  clusterip      Create a ClusterIP service
  externalname   Create an ExternalName service
  loadbalancer   Create a LoadBalancer service
  nodeport       Create a NodePort service

Usage:
  kubectl create service [flags] [options]

Use "kubectl create service <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const createService: KubectlCommand = {
	name: 'service',
	aliases: ['svc'],
	short: 'Create a service using a specified subcommand',
	flags: [],
	run: subcommandGroup('kubectl create service', SERVICE_HELP),
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

/** kubectl's rule regex, anchored only at the start as Go's MatchString uses it. */
const INGRESS_RULE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?/;

/** `host/path=service:port[,tls[=secret]]` (a trailing `*` on the path makes it a Prefix match), split as kubectl splits it. */
function parseIngressRule(text: string): IngressRuleInput | string {
	if (!INGRESS_RULE.test(text)) return `rule ${text} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
	const [rule, tlsPart] = text.split(',');
	const slash = rule.indexOf('/');
	const host = rule.slice(0, slash);
	const [rawPathEnd, target = ''] = rule.slice(slash + 1).split('=');
	const rawPath = `/${rawPathEnd}`;
	const prefix = rawPath.endsWith('*');
	const path = prefix ? rawPath.slice(0, -1) : rawPath;
	const [service, portText = ''] = target.split(':');
	const tls = text.split(',').length === 2 ? {secret: tlsPart.split('=')[1] ?? ''} : undefined;
	return {host: host || undefined, path, pathType: prefix ? 'Prefix' : 'Exact', service, port: /^\d+$/.test(portText) ? Number(portText) : portText, tls};
}

/** `--annotation key=value`, each kept whole (kubectl's StringArray). */
function parseAnnotations(texts: readonly string[]): Record<string, string> | string {
	const annotations: Record<string, string> = {};
	for (const text of texts) {
		const eq = text.indexOf('=');
		if (eq === -1) return `annotation ${text} is invalid and should be in format key=[value]`;
		setOwn(annotations, text.slice(0, eq), text.slice(eq + 1));
	}
	return annotations;
}

const createIngress: KubectlCommand = {
	name: 'ingress',
	aliases: ['ing'],
	short: 'Create an ingress with the specified name',
	flags: [...OUTPUT_FLAGS, {name: 'rule', type: 'array', keepCommas: true}, {name: 'class', type: 'string'}, {name: 'default-backend', type: 'string'}, {name: 'annotation', type: 'array', keepCommas: true}],
	run: named((context, out, {name, namespace, mode}) => {
		const rules: IngressRuleInput[] = [];
		for (const text of context.flags.array('rule')) {
			const rule = parseIngressRule(text);
			if (typeof rule === 'string') return out.err(`error: ${rule}\n`).done(1);
			rules.push(rule);
		}
		const annotations = parseAnnotations(context.flags.array('annotation'));
		if (typeof annotations === 'string') return out.err(`error: ${annotations}\n`).done(1);
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
			annotations,
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
	subcommands: [createDeployment, createService, createNamespace, createIngress, ...CONFIG_CREATORS, ...JOB_CREATORS, ...RBAC_CREATORS, ...POLICY_CREATORS, createToken],
};
