import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {createShell, type Shell} from '../../../../src/core/cluster/shell/shell.js';

export interface Ran {
	text: string;
	stdout: string;
	stderr: string;
	exitCode: number;
}

/** A fresh sandbox shell on a fresh cluster; `files` are the learner's files. */
export function sandbox(files: Record<string, string> = {}, options: {seed?: number; cloud?: 'kind' | 'none'} = {}): {shell: Shell; run: (line: string, stdin?: string) => Ran} {
	const shell = createShell({cluster: createCluster({seed: options.seed ?? 1, cloud: options.cloud}), readFile: path => files[path]});
	return {
		shell,
		run(line: string, stdin?: string): Ran {
			const result = shell.run(line, stdin);
			const pick = (stream: 'stdout' | 'stderr') => result.output.filter(chunk => chunk.stream === stream).map(chunk => chunk.text).join('');
			return {text: outputText(result), stdout: pick('stdout'), stderr: pick('stderr'), exitCode: result.exitCode};
		},
	};
}
