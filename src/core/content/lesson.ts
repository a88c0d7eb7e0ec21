/** A lesson as the reader and the home screen see it. */
export interface Lesson {
	id: string;
	title: string;
	order: number;
	summary: string;
	/** The front matter's `tasks` value exactly as written; the lessons module gives it meaning. */
	tasks: unknown;
	/** The whole front matter, for checks that need more than the fields above. */
	frontMatter: Readonly<Record<string, unknown>>;
	/** Markdown after the front matter. */
	body: string;
	/** 1-based line in the file where the body starts, so body positions map to file positions. */
	bodyLine: number;
	file: string;
}

/** A file to load: its name as it should appear in messages, and its text. */
export interface ContentFile {
	file: string;
	text: string;
	/** Read from a pack's `exams/` folder: an exam bank file, not a quiz. */
	exam?: boolean;
}
