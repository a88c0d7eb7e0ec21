import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';

// The loader compiles schemas without checking them against the meta-schema (it would cost more
// than the compile, on every start), so every shipped schema is checked here instead.
const Ajv2020 = ((Ajv2020Module as unknown as {default?: unknown}).default ?? Ajv2020Module) as unknown as new (options: object) => {validateSchema(schema: object): boolean; errors?: unknown};
const dir = join(import.meta.dirname, '..', '..', 'schemas');

describe('the shipped JSON Schemas', () => {
	for (const file of readdirSync(dir).filter(name => name.endsWith('.json'))) {
		it(`${file} is a valid JSON Schema 2020-12 document`, () => {
			const ajv = new Ajv2020({strict: false});
			const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as object;
			expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
		});
	}
});
