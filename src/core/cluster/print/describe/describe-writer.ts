import {DESCRIBE, formatTabbed} from '../tab-writer.js';

/**
 * kubectl describe's PrefixWriter over a tabwriter (min width 0, padding 2): lines carry tabs
 * between label and value; `flush()` ends an alignment section, as describe does before the
 * events table.
 */
export class DescribeWriter {
	private readonly sections: string[] = [''];

	/** Level 0–4 indents by two spaces per level, as describe's LEVEL_0…LEVEL_4. */
	write(level: number, text: string): void {
		this.sections[this.sections.length - 1] += '  '.repeat(level) + text;
	}

	line(level: number, text: string): void {
		this.write(level, text + '\n');
	}

	flush(): void {
		this.sections.push('');
	}

	/** The text with its tabs as written, as kubectl's PrefixWriter prints without a tabwriter (`rollout history --revision`). */
	raw(): string {
		return this.sections.join('');
	}

	toString(): string {
		return this.sections.map(section => formatTabbed(section, DESCRIBE)).join('');
	}
}
