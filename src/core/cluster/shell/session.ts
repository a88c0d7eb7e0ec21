/** The shell's state: where the learner stands, how they got there, and what they have done. */
import type {Budget} from '../budget.js';
import type {Cluster} from '../cluster.js';
import type {KubectlEnv, ShellResult} from '../kubectl/kubectl-env.js';
import type {TraceHop} from '../network/trace.js';
import type {Vantage} from '../vantage.js';
import type {EditSession} from '../kubectl/edit-session.js';
import type {Job} from './job.js';
import type {JobTable} from './job-control.js';
import type {NetworkTool} from './network-tools.js';

/** How the learner got into the current vantage point, which decides what `exit` prints. */
export type Entered = {via: 'ssh' | 'docker'} | {via: 'exec'} | {via: 'run'; remove: boolean};

export interface Session {
	cluster: Cluster;
	vantage: Vantage;
	entered: Entered | undefined;
	files: Map<string, string>;
	readFile: (path: string) => string | undefined;
	listDir?: (path: string) => string[] | undefined;
	/** Writes new files under a new folder (`save DIR`); returns why it could not, or undefined. */
	writeFiles?: (dir: string, files: Readonly<Record<string, string>>) => string | undefined;
	tools: Readonly<Record<string, NetworkTool>>;
	history: string[];
	lastTrace: TraceHop[] | undefined;
	/** The running command's time budget (docs/simulation.md, "Time budget"); `sh -c` inside it shares it. */
	budget: Budget;
	kubeconfig: {namespace: string};
	/** Shell variables (`NODE_PORT=30080`, `export IP=…`), expanded as `$NAME`. */
	variables: Map<string, string>;
	kubectl: (env: KubectlEnv, argv: string[]) => ShellResult;
	/** The interactive sandbox: a command that keeps running stays in the foreground until Ctrl+C. */
	interactive: boolean;
	/** Background jobs (`cmd &`). */
	jobs: JobTable;
	/** The job running in the foreground of the interactive sandbox, and when it started. */
	foreground: {job: Job; startedAtMs: number} | undefined;
	/** `kubectl edit` waiting for the interactive sandbox's editor to close. */
	editing: EditSession | undefined;
	/** The kubelet runs the command inside its own step (shell/pod-command.ts): nothing may move the clock. */
	clockStays?: true;
	/** A nested shell (`sh -c`) at a vantage point: runs its lines one after another, with its own `$?`. */
	startShell: (vantage: Vantage, variables: Map<string, string>) => (line: string, stdin: string | undefined) => ShellResult;
}

/** Applies a kubectl result's request to move into a pod. */
export function enterIfAsked(session: Session, result: ShellResult): void {
	if (!result.enter) return;
	session.vantage = result.enter.vantage;
	session.entered = result.enter.removeOnExit !== undefined ? {via: 'run', remove: result.enter.removeOnExit} : {via: 'exec'};
}
