import {readFileSync, readdirSync, statSync} from 'node:fs';
import {resolve} from 'node:path';

/**
 * The sandbox's only window on the machine: files and folders the learner names
 * (`kubectl apply -f web.yaml`), relative to where they started the tutor. Nothing else is read.
 */
export function learnerFiles(cwd: string) {
	return {
		readFile(path: string): string | undefined {
			try {
				return readFileSync(resolve(cwd, path), 'utf8');
			} catch {
				return undefined;
			}
		},
		listDir(path: string): string[] | undefined {
			try {
				const full = resolve(cwd, path);
				return statSync(full).isDirectory() ? readdirSync(full).sort() : undefined;
			} catch {
				return undefined;
			}
		},
	};
}
