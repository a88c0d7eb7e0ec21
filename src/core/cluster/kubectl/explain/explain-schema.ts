/**
 * kubectl v1.34's plaintext explain template (k8s.io/kubectl pkg/explain/v2/templates/plaintext.tmpl)
 * over the bundled OpenAPI schemas: the DESCRIPTION of the kind or field, its FIELDS with
 * `<Type>`, `-required-` and enums, or the whole tree with `--recursive`.
 */
import {indentLines, wrapWords} from '../../print/word-wrap.js';
import {OPENAPI_SCHEMAS_JSON} from './openapi-schemas.js';

export interface Schema {
	description?: string;
	type?: string;
	items?: Schema;
	additionalProperties?: Schema;
	properties?: Record<string, Schema>;
	required?: string[];
	enum?: unknown[];
	allOf?: Schema[];
	$ref?: string;
}

export interface KindSchema {
	group: string;
	version: string;
	kind: string;
	resource: string;
	schema: string;
}

export interface SchemaBundle {
	kinds: KindSchema[];
	schemas: Record<string, Schema>;
}

/** Parsed on each explain: the bundle is large, and only this command needs it. */
export function loadSchemas(): SchemaBundle {
	return JSON.parse(OPENAPI_SCHEMAS_JSON) as SchemaBundle;
}

export type ExplainResult = {ok: true; text: string} | {ok: false; message: string};

export function explainKind(bundle: SchemaBundle, kind: KindSchema, fieldPath: readonly string[], recursive: boolean): ExplainResult {
	const resolve = (ref: string | undefined): Schema | undefined => (ref && Object.hasOwn(bundle.schemas, ref) ? bundle.schemas[ref] : undefined);
	const renderer = new Renderer(resolve, recursive);
	const body = renderer.output({$ref: kind.schema}, fieldPath, new Set());
	if (!body) return {ok: false, message: `error: field "${fieldPath[fieldPath.length - 1]}" does not exist\n`};
	const header = `${kind.group ? `GROUP:      ${kind.group}\n` : ''}KIND:       ${kind.kind}\nVERSION:    ${kind.version}\n\n`;
	return {ok: true, text: `${header}${body}\n`};
}

class Renderer {
	constructor(
		private readonly resolve: (ref: string | undefined) => Schema | undefined,
		private readonly recursive: boolean,
	) {}

	output(schema: Schema, path: readonly string[], history: ReadonlySet<string>): string {
		const ref = schema.$ref ?? '';
		const next = new Set(history).add(ref);
		const resolved = this.resolve(ref) ?? schema;
		if (path.length === 0) {
			const description = indentLines(wrapWords(this.description(resolved) || '<empty>', 76), 4);
			const fields = this.fieldList(resolved, 1, new Set());
			return `DESCRIPTION:\n${description}\n${fields ? `FIELDS:\n${fields}` : ''}`;
		}
		if (ref && history.has(ref)) return '';
		const [first, ...rest] = path;
		const property = resolved.properties && Object.hasOwn(resolved.properties, first) ? resolved.properties[first] : undefined;
		if (property) {
			const head = rest.length === 0 ? `FIELD: ${first} <${this.typeGuess(property)}>\n${this.enumText(property, true, -1, 0)}\n\n` : '';
			return head + this.output(property, rest, new Set());
		}
		if (resolved.items) return this.output(resolved.items, path, next);
		if (resolved.additionalProperties) return this.output(resolved.additionalProperties, path, next);
		for (const sub of resolved.allOf ?? []) {
			const text = this.output(sub, path, next);
			if (text) return text;
		}
		return '';
	}

	private description(schema: Schema): string {
		const resolved = this.resolve(schema.$ref) ?? schema;
		let text = resolved.description ? `${resolved.description}\n` : '';
		for (const sub of resolved.allOf ?? []) text += this.description(sub);
		if (resolved.items) text += this.description(resolved.items);
		if (resolved.additionalProperties) text += this.description(resolved.additionalProperties);
		return text;
	}

	private fieldList(schema: Schema, level: number, history: ReadonlySet<string>): string {
		const ref = schema.$ref ?? '';
		if (ref && history.has(ref)) return '';
		const next = new Set(history).add(ref);
		const resolved = this.resolve(ref) ?? schema;
		let text = '';
		for (const name of Object.keys(resolved.properties ?? {}).sort()) {
			text += this.fieldDetail(resolved, name, level);
			if (this.recursive) text += this.fieldList((resolved.properties as Record<string, Schema>)[name], level + 1, next);
		}
		for (const sub of resolved.allOf ?? []) text += this.fieldList(sub, level, next);
		if (resolved.items) text += this.fieldList(resolved.items, level, next);
		if (resolved.additionalProperties) text += this.fieldList(resolved.additionalProperties, level, next);
		return text;
	}

	private fieldDetail(parent: Schema, name: string, level: number): string {
		const indent = level * 2;
		const field = (parent.properties as Record<string, Schema>)[name];
		const required = parent.required?.includes(name) ? ' -required-' : '';
		let text = `${' '.repeat(indent)}${name}\t<${this.typeGuess(field)}>${required}${this.enumText(field, false, 4, indent)}\n`;
		if (!this.recursive) text += `${indentLines(wrapWords(field.description || '<no description>', 78 - indent), indent + 2)}\n\n`;
		return text;
	}

	private typeGuess(schema: Schema): string {
		if (schema.items) return `[]${this.typeGuess(schema.items)}`;
		if (schema.additionalProperties) return `map[string]${this.typeGuess(schema.additionalProperties)}`;
		if (schema.allOf?.length === 1 && !schema.properties) return this.typeGuess(schema.allOf[0]);
		if (schema.$ref) {
			const target = this.resolve(schema.$ref);
			if (!target || !target.type || target.type === 'object') return schema.$ref.split('/').pop()?.split('.').pop() || 'Object';
			return target.type;
		}
		return schema.type === 'object' || !schema.type ? 'Object' : schema.type;
	}

	/** `enum: A, B, C, D, ....` under a field (at most 4), or `ENUM:` with every value under a FIELD. */
	private enumText(schema: Schema, long: boolean, limit: number, indent: number): string {
		if (!schema.enum?.length) return '';
		let text = long ? 'ENUM:' : `\n${' '.repeat(indent)}enum: `;
		for (const [index, value] of schema.enum.entries()) {
			if (limit > -1 && index >= limit) {
				text += ', ....';
				break;
			}
			if (index > 0 && !long) text += ', ';
			else if (long) text += '\n    ';
			text += value === '' ? '""' : String(value);
		}
		return text;
	}
}
