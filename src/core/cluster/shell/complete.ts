/**
 * Tab completion: commands at this vantage point, kubectl verbs, flags and resource types, and
 * the names of live objects (pods for exec, Services for `get svc …`, namespaces after `-n`).
 */
import {GLOBAL_FLAGS} from '../kubectl/kubectl.js';
import {COMMANDS} from '../kubectl/commands/index.js';
import type {KubectlCommand} from '../kubectl/command.js';
import {RESOURCE_TYPES, typeForName} from '../resource-types.js';
import type {Session} from './session.js';
import {commandsAt} from './vantage-commands.js';

export interface Completion {
	/** The line with the word under the cursor completed as far as it is unambiguous. */
	replacement: string;
	/** Every candidate for that word (empty when nothing fits). */
	candidates: string[];
}

const OUTPUT_FORMATS = ['json', 'jsonpath=', 'name', 'wide', 'yaml'];
const TYPE_WORDS = [...new Set(RESOURCE_TYPES.flatMap(type => [type.resource, ...type.shortNames]))].concat('all').sort();
const NAME_VERBS: ReadonlySet<string> = new Set(['get', 'describe', 'delete', 'label', 'patch', 'scale', 'expose', 'wait']);

export function completeLine(session: Session, line: string): Completion {
	const words = line.split(/\s+/);
	const current = words[words.length - 1] ?? '';
	const before = words.slice(0, -1).filter(Boolean);
	const candidates = candidatesFor(session, before, current).filter(candidate => candidate.startsWith(current));
	const unique = [...new Set(candidates)].sort();
	const head = line.slice(0, line.length - current.length);
	if (unique.length === 0) return {replacement: line, candidates: []};
	if (unique.length === 1) {
		const word = unique[0];
		const open = word.endsWith('/') || word.endsWith('=');
		return {replacement: head + word + (open ? '' : ' '), candidates: unique};
	}
	return {replacement: head + commonPrefix(unique), candidates: unique};
}

function candidatesFor(session: Session, before: string[], current: string): string[] {
	if (before.length === 0) return commandsAt(session, session.vantage);
	const command = before[0];
	if (command === 'ssh') return session.cluster.nodes.map(node => node.name);
	if (command === 'kubectl' || command === 'k') return kubectlCandidates(session, before.slice(1), current);
	return [];
}

function kubectlCandidates(session: Session, words: string[], current: string): string[] {
	const previous = words[words.length - 1];
	if (previous === '-n' || previous === '--namespace') return names(session, 'Namespace', undefined);
	if (previous === '-o' || previous === '--output') return OUTPUT_FORMATS;
	if (previous === '-f' || previous === '--filename') return fileNames(session, current);
	const positional = words.filter((word, index) => !word.startsWith('-') && !['-n', '--namespace', '-o', '--output', '-l', '--selector', '-f', '--filename', '-c', '--container'].includes(words[index - 1] ?? ''));
	const namespace = namespaceOf(words) ?? session.kubeconfig.namespace;
	if (positional.length === 0) return current.startsWith('-') ? GLOBAL_FLAGS.map(flag => `--${flag.name}`) : COMMANDS.filter(verb => !verb.hidden).map(verb => verb.name);
	let command: KubectlCommand | undefined = COMMANDS.find(verb => verb.name === positional[0] || verb.aliases?.includes(positional[0]));
	if (!command) return [];
	let rest = positional.slice(1);
	while (command.subcommands && rest.length > 0) {
		const sub: KubectlCommand | undefined = command.subcommands.find(candidate => candidate.name === rest[0] || candidate.aliases?.includes(rest[0]));
		if (!sub) break;
		command = sub;
		rest = rest.slice(1);
	}
	if (current.startsWith('-')) return [...command.flags, ...GLOBAL_FLAGS].map(flag => `--${flag.name}`);
	if (command.subcommands && rest.length === 0) return command.subcommands.map(sub => sub.name);
	if (command.name === 'exec') return rest.length === 0 ? names(session, 'Pod', namespace) : [];
	if (!NAME_VERBS.has(command.name) && command.name !== 'status') return [];
	if (rest.length === 0) {
		if (current.includes('/')) {
			const [word] = current.split('/');
			const type = typeForName(word);
			return type ? names(session, type.kind, type.namespaced ? namespace : undefined).map(name => `${word}/${name}`) : [];
		}
		return TYPE_WORDS;
	}
	const type = typeForName(rest[0].split(',')[0]);
	return type && !rest[0].includes('/') ? names(session, type.kind, type.namespaced ? namespace : undefined) : [];
}

/** Names in the directory of the word typed so far (directories get a trailing slash). */
function fileNames(session: Session, current: string): string[] {
	const slash = current.lastIndexOf('/');
	const dir = slash === -1 ? '' : current.slice(0, slash + 1);
	const entries = session.listDir?.(dir || '.') ?? [];
	return entries.map(entry => dir + entry + (session.listDir?.(dir + entry) ? '/' : ''));
}

function namespaceOf(words: readonly string[]): string | undefined {
	for (let i = 0; i < words.length; i++) {
		if ((words[i] === '-n' || words[i] === '--namespace') && words[i + 1]) return words[i + 1];
		const attached = /^(?:--namespace=|-n)(.+)$/.exec(words[i]);
		if (attached) return attached[1].replace(/^=/, '');
	}
	return undefined;
}

function names(session: Session, kind: string, namespace: string | undefined): string[] {
	return session.cluster.store.view(kind, namespace).map(object => object.metadata.name);
}

function commonPrefix(words: readonly string[]): string {
	let prefix = words[0];
	for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}
