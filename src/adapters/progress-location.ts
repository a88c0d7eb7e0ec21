import {homedir} from 'node:os';
import {join, resolve} from 'node:path';

/**
 * Where the progress file lives: KUBETUTOR_CONFIG_DIR, else the folder conf and env-paths chose
 * in earlier releases (kubetutor-nodejs in the platform's config folder), so existing progress is
 * found where it always was (README, "Progress").
 */
export function progressFilePath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
	return resolve(progressFolder(env, platform, home), 'config.json');
}

function progressFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
	if (env.KUBETUTOR_CONFIG_DIR) return env.KUBETUTOR_CONFIG_DIR;
	const name = 'kubetutor-nodejs';
	if (platform === 'darwin') return join(home, 'Library', 'Preferences', name);
	if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), name, 'Config');
	return join(env.XDG_CONFIG_HOME || join(home, '.config'), name);
}
