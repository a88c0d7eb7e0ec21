import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

function sources(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);
/** A table built once and typed so that nothing can add to it. */
const READONLY_TYPE = /^Readonly(Set|Map)</;

/** Module-level state in one file: top-level `let`/`var`, collections that can grow, empty literals waiting to be filled, static fields. */
function moduleState(file: string, text: string): string[] {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
	const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
	const found: string[] = [];
	for (const statement of source.statements) {
		if (ts.isClassDeclaration(statement)) {
			for (const member of statement.members) {
				const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
				const isStatic = modifiers.some(m => m.kind === ts.SyntaxKind.StaticKeyword);
				const isReadonly = modifiers.some(m => m.kind === ts.SyntaxKind.ReadonlyKeyword);
				if (ts.isPropertyDeclaration(member) && isStatic && !isReadonly) found.push(`${at(member)} static field "${member.name.getText(source)}"`);
			}
			continue;
		}
		if (!ts.isVariableStatement(statement)) continue;
		const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
		for (const declaration of statement.declarationList.declarations) {
			const name = declaration.name.getText(source);
			const init = declaration.initializer;
			if (!constant) found.push(`${at(declaration)} module-level ${statement.declarationList.flags & ts.NodeFlags.Let ? 'let' : 'var'} "${name}"`);
			else if (init && ts.isNewExpression(init) && COLLECTIONS.has(init.expression.getText(source))) {
				const kind = init.expression.getText(source);
				const readonly = !kind.startsWith('Weak') && READONLY_TYPE.test(declaration.type?.getText(source) ?? '');
				if (!readonly) found.push(`${at(declaration)} module-level new ${kind} "${name}" (a cache or registry belongs to the Cluster or the caller; a constant table is typed Readonly${kind.replace('Weak', '')})`);
			} else if (init && ((ts.isArrayLiteralExpression(init) && init.elements.length === 0) || (ts.isObjectLiteralExpression(init) && init.properties.length === 0))) {
				found.push(`${at(declaration)} module-level empty ${ts.isArrayLiteralExpression(init) ? 'array' : 'object'} "${name}", filled at run time`);
			}
		}
	}
	return found;
}

describe('module-level state', () => {
	// docs/architecture.md, "Folder map": the Cluster owns all of its state, so clusters never share any.
	it('does not exist in src/core', () => {
		const offenders = sources('src/core').flatMap(file => moduleState(file, readFileSync(file, 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('is recognised in every form the scan looks for', () => {
		const text = [
			'let validator;',
			'export var count = 0;',
			'const cache = new WeakMap<object, string>();',
			'const seen = new Map<string, number>();',
			'const NAMES: ReadonlySet<string> = new Set(["a"]);',
			'const TABLE: ReadonlyMap<string, number> = new Map([["a", 1]]);',
			'const queue: string[] = [];',
			'const FROZEN = Object.freeze(["a"]);',
			'class Counter { static next = 0; static readonly FIRST = 1; private n = 0; }',
			'function f() { let local = 1; const m = new Map(); return [local, m]; }',
		].join('\n');
		expect(moduleState('x.ts', text)).toEqual([
			'x.ts:1 module-level let "validator"',
			'x.ts:2 module-level var "count"',
			'x.ts:3 module-level new WeakMap "cache" (a cache or registry belongs to the Cluster or the caller; a constant table is typed ReadonlyMap)',
			'x.ts:4 module-level new Map "seen" (a cache or registry belongs to the Cluster or the caller; a constant table is typed ReadonlyMap)',
			'x.ts:7 module-level empty array "queue", filled at run time',
			'x.ts:9 static field "next"',
		]);
	});
});
