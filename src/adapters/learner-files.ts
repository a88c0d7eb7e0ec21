import {readFileSync, readdirSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {writeNewFiles} from './output-files.js';

/**
 * The sandbox's only window on the machine: files and folders the learner names
 * (`kubectl apply -f web.yaml`), relative to where they started the tutor. Nothing else is read;
 * the only writes are `save DIR`'s new files.
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
		/** `save DIR`: only into a new or empty folder, never through a link, never overwriting. */
		writeFiles(dir: string, files: Readonly<Record<string, string>>): string | undefined {
			return writeNewFiles(resolve(cwd, dir), files);
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
