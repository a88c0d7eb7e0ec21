/**
 * One `kubectl edit` of one object, as kubectl's editoptions.go runs it: the object as YAML under
 * kubectl's comment header; when the editor closes, the comments are stripped and the text
 * compared with what was opened (unchanged: `Edit cancelled, no changes made.`), parsed, checked
 * (apiVersion, kind and name must stay), and sent to the API server. A refusal reopens the file
 * with the reasons in the header (`# services "web" was not valid:` / `# * …`); closing it again
 * unchanged ends with `error: Edit cancelled, no valid changes were saved.`
 */
import {updateObject} from '../api/api-server.js';
import type {Cluster} from '../cluster.js';
import type {CommandResult} from '../command-result.js';
import type {KubeObject} from '../kube-object.js';
import {printObjects} from '../print/print-objects.js';
import {qualifiedSingular, type ResourceType} from '../resource-types.js';
import {parseManifests} from './manifest.js';

/** kubectl's header above the object, word for word (pkg/cmd/util/editor/editoptions.go). */
export const EDIT_HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

/** A reason the edit was refused: a head line and, for field errors, one `* cause` line each. */
interface Reason {
	head: string;
	other: string[];
}

export type EditOutcome = {done: CommandResult} | {reopen: string};

export interface EditSession {
	/** `service/web`, for the editor's title. */
	readonly title: string;
	/** The text the editor opens. */
	readonly file: string;
	/** The editor closed with `text` (the file as opened when the learner quit without saving). */
	submit(text: string): EditOutcome;
}

function stripComments(text: string): string {
	return text.split('\n').filter(line => !line.trim().startsWith('#')).join('\n');
}

function headerWith(reasons: readonly Reason[]): string {
	const hashed = (text: string) => text.replace(/\n/g, '\n# ');
	const blocks = reasons.map(reason => `# ${hashed(reason.head)}${reason.other.length > 0 ? ':' : ''}\n${reason.other.map(other => `# * ${hashed(other)}\n`).join('')}#\n`);
	return EDIT_HEADER + blocks.join('');
}

export function startEdit(cluster: Cluster, type: ResourceType, object: KubeObject): EditSession {
	const title = `${qualifiedSingular(type)}/${object.metadata.name}`;
	const original = EDIT_HEADER + printObjects([object], 'yaml');
	let previous: string | undefined;
	const done = (result: CommandResult): EditOutcome => ({done: result});
	return {
		title,
		file: original,
		submit(text) {
			const edited = stripComments(text);
			if (edited.trim() === '') return done({output: [{stream: 'stderr', text: 'Edit cancelled, saved file was empty.\n'}], exitCode: 0});
			if (previous !== undefined && edited === stripComments(previous)) {
				// kubectl keeps the refused file in its temporary folder and says where
				const copy = `A copy of your changes has been stored to "/tmp/kubectl-edit-${1_000_000_000 + cluster.random.int(3_000_000_000)}.yaml"\n`;
				return done({output: [{stream: 'stderr', text: `${copy}error: Edit cancelled, no valid changes were saved.\n`}], exitCode: 1});
			}
			if (edited === stripComments(original)) return done({output: [{stream: 'stderr', text: 'Edit cancelled, no changes made.\n'}], exitCode: 0});
			const refused = apply(cluster, type, object, edited);
			if (!refused) return done({output: [{stream: 'stdout', text: `${title} edited\n`}], exitCode: 0});
			previous = headerWith(refused) + edited.replace(/^\n+/, '');
			return {reopen: previous};
		},
	};
}

/** Sends the edited object; the reasons it was refused, or undefined once it is stored. */
function apply(cluster: Cluster, type: ResourceType, live: KubeObject, text: string): Reason[] | undefined {
	const parsed = parseManifests(text, 'edited file');
	if (parsed.fatal) return [{head: `The edited file had a syntax error: ${parsed.fatal.replace(/^error parsing edited file: /, '')}`, other: []}];
	const edited = parsed.objects[0]?.object;
	if (!edited || parsed.errors.length > 0) return [{head: parsed.errors[0] ?? 'The edited file had a syntax error: Object \'Kind\' is missing', other: []}];
	if (edited.apiVersion !== live.apiVersion || edited.kind !== live.kind || edited.metadata?.name !== live.metadata.name) {
		return [{head: 'At least one of apiVersion, kind and name was changed', other: []}];
	}
	const object = {...edited, metadata: {...edited.metadata, namespace: live.metadata.namespace}} as KubeObject;
	const result = updateObject(cluster, object);
	if (result.ok) return undefined;
	const {error} = result;
	if (error.reason === 'Invalid') return [{head: `${type.resource}${type.group ? `.${type.group}` : ''} "${live.metadata.name}" was not valid`, other: error.causes ?? [error.message]}];
	return [{head: error.message, other: []}];
}
