/** `--dry-run=none|client|server` as kubectl reads it (a bare `--dry-run` means client). */
export type DryRun = 'none' | 'client' | 'server';

export type DryRunParse = {ok: true; mode: DryRun} | {ok: false; message: string};

export function parseDryRun(value: string | undefined): DryRunParse {
	if (value === undefined || value === '' || value === 'none' || value === 'false') return {ok: true, mode: 'none'};
	if (value === 'client' || value === 'true') return {ok: true, mode: 'client'};
	if (value === 'server') return {ok: true, mode: 'server'};
	return {ok: false, message: `Invalid dry-run value (${value}). Must be "none", "server", or "client".`};
}

/** The suffix kubectl adds to `created`/`configured` lines. */
export function dryRunSuffix(mode: DryRun): string {
	if (mode === 'client') return ' (dry run)';
	if (mode === 'server') return ' (server dry run)';
	return '';
}
