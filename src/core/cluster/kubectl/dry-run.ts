/** `--dry-run=none|client|server` as kubectl reads it (a bare `--dry-run` means client). */
export type DryRun = 'none' | 'client' | 'server';

export type DryRunParse = {ok: true; mode: DryRun} | {ok: false; message: string};

export function parseDryRun(value: string | undefined): DryRunParse {
	if (value === undefined || value === '' || value === 'none' || value === 'false') return {ok: true, mode: 'none'};
	if (value === 'client' || value === 'true' || value === 'unchanged') return {ok: true, mode: 'client'};
	if (value === 'server') return {ok: true, mode: 'server'};
	return {ok: false, message: `Invalid dry-run value (${value}). Must be "none", "server", or "client".`};
}

/** The suffix kubectl adds to `created`/`configured` lines. */
export function dryRunSuffix(mode: DryRun): string {
	if (mode === 'client') return ' (dry run)';
	if (mode === 'server') return ' (server dry run)';
	return '';
}

/** klog's warning for the deprecated spellings (`--dry-run`, `--dry-run=true|false`), or undefined. */
export function dryRunDeprecation(value: string): string | undefined {
	if (value === 'unchanged') return '--dry-run is deprecated and can be replaced with --dry-run=client.';
	if (['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(value)) {
		const truthy = ['true', '1', 't', 'TRUE', 'True'].includes(value);
		return `--dry-run=${truthy ? 'true' : 'false'} is deprecated (boolean value) and can be replaced with --dry-run=${truthy ? 'client' : 'none'}.`;
	}
	return undefined;
}
