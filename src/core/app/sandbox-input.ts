/**
 * How a typed line asks for stdin: a here-document (`<<EOF`, `<<'END'`, `<<-EOF`, also before a
 * pipe) ends at its word and the line is run as typed; `kubectl apply -f -` without one reads
 * until a line `EOF` or Ctrl+D, as pasted YAML does.
 */
export function stdinRequest(line: string): {command: string; delimiter: string} | undefined {
	const heredoc = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/.exec(line);
	if (heredoc) return {command: line.trim(), delimiter: heredoc[2]};
	const words = line.trim().split(/\s+/);
	const readsStdin = words.some((word, i) => ((word === '-f' || word === '--filename') && words[i + 1] === '-') || word === '-f-' || word === '--filename=-');
	if (readsStdin && (words[0] === 'kubectl' || words[0] === 'k')) return {command: line.trim(), delimiter: 'EOF'};
	return undefined;
}

export const TRANSCRIPT_LIMIT = 2000;

/** Keeps the newest lines only, so a long session never grows without bound. */
export function bounded<T>(lines: readonly T[], limit = TRANSCRIPT_LIMIT): T[] {
	return lines.length > limit ? lines.slice(lines.length - limit) : [...lines];
}

/** Completion candidates share a prefix longer than what was typed: extend to it. */
export function commonPrefix(words: readonly string[]): string {
	if (words.length === 0) return '';
	let prefix = words[0];
	for (const word of words.slice(1)) {
		let i = 0;
		while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
		prefix = prefix.slice(0, i);
	}
	return prefix;
}
