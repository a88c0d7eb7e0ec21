/**
 * `kubectl config …` over kind's kubeconfig: one cluster, context and user, all `kind-kind`.
 * `set-context --current --namespace=NS` changes the namespace later commands default to.
 */
import {jsonPath} from '../../print/jsonpath.js';
import {tabWriter} from '../../print/tab-writer.js';
import {toYaml} from '../../print/yaml-emitter.js';
import {OUTPUT_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {Output} from '../kubectl-env.js';
import {subcommandGroup} from './subcommand-group.js';

export const CONTEXT = 'kind-kind';
const SERVER = 'https://127.0.0.1:6443';

/** The context's namespace as the kubeconfig holds it: absent until `set-context` names one. */
function contextNamespace(context: KubectlContext): string | undefined {
	const kubeconfig = context.env.kubeconfig;
	if (!kubeconfig) return undefined;
	return kubeconfig.namespaceSet || kubeconfig.namespace !== 'default' ? kubeconfig.namespace : undefined;
}

/** The kubeconfig as `config view` prints it (certificates as DATA+OMITTED, the way kubectl redacts them). */
function kubeconfigObject(context: KubectlContext): Record<string, unknown> {
	const namespace = contextNamespace(context);
	return {
		apiVersion: 'v1',
		clusters: [{cluster: {'certificate-authority-data': 'DATA+OMITTED', server: SERVER}, name: CONTEXT}],
		contexts: [{context: {cluster: CONTEXT, ...(namespace === undefined ? {} : {namespace}), user: CONTEXT}, name: CONTEXT}],
		'current-context': CONTEXT,
		kind: 'Config',
		preferences: {},
		users: [{name: CONTEXT, user: {'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED'}}],
	};
}

const view: KubectlCommand = {
	name: 'view',
	short: 'Display merged kubeconfig settings or a specified kubeconfig file',
	flags: [OUTPUT_FLAG, {name: 'minify', type: 'bool'}, {name: 'raw', type: 'bool'}, {name: 'flatten', type: 'bool'}],
	run: context => {
		const out = new Output();
		const format = context.flags.string('output') || 'yaml';
		const config = kubeconfigObject(context);
		if (format === 'yaml') return out.out(toYaml(config)).done(0);
		if (format === 'json') return out.out(`${JSON.stringify(config, null, 4)}\n`).done(0);
		const template = /^jsonpath=(.*)$/s.exec(format)?.[1];
		if (template === undefined) return out.err(`error: unable to match a printer suitable for the output format "${format}", allowed formats are: json,jsonpath,jsonpath-as-json,jsonpath-file,yaml\n`).done(1);
		const printed = jsonPath(template, config);
		if (!printed.ok) return out.err(`error: ${printed.error}\n`).done(1);
		return out.out(printed.text).done(0);
	},
};

const currentContext: KubectlCommand = {
	name: 'current-context',
	short: 'Display the current-context',
	flags: [],
	run: () => new Output().out(`${CONTEXT}\n`).done(0),
};

const getContexts: KubectlCommand = {
	name: 'get-contexts',
	short: 'Describe one or many contexts',
	flags: [OUTPUT_FLAG, {name: 'no-headers', type: 'bool'}],
	run: context => {
		const wanted = context.flags.args.filter(name => name !== CONTEXT);
		if (wanted.length > 0) return new Output().err(`error: context ${wanted[0]} not found\n`).done(1);
		if (context.flags.string('output') === 'name') return new Output().out(`${CONTEXT}\n`).done(0);
		const row = ['*', CONTEXT, CONTEXT, CONTEXT, contextNamespace(context) ?? ''];
		const rows = context.flags.bool('no-headers') ? [row] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], row];
		return new Output().out(tabWriter(rows)).done(0);
	},
};

const useContext: KubectlCommand = {
	name: 'use-context',
	aliases: ['use'],
	short: 'Set the current-context in a kubeconfig file',
	flags: [],
	run: context => {
		const name = context.flags.args[0] ?? '';
		if (name !== CONTEXT) return new Output().err(`error: no context exists with the name: "${name}"\n`).done(1);
		return new Output().out(`Switched to context "${CONTEXT}".\n`).done(0);
	},
};

const setContext: KubectlCommand = {
	name: 'set-context',
	short: 'Set a context entry in kubeconfig',
	flags: [{name: 'current', type: 'bool'}, {name: 'cluster', type: 'string'}, {name: 'user', type: 'string'}],
	run: context => {
		const out = new Output();
		const name = context.flags.bool('current') ? CONTEXT : context.flags.args[0];
		if (!name) return out.err('error: you must specify a non-empty context name or --current\n').done(1);
		if (name !== CONTEXT) return out.err(`error: the kubetutor sandbox has one context, "${CONTEXT}"\n`).done(1);
		if (context.namespaceGiven && context.env.kubeconfig) {
			context.env.kubeconfig.namespace = context.namespace || 'default';
			context.env.kubeconfig.namespaceSet = true;
		}
		return out.out(`Context "${CONTEXT}" modified.\n`).done(0);
	},
};

const CONFIG_HELP = `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.

Available Commands:
  current-context   Display the current-context
  delete-cluster    Delete the specified cluster from the kubeconfig
  delete-context    Delete the specified context from the kubeconfig
  delete-user       Delete the specified user from the kubeconfig
  get-clusters      Display clusters defined in the kubeconfig
  get-contexts      Describe one or many contexts
  get-users         Display users defined in the kubeconfig
  rename-context    Rename a context from the kubeconfig file
  set               Set an individual value in a kubeconfig file
  set-cluster       Set a cluster entry in kubeconfig
  set-context       Set a context entry in kubeconfig
  set-credentials   Set a user entry in kubeconfig
  unset             Unset an individual value in a kubeconfig file
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified kubeconfig file

Usage:
  kubectl config SUBCOMMAND [options]

Use "kubectl config <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

export const configCommand: KubectlCommand = {
	name: 'config',
	short: 'Modify kubeconfig files',
	flags: [],
	run: subcommandGroup('kubectl config', CONFIG_HELP),
	subcommands: [currentContext, getContexts, useContext, setContext, view],
};
