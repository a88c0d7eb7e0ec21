/** One problem found in a content file, reported as `file:line:col message`. */
export interface ContentProblem {
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based. */
	col: number;
	message: string;
}

export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}:${problem.line}:${problem.col} ${problem.message}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
	return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}
