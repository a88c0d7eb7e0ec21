import {defineConfig} from 'tsup';

// One minified ESM file with every dependency inlined, so `npx kubetutor` fetches a single
// small tarball and starts without resolving hundreds of modules (ink-notes B6).
export default defineConfig({
	entry: {cli: 'src/cli.ts'},
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	bundle: true,
	noExternal: [/.*/],
	splitting: false,
	clean: true,
	minify: true,
	define: {'process.env.NODE_ENV': '"production"'},
	esbuildOptions(options) {
		// Ink imports react-devtools-core only when DEV=true; marking it external would turn the
		// inlined dynamic import into a static one that crashes when the package is absent.
		options.alias = {'react-devtools-core': './src/stubs/react-devtools-core.js'};
	},
	banner: {
		js: "import {createRequire as __kubetutorCreateRequire} from 'node:module';const require=__kubetutorCreateRequire(import.meta.url);",
	},
});
