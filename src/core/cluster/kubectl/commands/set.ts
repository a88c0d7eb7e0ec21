/** `kubectl set image|resources|selector` (and `set env`, in set-env.ts): the subcommands' own parsing and changes. */
import {setOwn} from '../../api/own-property.js';
import {longFlags, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {selectContainers} from '../pod-template.js';
import {parseResourceList} from '../resource-list.js';
import {setEnvCommand} from './set-env.js';
import {resourcesAndPairs, runSet, SET_FLAGS, withPodSpec} from './set-run.js';
import {subcommandGroup} from './subcommand-group.js';

const setImage: KubectlCommand = {
	name: 'image',
	short: 'Update the image of a pod template',
	flags: SET_FLAGS,
	run: context => {
		const out = new Output();
		const split = resourcesAndPairs(context.flags.args, 'image');
		if (!split.ok) return out.err(`error: ${split.message}\n`).done(1);
		const invalid = split.pairs.filter(pair => !pair.includes('=') || pair.startsWith('='));
		if (invalid.length > 0) return out.err(`error: invalid image format: ${invalid.join(', ')}\n`).done(1);
		const images = new Map(split.pairs.map(pair => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
		const validate = () => {
			const problems: string[] = [];
			if (images.size === 0) problems.push('at least one image update is required');
			if (images.has('*') && images.size > 1) problems.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
			if (problems.length === 0) return undefined;
			return problems.length === 1 ? `error: ${problems[0]}\n` : `error: [${problems.join(', ')}]\n`;
		};
		return runSet({
			context,
			resources: split.resources,
			verb: 'image updated',
			validate,
			mutate: (copy, errors) =>
				withPodSpec(copy, spec => {
					for (const [name, image] of images) {
						const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter(container => name === '*' || container.name === name);
						for (const container of containers) container.image = image;
						if (containers.length === 0) errors.push(`error: unable to find container named "${name}"\n`);
					}
					return undefined;
				}),
		});
	},
};

const setResources: KubectlCommand = {
	name: 'resources',
	short: 'Update resource requests/limits on objects with pod templates',
	flags: [...SET_FLAGS, {name: 'containers', short: 'c', type: 'string'}, ...longFlags('string', 'limits', 'requests')],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const limits = parseResourceList(flags.string('limits'));
		const requests = parseResourceList(flags.string('requests'));
		const validate = () => {
			if (!flags.string('limits') && !flags.string('requests')) return 'error: you must specify an update to requests or limits (in the form of --requests/--limits)\n';
			if (!limits.ok) return `error: ${limits.message}\n`;
			if (!requests.ok) return `error: ${requests.message}\n`;
			return undefined;
		};
		const pattern = flags.string('containers', '*') || '*';
		return runSet({
			context,
			resources: flags.args,
			verb: 'resource requirements updated',
			validate,
			mutate: (copy, errors) =>
				withPodSpec(copy, spec => {
					const containers = selectContainers(spec, pattern);
					if (containers.length === 0) errors.push(`error: unable to find container named ${pattern}\n`);
					for (const container of containers) {
						const resources = (container.resources ??= {});
						if (limits.ok && Object.keys(limits.list).length > 0) resources.limits = {...resources.limits, ...limits.list};
						if (requests.ok && Object.keys(requests.list).length > 0) resources.requests = {...resources.requests, ...requests.list};
					}
					return undefined;
				}),
		});
	},
};

const setSelector: KubectlCommand = {
	name: 'selector',
	short: 'Set the selector on a resource',
	flags: [...SET_FLAGS, ...longFlags('string', 'resource-version')],
	run: context => {
		const out = new Output();
		const args = context.flags.args;
		if (args.length === 0) return out.err('error: one selector is required\n').done(1);
		const selector = parseEqualitySelector(args[args.length - 1]);
		if (!selector.ok) return out.err(`error: ${selector.message}\n`).done(1);
		return runSet({
			context,
			resources: args.slice(0, -1),
			verb: 'selector updated',
			bareErrors: true,
			mutate: copy => {
				if (copy.kind !== 'Service') return 'setting a selector is only supported for Services';
				const fields = copy as unknown as {spec?: Record<string, unknown>};
				fields.spec = {...(fields.spec ?? {}), selector: selector.labels};
				return undefined;
			},
		});
	},
};

/** metav1.ParseToLabelSelector for what a Service can hold: `k=v,k2=v2` (set-based terms cannot go into a Service's selector). */
function parseEqualitySelector(text: string): {ok: true; labels: Record<string, string>} | {ok: false; message: string} {
	const labels: Record<string, string> = {};
	for (const term of text.split(',').map(part => part.trim()).filter(Boolean)) {
		const match = /^([^=!\s]+)\s*==?\s*([^=!\s]*)$/.exec(term);
		if (!match) return {ok: false, message: `match expression [${term}] not supported on this object`};
		setOwn(labels, match[1], match[2]);
	}
	return {ok: true, labels};
}

const SET_HELP = `Configure application resources.

 These commands help you make changes to existing application resources.

Available Commands:
  env              Update environment variables on a pod template
  image            Update the image of a pod template
  resources        Update resource requests/limits on objects with pod templates
  selector         Set the selector on a resource

Usage:
  kubectl set SUBCOMMAND [options]

Use "kubectl set <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

export const setCommand: KubectlCommand = {
	name: 'set',
	short: 'Set specific features on objects',
	flags: [],
	subcommands: [setEnvCommand, setImage, setResources, setSelector],
	run: subcommandGroup('kubectl set', SET_HELP),
};

