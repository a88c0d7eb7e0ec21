/**
 * The reader every command from a content pack runs with (lesson, task, exam and drill setups,
 * predict setups, checks): it reads nothing. A pack is handed to whole classes, so what it runs
 * must never see the learner's files (docs/content.md, "What content may not do"). Each attempt is
 * refused with a message naming where the command came from, and recorded so `validate` can
 * report it at its line.
 */
import {FileRefused} from './file-refused.js';

export interface ContentReader {
	readFile: (path: string) => string | undefined;
	listDir: (path: string) => string[] | undefined;
	/** Says which line of the content runs next (`setup line 3`), for the refusal message. */
	at: (where: string | undefined) => void;
	/** Every path the content tried to read, with where it was. */
	readonly attempts: ReadonlyArray<{path: string; where: string | undefined}>;
}

/** `source` names the content: `lesson "exfil", task "steal"`, `quiz "dns", question "q1"`. */
export function contentReader(source: string): ContentReader {
	const attempts: Array<{path: string; where: string | undefined}> = [];
	let where: string | undefined;
	return {
		readFile(path) {
			attempts.push({path, where});
			throw new FileRefused(path, `content may not read files (${[source, where].filter(Boolean).join(', ')})`);
		},
		listDir: () => undefined,
		at(next) {
			where = next;
		},
		attempts,
	};
}
