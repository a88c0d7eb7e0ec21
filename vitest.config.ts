import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Ink renders only the last frame when it detects CI (docs/architecture.md, "Keys").
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20000,
		hookTimeout: 20000,
	},
});
