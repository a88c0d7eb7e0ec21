/** The shape of one kubectl subcommand and what it receives. */
import type {FlagSpec, FlagType, Flags} from './flags.js';
import type {KubectlEnv, ShellResult} from './kubectl-env.js';

export interface KubectlContext {
	env: KubectlEnv;
	flags: Flags;
	/** `-n`/`--namespace`, else `default`. */
	namespace: string;
	/** Whether `-n` was given (kubectl then refuses objects from another namespace). */
	namespaceGiven: boolean;
	/** `kubectl get`, `kubectl create service nodeport` — used in usage hints. */
	path: string;
}

export interface KubectlCommand {
	name: string;
	aliases?: string[];
	short: string;
	flags: FlagSpec[];
	run: (context: KubectlContext) => ShellResult;
	/** `create deployment`, `create service nodeport`: chosen by the first word that is not a flag. */
	subcommands?: KubectlCommand[];
	/** Real kubectl verbs the sandbox does not simulate say so instead of pretending. */
	hidden?: boolean;
}

export const OUTPUT_FLAG: FlagSpec = {name: 'output', short: 'o', type: 'string'};
export const DRY_RUN_FLAG: FlagSpec = {name: 'dry-run', type: 'string', bare: 'client'};
export const FILENAME_FLAG: FlagSpec = {name: 'filename', short: 'f', type: 'array'};
export const RECURSIVE_FLAG: FlagSpec = {name: 'recursive', short: 'R', type: 'bool'};
/** `-f` and `-R`, which every verb that reads manifests takes (src/core/cluster/kubectl/file-objects.ts). */
export const FILE_FLAGS: readonly FlagSpec[] = [FILENAME_FLAG, RECURSIVE_FLAG];
export const SELECTOR_FLAG: FlagSpec = {name: 'selector', short: 'l', type: 'string'};
export const ALL_NAMESPACES_FLAG: FlagSpec = {name: 'all-namespaces', short: 'A', type: 'bool'};

/** Long-only flags of one type, listed by name: `longFlags('bool', 'all', 'force')`. */
export function longFlags(type: FlagType, ...names: string[]): FlagSpec[] {
	return names.map(name => ({name, type}));
}
