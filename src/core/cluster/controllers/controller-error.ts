/** A controller that threw while settling, named as the learner will see it. */
export interface ControllerFailure {
	/** The controller's name, as kube-controller-manager names its controllers (`endpointslice`). */
	controller: string;
	message: string;
}

/**
 * What `settle` throws after settling everything else when controllers failed. The shell prints
 * each failure as one line (`kubetutor: controller "endpointslice" failed: …`), never a stack trace.
 */
export class ControllerError extends Error {
	constructor(readonly failures: readonly ControllerFailure[]) {
		super(failures.map(failure => `controller "${failure.controller}" failed: ${firstLine(failure.message)}`).join('\n'));
		this.name = 'ControllerError';
	}

	/** One line per distinct failure, as the shell prints them. */
	lines(): string[] {
		return [...new Set(this.message.split('\n'))].map(line => `kubetutor: ${line}`);
	}
}

function firstLine(text: string): string {
	return text.split('\n')[0];
}
