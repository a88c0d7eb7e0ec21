/** Colour tokens. Colour only decorates: every state also has a symbol or a word. */
export const theme = {
	title: 'cyan',
	accent: 'cyan',
	done: 'green',
	todo: 'yellow',
	error: 'red',
	muted: 'gray',
	command: 'white',
} as const;
