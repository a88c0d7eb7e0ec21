/** A drill's outcome into progress, for the review (a failed fault kind comes back). */
import type {CommandContext} from './command.js';
import type {DrillOutcome} from '../core/drills/drill-session.js';
import {drillRecordId, recordDrill} from '../core/progress/drill-progress.js';

export async function saveOutcome(context: Pick<CommandContext, 'env' | 'stderr'>, outcome: DrillOutcome): Promise<void> {
	const {loadProgressStore} = await import('../cli/progress-access.js');
	const store = await loadProgressStore(context.env);
	if (!store) return;
	for (const warning of store.warnings) context.stderr.write(`warning: ${warning}\n`);
	const at = new Date().toISOString();
	try {
		store.update(progress => recordDrill(progress, {id: drillRecordId(at, outcome.seed, outcome.level), at, ...outcome}));
	} catch {
		context.stderr.write('kubetutor drill: the outcome was not saved in progress\n');
	}
}
