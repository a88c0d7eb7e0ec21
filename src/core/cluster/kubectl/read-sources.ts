/**
 * `-f FILE|DIR|URL|-` (and `-R`) as kubectl's resource builder expands them: a named file is read
 * whatever its name, a directory contributes its `.json`, `.yaml` and `.yml` files in name order
 * (its subdirectories only with `-R`). Nothing is fetched: the only URL the sandbox knows is the
 * ingress-nginx cloud manifest (docs/simulation.md, "Controllers"), which installs the simulated
 * controller; every other URL fails the way kubectl fails when it cannot reach the host.
 */
import type {KubectlEnv} from './kubectl-env.js';

export type Source = {kind: 'text'; name: string; text: string} | {kind: 'ingress-nginx'; name: string};

/** `messages` are kubectl's, without the `error: ` that CheckErr adds when there is only one. */
export type SourcesRead = {ok: true; sources: Source[]; single: boolean} | {ok: false; messages: string[]};

const INGRESS_NGINX_CLOUD = /^https?:\/\/\S*ingress-nginx\/\S*deploy\/static\/provider\/cloud\/deploy\.yaml$/;
const MANIFEST_FILE = /\.(yaml|yml|json)$/;
const EXTENSIONS = '[.json .yaml .yml]';

export function readSources(env: KubectlEnv, filenames: readonly string[], recursive = false): SourcesRead {
	const sources: Source[] = [];
	const messages: string[] = [];
	for (const name of filenames) {
		if (name === '') continue;
		if (name === '-') sources.push({kind: 'text', name: 'STDIN', text: env.stdin ?? ''});
		else if (/^https?:\/\//i.test(name)) {
			if (INGRESS_NGINX_CLOUD.test(name)) sources.push({kind: 'ingress-nginx', name});
			else messages.push(`Get "${name}": dial tcp: lookup ${hostOf(name)}: no such host`);
		} else readPath(env, name, recursive, sources, messages);
		if (sources.length === 0 && messages.length === 0) messages.push(`error reading [${name}]: recognized file extensions are ${EXTENSIONS}`);
	}
	if (messages.length > 0) return {ok: false, messages};
	if (sources.length === 0) return {ok: false, messages: ['must specify one of -f and -k']};
	// kubectl's builder treats one named file as a single item: `get -o name` then prints it or only its error
	const single = filenames.length === 1 && sources.length === 1 && sources[0].kind === 'text' && sources[0].name === filenames[0];
	return {ok: true, sources, single};
}

function readPath(env: KubectlEnv, path: string, recursive: boolean, sources: Source[], messages: string[]): void {
	const entries = env.listDir?.(path);
	if (!entries) {
		const text = env.readFile(path);
		if (text === undefined) messages.push(`the path "${path}" does not exist`);
		else sources.push({kind: 'text', name: path, text});
		return;
	}
	walk(env, path.replace(/\/+$/, ''), entries, recursive, sources);
}

/** filepath.Walk order: entries sorted by name, a subdirectory's files where its name falls. */
function walk(env: KubectlEnv, dir: string, entries: readonly string[], recursive: boolean, sources: Source[]): void {
	for (const entry of [...entries].sort()) {
		const path = `${dir}/${entry}`;
		const inner = env.listDir?.(path);
		if (inner) {
			if (recursive) walk(env, path, inner, recursive, sources);
			continue;
		}
		if (!MANIFEST_FILE.test(entry)) continue;
		const text = env.readFile(path);
		if (text !== undefined) sources.push({kind: 'text', name: path, text});
	}
}

function hostOf(url: string): string {
	return url.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0];
}
