import {sanitise} from '../content/sanitise.js';

const MAX_NAME = 80;

/** A name as typed, made safe to print: controls removed, spaces collapsed; undefined when empty. */
export function learnerName(text: string): string | undefined {
	const name = sanitise(text).replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
	return name === '' ? undefined : name;
}
