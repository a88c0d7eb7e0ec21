/**
 * `kubectl proxy`: serves the API on the laptop (127.0.0.1:8001 by default) with the learner's
 * credentials, until Ctrl+C or `kill` (a job, shell/job.ts); what it answers is
 * network/kubectl-proxy-server.ts.
 */
import type {Job} from '../../shell/job.js';
import type {KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';

export const proxyCommand: KubectlCommand = {
	name: 'proxy',
	short: 'Run a proxy to the Kubernetes API server',
	flags: [
		{name: 'port', short: 'p', type: 'string'},
		{name: 'address', type: 'string'},
		{name: 'accept-hosts', type: 'string'},
		{name: 'accept-paths', type: 'string'},
		{name: 'reject-paths', type: 'string'},
		{name: 'reject-methods', type: 'string'},
		{name: 'api-prefix', type: 'string'},
		{name: 'disable-filter', type: 'bool'},
		{name: 'www', short: 'w', type: 'string'},
		{name: 'www-prefix', short: 'P', type: 'string'},
		{name: 'keepalive', type: 'string'},
		{name: 'unix-socket', short: 'u', type: 'string'},
	],
	run: context => {
		const out = new Output();
		const {cluster} = context.env;
		const portText = context.flags.string('port') || '8001';
		if (!/^\d+$/.test(portText)) return out.err(`error: invalid argument "${portText}" for "-p, --port" flag: strconv.ParseInt: parsing "${portText}": invalid syntax\nSee 'kubectl proxy --help' for usage.\n`).done(1);
		const address = context.flags.string('address') || '127.0.0.1';
		const port = Number(portText);
		if (cluster.laptopPorts.has(port)) return out.err(`error: listen tcp ${address}:${port}: bind: address already in use\n`).done(1);
		const listener = {kind: 'proxy' as const, localPort: port, addresses: [address]};
		cluster.laptopPorts.set(port, listener);
		let opening = `Starting to serve on ${address}:${port}\n`;
		const job: Job = {
			command: `kubectl proxy ${context.flags.args.join(' ')}`.trim(),
			drain: () => {
				const output = opening ? [{stream: 'stdout' as const, text: opening}] : [];
				opening = '';
				return {output};
			},
			stop: () => {
				if (cluster.laptopPorts.get(port) === listener) cluster.laptopPorts.delete(port);
			},
		};
		out.job = job;
		return out.done(0);
	},
};
