/**
 * An API server error as kubectl receives it (metav1.Status). kubectl renders it; see
 * docs/simulation.md, "API server", for the layouts.
 */
export type ApiReason =
	| 'RequestEntityTooLarge' | 'Invalid' | 'NotFound' | 'AlreadyExists' | 'BadRequest' | 'Conflict' | 'Forbidden' | 'MethodNotAllowed' | 'InternalError';

export interface ApiError {
	code: number; // HTTP status: 422 Invalid, 404 NotFound, 409 AlreadyExists/Conflict, 400 BadRequest, 403 Forbidden, 500 InternalError
	reason: ApiReason;
	/** The server's message, e.g. `Service "web" is invalid: spec.ports: Required value`. */
	message: string;
	kind?: string;
	name?: string;
	/** For Invalid: each field error rendered, e.g. `spec.ports: Required value`. */
	causes?: string[];
}

export type ApiResult<T> =
	| {ok: true; value: T; warnings: string[]}
	| {ok: false; error: ApiError; warnings: string[]};
