import {lstatSync, readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {parseProgress, type Progress} from '../core/progress/progress-schema.js';

/**
 * Where conf keeps the progress file: KUBETUTOR_CONFIG_DIR, else the config folder env-paths gives
 * conf for the project `kubetutor` (README, "Progress").
 */
export function progressFilePath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
	if (env.KUBETUTOR_CONFIG_DIR) return join(env.KUBETUTOR_CONFIG_DIR, 'config.json');
	const name = 'kubetutor-nodejs';
	if (platform === 'darwin') return join(home, 'Library', 'Preferences', name, 'config.json');
	if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), name, 'Config', 'config.json');
	return join(env.XDG_CONFIG_HOME || join(home, '.config'), name, 'config.json');
}

/**
 * The learner's progress read as plain JSON for the first frame, without conf and its schema
 * validator: undefined when the file is missing, linked, unreadable or not understood. The
 * progress store (conf-progress-store.ts) opens after the first frame and is the one that warns,
 * backs up and writes. Never throws.
 */
export function readProgressSnapshot(env: NodeJS.ProcessEnv): Progress | undefined {
	try {
		const path = progressFilePath(env);
		if (!lstatSync(path).isFile()) return undefined;
		const parsed = parseProgress(JSON.parse(readFileSync(path, 'utf8')));
		return parsed.ok ? parsed.progress : undefined;
	} catch {
		return undefined;
	}
}
