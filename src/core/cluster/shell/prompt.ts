/** The prompt names the vantage point, so the learner always knows where a command runs. */
import type {Vantage} from '../vantage.js';

export function promptFor(vantage: Vantage): string {
	if (vantage.kind === 'laptop') return 'you@laptop:~$ ';
	if (vantage.kind === 'node') return `root@${vantage.node}:/# `;
	return `root@${vantage.pod}:/# `;
}
