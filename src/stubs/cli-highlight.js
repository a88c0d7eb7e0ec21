// Stand-in for cli-highlight, aliased at bundle time (see tsup.config.ts): marked-terminal would
// pull in highlight.js and parse5 (1.2 MB, most of the bundle's parse time at start-up) only to
// colour code blocks. Lessons show their code indented and uncoloured instead.
export function highlight(code) {
	return code;
}
