import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

function sources(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/**
 * Static imports and re-exports, type-only ones included (a type cycle is a layering cycle too);
 * `import('./x.js')` is left out, because a lazy chunk boundary is loaded after both modules.
 */
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?'([^']+)'/gm;

/** Relative import specifiers of one file, resolved to files (`./x.js` → `./x.ts` or `./x.tsx`). */
function importsOf(file: string, text: string, exists: (path: string) => boolean = existsSync): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(IMPORT)) {
		const specifier = match[1];
		if (!specifier.startsWith('.')) continue;
		const base = resolve(dirname(file), specifier);
		const target = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base].find(exists);
		if (target) found.push(relative(process.cwd(), target));
	}
	return found;
}

/** Every cycle's files in import order, first file repeated at the end (one per strongly connected group). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string): void => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
	return found;
}

describe('the import graph of src/', () => {
	// docs/architecture.md, "How a command becomes cluster state": each layer imports only the layers below it.
	it('has no cycle', () => {
		const graph = new Map(sources('src').map(file => [file, importsOf(file, readFileSync(file, 'utf8'))]));
		expect(cycles(graph).map(cycle => cycle.join(' → '))).toEqual([]);
	});

	it('names the files of a cycle in import order, type-only imports included', () => {
		const files: Record<string, string> = {
			'src/a.ts': "import {b} from './b.js';\nexport const a = 1;",
			'src/b.ts': "import type {C} from './c.js';\nexport {b} from './d.js';",
			'src/c.ts': "import {\n\ta,\n} from './a.js';\nconst later = await import('./d.js');",
			'src/d.ts': "export const b = 2;\nimport('./a.js');",
		};
		const exists = (path: string) => relative(process.cwd(), path) in files;
		const graph = new Map(Object.entries(files).map(([file, text]) => [file, importsOf(join(process.cwd(), file), text, exists)]));
		expect(graph.get('src/b.ts')).toEqual(['src/c.ts', 'src/d.ts']);
		expect(cycles(graph).map(cycle => cycle.join(' → '))).toEqual(['src/a.ts → src/b.ts → src/c.ts → src/a.ts']);
	});
});
