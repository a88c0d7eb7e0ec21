/** What a `kubectl get` table printer is: its columns, and one object's cells. */
import type {KubeObject} from '../kube-object.js';

export interface RowContext {
	now: number;
	wide: boolean;
}

export interface TablePrinter {
	headers: readonly string[];
	/** Extra columns for `-o wide`, appended after `headers`. */
	wideHeaders: readonly string[];
	row(object: KubeObject, context: RowContext): string[];
}
