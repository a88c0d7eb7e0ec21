// Stand-in for node-emoji, aliased at bundle time (see tsup.config.ts): lessons render with
// marked-terminal's `emoji: false`, so its 200 KB emoji table is never consulted.
export function get() {
	return undefined;
}
