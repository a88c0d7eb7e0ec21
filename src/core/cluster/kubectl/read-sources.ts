/**
 * `-f FILE|DIR|URL|-` as kubectl's builder resolves it. Nothing is fetched: the only URL the
 * sandbox knows is the ingress-nginx cloud manifest (docs/simulation.md, "Controllers"), which installs the simulated
 * controller; every other URL fails the way kubectl fails when it cannot reach the host.
 */
import type {KubectlEnv} from './kubectl-env.js';

export type Source = {kind: 'text'; name: string; text: string} | {kind: 'ingress-nginx'; name: string};

export type SourcesRead = {ok: true; sources: Source[]} | {ok: false; message: string};

const INGRESS_NGINX_CLOUD = /^https?:\/\/\S*ingress-nginx\/\S*deploy\/static\/provider\/cloud\/deploy\.yaml$/;
const MANIFEST_FILE = /\.(ya?ml|json)$/i;

export function readSources(env: KubectlEnv, filenames: readonly string[]): SourcesRead {
	const sources: Source[] = [];
	for (const name of filenames) {
		if (name === '') continue;
		if (name === '-') {
			sources.push({kind: 'text', name: 'STDIN', text: env.stdin ?? ''});
			continue;
		}
		if (/^https?:\/\//i.test(name)) {
			if (INGRESS_NGINX_CLOUD.test(name)) {
				sources.push({kind: 'ingress-nginx', name});
				continue;
			}
			return {ok: false, message: `Get "${name}": dial tcp: lookup ${hostOf(name)}: no such host`};
		}
		const entries = env.listDir?.(name);
		if (entries) {
			const files = entries.filter(entry => MANIFEST_FILE.test(entry)).sort();
			for (const file of files) {
				const path = `${name.replace(/\/+$/, '')}/${file}`;
				const text = env.readFile(path);
				if (text !== undefined) sources.push({kind: 'text', name: path, text});
			}
			continue;
		}
		const text = env.readFile(name);
		if (text === undefined) return {ok: false, message: `the path "${name}" does not exist`};
		sources.push({kind: 'text', name, text});
	}
	if (sources.length === 0) return {ok: false, message: 'must specify one of -f and -k'};
	return {ok: true, sources};
}

function hostOf(url: string): string {
	return url.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0];
}
