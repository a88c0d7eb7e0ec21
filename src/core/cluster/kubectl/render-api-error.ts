/**
 * How kubectl prints API errors (docs/simulation.md, "API server"): Invalid errors built from their
 * causes, everything else as `Error from server (<Reason>): <message>`.
 */
import type {ApiError} from '../api/api-error.js';

/** kubectl's CheckErr for a single error. Returns the text including its final newline. */
export function renderApiError(error: ApiError): string {
	if (error.reason === 'Invalid') {
		const head = error.kind ? `The ${error.kind} "${error.name ?? ''}" is invalid` : 'The request is invalid';
		const causes = error.causes ?? [];
		if (causes.length === 0) return `${error.kind ? head : `Error from server (Invalid): ${error.message}`}\n`;
		if (causes.length === 1) return `${head}: ${causes[0]}\n`;
		return `${head}: \n${causes.map(cause => `* ${cause}`).join('\n')}\n`;
	}
	return `Error from server (${error.reason}): ${error.message}\n`;
}

/**
 * One of several errors from a file (kubectl's MultipleErrors): the server's message with the
 * source, e.g. `Error from server (Invalid): error when creating "svc.yaml": Service "web" is invalid: …`.
 */
export function renderSourcedApiError(error: ApiError, verb: string, source: string): string {
	return `Error from server (${error.reason}): error when ${verb} "${source}": ${error.message}\n`;
}

/** A single error from a file: Invalid keeps the causes layout; others name the source. */
export function renderFileApiError(error: ApiError, verb: string, source: string): string {
	if (error.reason === 'Invalid') return renderApiError(error);
	return renderSourcedApiError(error, verb, source);
}

/** A client-side (kubectl) error: `error: …`. */
export function clientError(message: string): string {
	return message.startsWith('error: ') ? `${message}\n` : `error: ${message}\n`;
}

/**
 * kubectl's CheckErr over the errors a command collected (each a line or more, newline included):
 * a lone client error gains `error: `; an API error, and several errors, print as they are.
 */
export function checkErr(lines: readonly string[]): string {
	if (lines.length === 1 && !lines[0].startsWith('Error from server')) return clientError(lines[0].replace(/\n$/, ''));
	return lines.join('');
}
