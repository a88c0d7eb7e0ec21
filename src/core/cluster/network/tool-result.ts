import type {Cluster} from '../cluster.js';
import type {CommandResult} from '../command-result.js';
import type {Vantage} from '../vantage.js';
import type {TraceHop} from './trace.js';

/** What a network tool printed, plus the hop-by-hop story for the shell's `trace` builtin. */
export type ToolResult = CommandResult & {trace?: TraceHop[]};

/** Every network tool has this shape; argv excludes the program name. */
export type NetworkTool = (cluster: Cluster, vantage: Vantage, argv: readonly string[]) => ToolResult;
