import type {ResourceType} from '../resource-types.js';
import {qualifiedResource} from '../resource-types.js';
import type {ApiError} from './api-error.js';
import {goQuote} from './go-json.js';

/** The non-Invalid errors the API server answers with (metav1.Status), worded as v1.34 words them. */

export function notFound(type: ResourceType, name: string): ApiError {
	return {code: 404, reason: 'NotFound', message: `${qualifiedResource(type)} ${goQuote(name)} not found`, kind: type.kind, name};
}

export function alreadyExists(type: ResourceType, name: string): ApiError {
	return {code: 409, reason: 'AlreadyExists', message: `${qualifiedResource(type)} ${goQuote(name)} already exists`, kind: type.kind, name};
}

export function conflict(type: ResourceType, name: string): ApiError {
	return {
		code: 409,
		reason: 'Conflict',
		message: `Operation cannot be fulfilled on ${qualifiedResource(type)} ${goQuote(name)}: the object has been modified; please apply your changes to the latest version and try again`,
		kind: type.kind,
		name,
	};
}

export function forbiddenError(type: ResourceType, name: string, why: string): ApiError {
	return {code: 403, reason: 'Forbidden', message: `${qualifiedResource(type)} ${goQuote(name)} is forbidden: ${why}`, kind: type.kind, name};
}

export function badRequest(message: string): ApiError {
	return {code: 400, reason: 'BadRequest', message};
}

export function internalError(detail: string): ApiError {
	return {code: 500, reason: 'InternalError', message: `Internal error occurred: ${detail}`};
}

/** `Service in version "v1" cannot be handled as a Service: <why>` — a manifest the decoder refused. */
export function cannotDecode(type: ResourceType, why: string): ApiError {
	return badRequest(`${type.kind} in version ${goQuote(type.version)} cannot be handled as a ${type.kind}: ${why}`);
}

/** The API server's request body limit (apiserver's MaxRequestBodyBytes, 3 MiB). */
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

/** `413 Request entity too large: limit is 3145728`, for a request body over the limit. */
export function requestTooLarge(): ApiError {
	return {code: 413, reason: 'RequestEntityTooLarge', message: `Request entity too large: limit is ${MAX_REQUEST_BYTES}`};
}
