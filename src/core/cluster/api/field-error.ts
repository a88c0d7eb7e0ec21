import type {ApiError} from './api-error.js';
import {goJson, goQuote} from './go-json.js';

/**
 * One field-level validation error (apimachinery's field.Error). Rendered as
 * `<field>: <Type>` or `<field>: <Type>: <value>: <detail>` (docs/simulation.md, "API server").
 */
export type FieldErrorType = 'Required value' | 'Invalid value' | 'Unsupported value' | 'Forbidden' | 'Duplicate value' | 'Not found' | 'Too long';

export interface FieldError {
	type: FieldErrorType;
	field: string;
	/** Absent for Required and Forbidden, which never print a value. */
	value?: {v: unknown};
	detail: string;
}

export const required = (field: string, detail = ''): FieldError => ({type: 'Required value', field, detail});
export const forbidden = (field: string, detail: string): FieldError => ({type: 'Forbidden', field, detail});
export const invalid = (field: string, value: unknown, detail: string): FieldError => ({type: 'Invalid value', field, value: {v: value}, detail});
export const notFoundValue = (field: string, value: unknown): FieldError => ({type: 'Not found', field, value: {v: value}, detail: ''});
export const duplicate = (field: string, value: unknown): FieldError => ({type: 'Duplicate value', field, value: {v: value}, detail: ''});

/** Unsupported value; the supported list is printed sorted and quoted. */
export function notSupported(field: string, value: unknown, supported: readonly string[]): FieldError {
	const list = [...supported].sort().map(goQuote).join(', ');
	return {type: 'Unsupported value', field, value: {v: value}, detail: list ? `supported values: ${list}` : ''};
}

/** apimachinery v1.34 value printing: numbers and booleans bare, strings quoted, the rest JSON. */
export function renderValue(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return goQuote(value);
	if (value instanceof OrderedStruct) return goJson(value.fields, false);
	return goJson(value);
}

/** A Go struct value: printed with its fields in declaration order rather than sorted. */
export class OrderedStruct {
	constructor(readonly fields: Record<string, unknown>) {}
}

export function renderFieldError(error: FieldError): string {
	let body: string = error.type;
	if (error.value && error.type !== 'Required value' && error.type !== 'Forbidden') {
		body += `: ${renderValue(error.value.v)}`;
	}
	if (error.detail) body += `: ${error.detail}`;
	return `${error.field}: ${body}`;
}

/** Prefixes every error's field with a parent path (`spec` + `.ports[0]`). */
export function under(prefix: string, errors: FieldError[]): FieldError[] {
	return errors.map(error => ({...error, field: prefix ? `${prefix}.${error.field}` : error.field}));
}

/**
 * `<Kind>[.<group>] "<name>" is invalid: <cause>` or `… is invalid: [<c1>, <c2>]`; identical
 * causes are reported once, as the API server's error aggregate does.
 */
export function invalidError(kind: string, group: string, name: string, errors: FieldError[]): ApiError {
	const causes = [...new Set(errors.map(renderFieldError))];
	const qualified = group ? `${kind}.${group}` : kind;
	const list = causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`;
	return {code: 422, reason: 'Invalid', message: `${qualified} ${goQuote(name)} is invalid: ${list}`, kind, name, causes};
}
