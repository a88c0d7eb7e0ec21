import Ajv2020Module from 'ajv/dist/2020.js';
import type {ErrorObject, ValidateFunction} from 'ajv';
import type {PathKey} from './yaml-position.js';

/**
 * A JSON Schema compiled for checking content; a loader compiles each schema once per load.
 * `references` are schemas it points into by `$id` (the exam schema reuses the lesson schema's checks).
 */
export function compileSchema(schema: object, references: readonly object[] = []): ValidateFunction {
	// ajv ships CommonJS; under ESM interop the class is either the default or its `.default`.
	const Ajv2020 = ((Ajv2020Module as unknown as {default?: unknown}).default ?? Ajv2020Module) as unknown as new (options: object) => {compile(schema: object): ValidateFunction; addSchema(schema: object): unknown};
	// Checking a schema against JSON Schema's meta-schema costs more than compiling the schema
	// itself, on every start: our schemas are checked once, in test/content/schemas.test.ts.
	const ajv = new Ajv2020({allErrors: true, strict: false, validateSchema: false});
	for (const reference of references) ajv.addSchema(reference);
	return ajv.compile(schema);
}

export interface SchemaProblem {
	/** Where in the document: the value, or the key of an unknown field (`key`). */
	path: PathKey[];
	key: boolean;
	message: string;
}

/** How a schema's problems are worded: the document's name, a prefix for paths inside it, and
 * words for keywords whose ajv message says little in this schema (`contains`, `anyOf`, `not`). */
export interface Wording {
	root: string;
	inside?: string;
	keywords?: Partial<Record<string, string>>;
}

/**
 * What a schema finds wrong with `data`, one problem per place and meaning, in words an author
 * reads: `questions.0: unknown field "hint"`.
 */
export function schemaProblems(validate: ValidateFunction, data: unknown, words: Wording): SchemaProblem[] {
	if (validate(data)) return [];
	return relevantErrors(validate.errors ?? [], words).map(error => ({...errorPath(error), message: schemaMessage(error, words)}));
}

// `if/then` failures repeat every inner error; the inner ones say what is wrong.
function relevantErrors(errors: ErrorObject[], words: Wording): ErrorObject[] {
	const kept = errors.filter(error => error.keyword !== 'if' && !error.schemaPath.includes('/contains/') && !(error.keyword === 'anyOf' && errors.some(other => other !== error && other.instancePath === error.instancePath)));
	const unique = new Map<string, ErrorObject>();
	for (const error of kept) unique.set(`${error.instancePath}|${schemaMessage(error, words)}`, error);
	return [...unique.values()];
}

function errorPath(error: ErrorObject): {path: PathKey[]; key: boolean} {
	const path: PathKey[] = error.instancePath
		.split('/')
		.slice(1)
		.map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map(part => (/^\d+$/.test(part) ? Number(part) : part));
	const params = error.params as {additionalProperty?: string; unevaluatedProperty?: string};
	const extra = params.additionalProperty ?? params.unevaluatedProperty;
	return extra ? {path: [...path, extra], key: true} : {path, key: false};
}

function schemaMessage(error: ErrorObject, words: Wording): string {
	const where = error.instancePath === '' ? words.root : `${words.inside ?? ''}${error.instancePath.slice(1).replace(/\//g, '.')}`;
	const params = error.params as Record<string, unknown>;
	const own = words.keywords?.[error.keyword];
	if (own) return `${where}: ${own}`;
	switch (error.keyword) {
		case 'required':
			return `${where}: missing required field "${String(params.missingProperty)}"`;
		case 'additionalProperties':
			return `${where}: unknown field "${String(params.additionalProperty)}"`;
		case 'unevaluatedProperties':
			return `${where}: unknown field "${String(params.unevaluatedProperty)}"`;
		case 'enum':
			return `${where}: must be one of ${(params.allowedValues as unknown[]).map(value => JSON.stringify(value)).join(', ')}`;
		case 'const':
			return `${where}: must be ${JSON.stringify(params.allowedValue)}`;
		default:
			return `${where}: ${error.message ?? 'is invalid'}`;
	}
}
