import type {ScriptRunner} from '../core/quiz/predict-choices.js';

/**
 * The simulator's batch runner for predict questions, loaded only when they need it. Setups run
 * with the content reader, which reads no file: a content file never reaches outside the sandbox.
 */
export async function loadScriptRunner(): Promise<ScriptRunner | undefined> {
	const loaded = await scriptRunner();
	return 'error' in loaded ? undefined : loaded.run;
}

/** For `validate`, which must not pass quietly without the simulator: every setup then says why it could not run. */
export async function scriptRunnerOrFailure(): Promise<ScriptRunner> {
	const loaded = await scriptRunner();
	if ('run' in loaded) return loaded.run;
	return () => {
		throw new Error(`the simulator could not be loaded (${loaded.error})`);
	};
}

async function scriptRunner(): Promise<{run: ScriptRunner} | {error: string}> {
	try {
		const {runScript} = await import('../core/cluster/shell/batch.js');
		const {contentReader} = await import('../core/cluster/shell/content-reader.js');
		return {run: (script, options) => runScript(script, {...options, ...contentReader('a quiz setup')})};
	} catch (error) {
		return {error: String((error as Error)?.message ?? error).split('\n')[0]};
	}
}
