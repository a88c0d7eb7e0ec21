import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {createShell, type Shell} from '../../../../src/core/cluster/shell/shell.js';

export interface Ran {
	text: string;
	stdout: string;
	stderr: string;
	exitCode: number;
}

/** A fresh sandbox shell on a fresh cluster; `files` are the learner's files, and the folders their paths name. */
export function sandbox(files: Record<string, string> = {}, options: {seed?: number; cloud?: 'kind' | 'none'} = {}): {shell: Shell; run: (line: string, stdin?: string) => Ran} {
	const shell = createShell({cluster: createCluster({seed: options.seed ?? 1, cloud: options.cloud}), readFile: path => files[path], listDir: path => listDir(files, path)});
	return {
		shell,
		run(line: string, stdin?: string): Ran {
			const result = shell.run(line, stdin);
			const pick = (stream: 'stdout' | 'stderr') => result.output.filter(chunk => chunk.stream === stream).map(chunk => chunk.text).join('');
			return {text: outputText(result), stdout: pick('stdout'), stderr: pick('stderr'), exitCode: result.exitCode};
		},
	};
}

/** The names directly inside folder `path` when some file lives below it (a key `dir/` is an empty folder). */
function listDir(files: Record<string, string>, path: string): string[] | undefined {
	const prefix = path === '.' || path === '' ? '' : `${path.replace(/\/+$/, '')}/`;
	const below = Object.keys(files).filter(file => file.startsWith(prefix));
	if (below.length === 0) return undefined;
	return [...new Set(below.map(file => file.slice(prefix.length).split('/')[0]).filter(Boolean))].sort();
}
