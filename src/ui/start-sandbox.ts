import type {CommandContext} from '../cli/command.js';

/**
 * The interactive sandbox on a terminal (`kubetutor sandbox`): the app opened on its sandbox
 * screen, so Esc leads home to the lessons with the cluster kept.
 */
export async function startInteractiveSandbox(options: {seed?: number; cloud?: 'kind' | 'none'; workers?: number}, context?: CommandContext): Promise<number> {
	const {startApp} = await import('./start-app.js');
	const ctx: CommandContext = context ?? {
		args: [],
		options: {plain: false, content: []},
		stdin: process.stdin,
		stdout: process.stdout,
		stderr: process.stderr,
		env: process.env,
		cwd: process.cwd(),
	};
	return startApp(ctx, {kind: 'sandbox'}, {sandbox: options});
}
