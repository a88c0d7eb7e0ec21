/** `kubectl explain RESOURCE[.FIELD…] [--recursive] [--api-version=G/V]` from the bundled OpenAPI descriptions. */
import {typeForName} from '../../resource-types.js';
import {longFlags, type KubectlCommand} from '../command.js';
import {explainKind, loadSchemas} from '../explain/explain-schema.js';
import {Output} from '../kubectl-env.js';

export const explainCommand: KubectlCommand = {
	name: 'explain',
	short: 'Get documentation for a resource',
	flags: [...longFlags('bool', 'recursive'), ...longFlags('string', 'api-version', 'output')],
	run: context => {
		const out = new Output();
		const {flags} = context;
		if (flags.args.length === 0) return out.err('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\n').done(1);
		if (flags.args.length > 1) return out.err('error: We accept only this format: explain RESOURCE\n\n').done(1);
		const output = flags.string('output', 'plaintext') || 'plaintext';
		if (output !== 'plaintext' && output !== 'plaintext-openapiv2') return out.err(`error: unrecognized format: ${output}\n`).done(1);
		const [resource, ...fieldPath] = flags.args[0].split('.').filter(Boolean);
		const type = typeForName(resource ?? '');
		if (!type) return out.err(`error: the server doesn't have a resource type "${resource ?? ''}"\n`).done(1);
		let {group, version} = type;
		const apiVersion = flags.string('api-version');
		if (apiVersion) {
			const slash = apiVersion.lastIndexOf('/');
			group = slash === -1 ? '' : apiVersion.slice(0, slash);
			version = apiVersion.slice(slash + 1);
		}
		const bundle = loadSchemas();
		const kind = bundle.kinds.find(candidate => candidate.kind === type.kind && candidate.group === group && candidate.version === version);
		if (!kind) return out.err(`error: couldn't find resource for "${group}/${version}, Resource=${type.resource}"\n`).done(1);
		const explained = explainKind(bundle, kind, fieldPath, flags.bool('recursive'));
		return explained.ok ? out.out(explained.text).done(0) : out.err(explained.message).done(1);
	},
};
