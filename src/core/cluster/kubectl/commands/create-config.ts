/**
 * `kubectl create configmap` and `create secret generic|tls|docker-registry`: the data comes from
 * `--from-literal`, `--from-file=[key=]path` (a folder gives each of its files) and
 * `--from-env-file`, read through the learner's file reader like every `-f`.
 */
import type {KubeObject} from '../../kube-object.js';
import type {KubectlCommand, KubectlContext} from '../command.js';
import {named, OUTPUT_FLAGS, send, usageError} from './create-subcommand.js';
import {subcommandGroup} from './subcommand-group.js';

type Data = Record<string, string>;

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_KEY_RULE =
	"a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
const ENV_NAME_RULE =
	"a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

const DATA_FLAGS = [
	{name: 'from-literal', type: 'array' as const, keepCommas: true},
	{name: 'from-file', type: 'array' as const},
	{name: 'from-env-file', type: 'array' as const},
	{name: 'append-hash', type: 'bool' as const},
];

/** What kind of object receives the keys: the wording of kubectl's key errors differs between them. */
interface Target {
	kind: 'ConfigMap' | 'Secret';
	name: string;
}

function invalidKey(target: Target, key: string): string {
	return target.kind === 'ConfigMap'
		? `"${key}" is not a valid key name for a ConfigMap: ${CONFIG_KEY_RULE}`
		: `"${key}" is not valid key name for a Secret ${CONFIG_KEY_RULE}`;
}

function add(data: Data, target: Target, key: string, value: string): string | undefined {
	if (!CONFIG_KEY.test(key)) return invalidKey(target, key);
	if (key in data) {
		return target.kind === 'ConfigMap'
			? `cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${target.name}"`
			: `cannot add key ${key}, another key by that name already exists`;
	}
	data[key] = value;
	return undefined;
}

/** The data the three `--from-*` flags name, or kubectl's message for the first bad one. */
export function collectData(context: KubectlContext, target: Target): Data | string {
	const {flags, env} = context;
	const literals = flags.array('from-literal');
	const files = flags.array('from-file');
	const envFiles = flags.array('from-env-file');
	if (envFiles.length > 0 && (literals.length > 0 || files.length > 0)) return 'from-env-file cannot be combined with from-file or from-literal';
	const data: Data = {};
	for (const literal of literals) {
		const at = literal.indexOf('=');
		if (at <= 0) return `invalid literal source ${literal}, expected key=value`;
		const problem = add(data, target, literal.slice(0, at), literal.slice(at + 1).replace(/^"(.*)"$/s, '$1'));
		if (problem) return problem;
	}
	for (const source of files) {
		const at = source.indexOf('=');
		const key = at === -1 ? undefined : source.slice(0, at);
		const path = at === -1 ? source : source.slice(at + 1);
		const entries = env.listDir?.(path);
		if (entries) {
			if (key !== undefined) return 'cannot give a key name for a directory path';
			for (const entry of [...entries].sort()) {
				const inner = `${path.replace(/\/+$/, '')}/${entry}`;
				if (env.listDir?.(inner)) continue;
				const text = env.readFile(inner);
				if (text === undefined) continue;
				const problem = add(data, target, entry, text);
				if (problem) return problem;
			}
			continue;
		}
		const text = env.readFile(path);
		if (text === undefined) return `error reading ${path}: no such file or directory`;
		const problem = add(data, target, key ?? path.slice(path.lastIndexOf('/') + 1), text);
		if (problem) return problem;
	}
	for (const path of envFiles) {
		const text = env.readFile(path);
		if (text === undefined) return `error reading ${path}: no such file or directory`;
		const problem = addEnvFile(data, target, text);
		if (problem) return problem;
	}
	return data;
}

/** An env file as kubectl reads it: `KEY=value` lines, `#` comments and blank lines skipped. */
function addEnvFile(data: Data, target: Target, text: string): string | undefined {
	for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
		const line = raw.replace(/^\s+/, '').replace(/\r$/, '');
		if (line === '' || line.startsWith('#')) continue;
		const at = line.indexOf('=');
		// a line with no `=` takes its value from kubectl's own environment, which holds none of these names
		if (at === -1) continue;
		const key = line.slice(0, at);
		if (!ENV_NAME.test(key)) return `"${key}" is not a valid key name: ${ENV_NAME_RULE}`;
		const problem = add(data, target, key, line.slice(at + 1));
		if (problem) return problem;
	}
	return undefined;
}

/** Standard base64 of the UTF-8 bytes, as Go's encoding/json writes a `[]byte`. */
export function base64(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary);
}

function metadata(name: string, namespace: string | undefined): Record<string, unknown> {
	return namespace ? {name, namespace, creationTimestamp: null} : {name, creationTimestamp: null};
}

function secret(name: string, namespace: string | undefined, data: Data, type: string | undefined): KubeObject {
	const object: Record<string, unknown> = {kind: 'Secret', apiVersion: 'v1', metadata: metadata(name, namespace)};
	const encoded = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, base64(value)]));
	if (Object.keys(encoded).length > 0) object.data = encoded;
	if (type) object.type = type;
	return object as unknown as KubeObject;
}

const createConfigMap: KubectlCommand = {
	name: 'configmap',
	aliases: ['cm'],
	short: 'Create a config map from a local file, directory or literal value',
	flags: [...OUTPUT_FLAGS, ...DATA_FLAGS],
	run: named((context, out, {name, namespace, mode}) => {
		const data = collectData(context, {kind: 'ConfigMap', name});
		if (typeof data === 'string') return usageError(out, data);
		const object: Record<string, unknown> = {kind: 'ConfigMap', apiVersion: 'v1', metadata: metadata(name, namespace)};
		if (Object.keys(data).length > 0) object.data = data;
		return send(context, out, object as unknown as KubeObject, mode, message => `failed to create configmap: ${message}`);
	}),
};

const createGeneric: KubectlCommand = {
	name: 'generic',
	short: 'Create a secret from a local file, directory, or literal value',
	flags: [...OUTPUT_FLAGS, ...DATA_FLAGS, {name: 'type', type: 'string'}],
	run: named((context, out, {name, namespace, mode}) => {
		const data = collectData(context, {kind: 'Secret', name});
		if (typeof data === 'string') return usageError(out, data);
		return send(context, out, secret(name, namespace, data, context.flags.string('type') || undefined), mode, message => `failed to create secret ${message}`);
	}),
};

const PEM_BLOCK = (label: RegExp) => new RegExp(`-----BEGIN (${label.source})-----\\r?\\n[\\s\\S]*?-----END \\1-----`);

const createTls: KubectlCommand = {
	name: 'tls',
	short: 'Create a TLS secret',
	flags: [...OUTPUT_FLAGS, {name: 'cert', type: 'string'}, {name: 'key', type: 'string'}, {name: 'append-hash', type: 'bool'}],
	run: named((context, out, {name, namespace, mode}) => {
		const certPath = context.flags.string('cert');
		const keyPath = context.flags.string('key');
		if (!certPath || !keyPath) return usageError(out, 'key and cert must be specified');
		const cert = context.env.readFile(certPath);
		if (cert === undefined) return usageError(out, `open ${certPath}: no such file or directory`);
		const key = context.env.readFile(keyPath);
		if (key === undefined) return usageError(out, `open ${keyPath}: no such file or directory`);
		// kubectl checks the pair with tls.X509KeyPair; the sandbox checks the PEM framing it starts with
		if (!PEM_BLOCK(/CERTIFICATE/).test(cert)) return usageError(out, 'tls: failed to find any PEM data in certificate input');
		if (!PEM_BLOCK(/[A-Z ]*PRIVATE KEY/).test(key)) return usageError(out, 'tls: failed to find any PEM data in key input');
		return send(context, out, secret(name, namespace, {'tls.crt': cert, 'tls.key': key}, 'kubernetes.io/tls'), mode);
	}),
};

const DOCKER_HUB = 'https://index.docker.io/v1/';

const createDockerRegistry: KubectlCommand = {
	name: 'docker-registry',
	short: 'Create a secret for use with a Docker registry',
	flags: [
		...OUTPUT_FLAGS,
		{name: 'docker-server', type: 'string'},
		{name: 'docker-username', type: 'string'},
		{name: 'docker-password', type: 'string'},
		{name: 'docker-email', type: 'string'},
		{name: 'from-file', type: 'array'},
		{name: 'append-hash', type: 'bool'},
	],
	run: named((context, out, {name, namespace, mode}) => {
		const {flags} = context;
		if (flags.array('from-file').length > 0) {
			const data = collectData(context, {kind: 'Secret', name});
			if (typeof data === 'string') return usageError(out, data);
			return send(context, out, secret(name, namespace, data, 'kubernetes.io/dockerconfigjson'), mode);
		}
		const username = flags.string('docker-username');
		const password = flags.string('docker-password');
		const server = flags.string('docker-server', DOCKER_HUB) || DOCKER_HUB;
		if (!username || !password) return usageError(out, 'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
		const entry: Record<string, string> = {username, password};
		if (flags.string('docker-email')) entry.email = flags.string('docker-email');
		entry.auth = base64(`${username}:${password}`);
		const config = JSON.stringify({auths: {[server]: entry}});
		return send(context, out, secret(name, namespace, {'.dockerconfigjson': config}, 'kubernetes.io/dockerconfigjson'), mode);
	}),
};

const SECRET_HELP = `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.

Available Commands:
  docker-registry   Create a secret for use with a Docker registry
  generic           Create a secret from a local file, directory, or literal value
  tls               Create a TLS secret

Usage:
  kubectl create secret (docker-registry | generic | tls) [options]

Use "kubectl create secret <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const createSecret: KubectlCommand = {
	name: 'secret',
	short: 'Create a secret using a specified subcommand',
	flags: [],
	run: subcommandGroup('kubectl create secret', SECRET_HELP),
	subcommands: [createGeneric, createTls, createDockerRegistry],
};

export const CONFIG_CREATORS: readonly KubectlCommand[] = [createConfigMap, createSecret];

