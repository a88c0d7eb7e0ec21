/** `kubectl top pod|node`: a kind cluster ships no metrics-server, so the Metrics API is not there to ask. */
import {ALL_NAMESPACES_FLAG, SELECTOR_FLAG, longFlags, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {subcommandGroup} from './subcommand-group.js';

const NO_METRICS = 'error: Metrics API not available\n';

const TOP_HELP = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const SORT_ERROR = 'error: --sort-by accepts only cpu or memory\n';

function noMetrics(): KubectlCommand['run'] {
	return context => {
		const sortBy = context.flags.string('sort-by');
		if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') return new Output().err(SORT_ERROR).done(1);
		return new Output().err(NO_METRICS).done(1);
	};
}

const topPod: KubectlCommand = {
	name: 'pod',
	aliases: ['pods', 'po'],
	short: 'Display resource (CPU/memory) usage of pods',
	flags: [SELECTOR_FLAG, ALL_NAMESPACES_FLAG, ...longFlags('bool', 'containers', 'no-headers', 'sum', 'use-protocol-buffers'), ...longFlags('string', 'sort-by', 'field-selector')],
	run: noMetrics(),
};

const topNode: KubectlCommand = {
	name: 'node',
	aliases: ['nodes', 'no'],
	short: 'Display resource (CPU/memory) usage of nodes',
	flags: [SELECTOR_FLAG, ...longFlags('bool', 'no-headers', 'show-capacity', 'use-protocol-buffers'), ...longFlags('string', 'sort-by')],
	run: noMetrics(),
};

export const topCommand: KubectlCommand = {
	name: 'top',
	short: 'Display resource (CPU/memory) usage',
	flags: [],
	subcommands: [topNode, topPod],
	run: subcommandGroup('kubectl top', TOP_HELP),
};
