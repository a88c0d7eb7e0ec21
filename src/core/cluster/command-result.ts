/** What a command printed, in order, and how it exited — exactly what a terminal would show. */
export interface OutputChunk {
	stream: 'stdout' | 'stderr';
	text: string;
}

export interface CommandResult {
	output: OutputChunk[];
	exitCode: number;
}

export function stdout(text: string, exitCode = 0): CommandResult {
	return {output: text ? [{stream: 'stdout', text}] : [], exitCode};
}

export function stderr(text: string, exitCode = 1): CommandResult {
	return {output: text ? [{stream: 'stderr', text}] : [], exitCode};
}

/** Both streams merged in order, as they appear on a terminal. */
export function outputText(result: CommandResult): string {
	return result.output.map(chunk => chunk.text).join('');
}
