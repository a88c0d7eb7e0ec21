import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {defineConfig} from 'tsup';
import {writeShippedCatalog} from './src/cli/shipped-catalog-build.js';

// Every dependency inlined and minified into dist/, so `npx kubetutor` fetches a single small
// tarball and starts without resolving hundreds of modules (docs/architecture.md, "Bundling"). Dynamic imports are
// split into their own chunks: the first frame then compiles only the CLI and Ink (about 430 KB)
// instead of the whole program with the simulator, Markdown, YAML and the progress store.
export default defineConfig({
	entry: {cli: 'src/cli.ts'},
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	bundle: true,
	noExternal: [/.*/],
	splitting: true,
	clean: true,
	minify: true,
	define: {'process.env.NODE_ENV': '"production"'},
	esbuildOptions(options) {
		// Ink imports react-devtools-core only when DEV=true; marking it external would turn the
		// inlined dynamic import into a static one that crashes when the package is absent.
		// cli-highlight and node-emoji are marked-terminal features lessons do not use; they would
		// triple the bundle and the time V8 needs to compile it at start-up.
		options.alias = {
			'react-devtools-core': './src/stubs/react-devtools-core.js',
			'cli-highlight': './src/stubs/cli-highlight.js',
			'node-emoji': './src/stubs/node-emoji.js',
		};
	},
	esbuildPlugins: [
		{
			// yoga-layout (Ink's layout engine) ships its WebAssembly as a base64 data URL and, when
			// `fetch` exists, reads it through fetch, which makes Node load its whole HTTP client
			// (undici) before the first frame: about a tenth of start-up. Decoding it directly is
			// what the same code does where fetch is missing.
			name: 'yoga-without-fetch',
			setup(build) {
				build.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, args => {
					const source = readFileSync(args.path, 'utf8');
					const patched = source.replace('return w||"function"!=typeof fetch?', 'return !0?');
					if (patched === source) return {contents: source, loader: 'js', warnings: [{text: 'yoga-layout changed: its wasm is loaded through fetch again'}]};
					return {contents: patched, loader: 'js'};
				});
			},
		},
		{
			// While a command's subsystem is still being built in a parallel branch, the bundle
			// gets a handler that says so honestly (exit 1) instead of failing the whole build.
			name: 'missing-command',
			setup(build) {
				build.onResolve({filter: /\/commands\/[a-z-]+\.js$/}, args => {
					// Only the CLI's handler table; anywhere else a missing file stays a build error.
					if (!args.importer.endsWith('src/cli/handlers.ts')) return undefined;
					const path = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
					if (existsSync(path)) return undefined;
					const name = /([a-z-]+)\.js$/.exec(args.path)?.[1] ?? 'command';
					return {path: name, namespace: 'missing-command'};
				});
				build.onLoad({filter: /.*/, namespace: 'missing-command'}, args => ({
					contents: `export default async function (context) { context.stderr.write('kubetutor: "${args.path}" is not available in this build yet.\\n'); return 1; }`,
					loader: 'js',
				}));
			},
		},
	],
	// The shipped lessons and quiz list, read by the content loader now instead of at every start
	// (src/cli/shipped-catalog.ts).
	async onSuccess() {
		const problem = writeShippedCatalog('dist');
		if (problem) console.warn(`kubetutor: no dist/catalog.json (${problem}); the app reads the content files at start-up`);
	},
	banner: {
		js: "import {createRequire as __kubetutorCreateRequire} from 'node:module';const require=__kubetutorCreateRequire(import.meta.url);",
	},
});
