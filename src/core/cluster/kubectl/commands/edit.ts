/**
 * `kubectl edit TYPE NAME`: in the interactive sandbox the object opens in the sandbox's own
 * editor (KUBE_EDITOR and EDITOR are not read: there is no other editor to start); in batch mode
 * the here-document is what the learner saved (`kubectl edit svc web <<EOF … EOF`). The edit
 * itself is edit-session.ts.
 */
import type {KubectlCommand} from '../command.js';
import {FILE_FLAGS, OUTPUT_FLAG} from '../command.js';
import {startEdit} from '../edit-session.js';
import {Output} from '../kubectl-env.js';
import {resolveTargets} from '../resolve-targets.js';

export const editCommand: KubectlCommand = {
	name: 'edit',
	short: 'Edit a resource on the server',
	flags: [...FILE_FLAGS, OUTPUT_FLAG, {name: 'windows-line-endings', type: 'bool'}, {name: 'save-config', type: 'bool'}, {name: 'validate', type: 'string', bare: 'strict'}, {name: 'show-managed-fields', type: 'bool'}, {name: 'field-manager', type: 'string'}, {name: 'subresource', type: 'string'}],
	run: context => {
		const out = new Output();
		const resolved = resolveTargets(context, context.flags.args, false);
		if (!resolved.ok) return out.err(resolved.message).done(1);
		if (resolved.errors.length > 0) return out.err(resolved.errors.join('')).done(1);
		const [target, ...more] = resolved.targets;
		if (!target) return out.done(0);
		if (more.length > 0) return out.err('error: kubetutor edits one object at a time: name one (kubectl edit svc web)\n').done(1);
		const session = startEdit(context.env.cluster, target.type, target.object);
		const stdin = context.env.stdin;
		if (stdin === undefined) {
			out.edit = session;
			return out.done(0);
		}
		const first = session.submit(stdin);
		if ('done' in first) return out.append(first.done).done(first.done.exitCode);
		// batch mode has no editor to reopen: it shows the header kubectl would reopen with, then
		// closes it unchanged, as an editor that saves the same text again would
		const header = first.reopen.split('\n').filter(line => line.startsWith('#')).join('\n');
		out.err(`${header}\n`);
		const second = session.submit(first.reopen);
		return out.append('done' in second ? second.done : {output: [], exitCode: 1}).done(1);
	},
};
