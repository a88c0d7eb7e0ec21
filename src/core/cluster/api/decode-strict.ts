import {ownValue, setOwn} from './own-property.js';
import {goTypeName, type Scalar, type Shape, type StructShape} from './field-shape.js';

/**
 * Strict decoding as the API server does it with fieldValidation=Strict (kubectl's default):
 * a JSON type mismatch fails the whole request; otherwise every unknown field is collected.
 * Keys are visited sorted, as kubectl sends JSON with sorted keys.
 */
export type DecodeOutcome = {ok: true} | {ok: false; why: string};

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

interface Context {
	/** For unknown fields: `spec.ports[0].targetport`. */
	jsonPath: string;
	/** For type errors: `spec.ports.port` (no indices), as encoding/json reports it. */
	goPath: string;
	/** The innermost Go struct holding the field. */
	goStruct: string;
}

class TypeError_ {
	constructor(readonly message: string) {}
}

/** `open`: only the declared fields are checked; others pass (kinds stored without behaviour). */
export function decodeStrict(shape: StructShape, value: unknown, open = false): DecodeOutcome {
	const unknown: string[] = [];
	try {
		walkStruct(shape, value, {jsonPath: '', goPath: '', goStruct: shape.struct}, unknown, open);
	} catch (error) {
		if (error instanceof TypeError_) return {ok: false, why: error.message};
		throw error;
	}
	if (unknown.length > 0) return {ok: false, why: `strict decoding error: ${unknown.map(path => `unknown field "${path}"`).join(', ')}`};
	return {ok: true};
}

function jsonKind(value: unknown): string {
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'boolean') return 'bool';
	return typeof value === 'object' ? 'object' : typeof value;
}

function mismatch(value: unknown, shape: Shape, context: Context): TypeError_ {
	const kind = typeof value === 'number' && !Number.isInteger(value) ? `number ${value}` : jsonKind(value);
	if (!context.goPath) return new TypeError_(`json: cannot unmarshal ${kind} into Go value of type ${goTypeName(shape)}`);
	return new TypeError_(`json: cannot unmarshal ${kind} into Go struct field ${context.goStruct}.${context.goPath} of type ${goTypeName(shape)}`);
}

function walk(shape: Shape, value: unknown, context: Context, unknown: string[]): void {
	if (value === null || value === undefined) return;
	if (typeof shape === 'string') return checkScalar(shape, value, context);
	if ('struct' in shape) return walkStruct(shape, value, context, unknown, false);
	if ('list' in shape) {
		if (!Array.isArray(value)) throw mismatch(value, shape, context);
		value.forEach((item, index) => walk(shape.list, item, {...context, jsonPath: `${context.jsonPath}[${index}]`}, unknown));
		return;
	}
	if (typeof value !== 'object' || Array.isArray(value)) throw mismatch(value, shape, context);
	for (const key of Object.keys(value).sort()) {
		walk(shape.map, (value as Record<string, unknown>)[key], {...context, jsonPath: `${context.jsonPath}.${key}`}, unknown);
	}
}

function walkStruct(shape: StructShape, value: unknown, context: Context, unknown: string[], open: boolean): void {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw mismatch(value, shape, context);
	for (const key of Object.keys(value).sort()) {
		const jsonPath = context.jsonPath ? `${context.jsonPath}.${key}` : key;
		const field = ownValue(shape.fields, key);
		if (!field) {
			if (!open) unknown.push(jsonPath);
			continue;
		}
		const goPath = context.goPath ? `${context.goPath}.${key}` : key;
		walk(field, (value as Record<string, unknown>)[key], {jsonPath, goPath, goStruct: shape.struct}, unknown);
	}
}

function checkScalar(shape: Scalar, value: unknown, context: Context): void {
	switch (shape) {
		case 'any':
			return;
		case 'string':
		case 'time':
			if (typeof value !== 'string') throw mismatch(value, shape, context);
			return;
		case 'bool':
			if (typeof value !== 'boolean') throw mismatch(value, shape, context);
			return;
		case 'int32':
		case 'int64':
			if (typeof value !== 'number' || !Number.isInteger(value) || !fits(value, shape)) throw mismatch(value, shape, context);
			return;
		case 'intOrString':
			if (typeof value === 'string') return;
			if (typeof value !== 'number' || !Number.isInteger(value) || !fits(value, 'int32')) {
				const kind = typeof value === 'number' ? `number ${value}` : jsonKind(value);
				throw new TypeError_(`json: cannot unmarshal ${kind} into Go value of type int32`);
			}
			return;
		case 'quantity':
			if (typeof value === 'number' ? !QUANTITY.test(String(value)) : typeof value !== 'string' || !QUANTITY.test(value)) {
				throw new TypeError_(QUANTITY_ERROR);
			}
			return;
	}
}

function fits(value: number, shape: 'int32' | 'int64'): boolean {
	return shape === 'int32' ? value >= -2147483648 && value <= 2147483647 : Number.isSafeInteger(value);
}

/**
 * What Go's decoder makes of JSON nulls: a null field is the zero value (so absent from the
 * object), a null list item of a struct type is an empty struct. Call after `decodeStrict` passed.
 */
export function dropNulls(shape: Shape, value: unknown): unknown {
	if (value === null || value === undefined) return undefined;
	if (typeof shape === 'string') return value;
	if ('list' in shape) {
		if (!Array.isArray(value)) return value;
		const itemIsObject = typeof shape.list !== 'string';
		return value.map(item => dropNulls(shape.list, item) ?? (itemIsObject ? {} : item));
	}
	if (typeof value !== 'object' || Array.isArray(value)) return value;
	const out: Record<string, unknown> = {};
	for (const [key, child] of Object.entries(value)) {
		const childShape = 'struct' in shape ? (ownValue(shape.fields, key) ?? 'any') : shape.map;
		const cleaned = dropNulls(childShape, child);
		if (cleaned !== undefined) setOwn(out, key, cleaned);
	}
	return out;
}
