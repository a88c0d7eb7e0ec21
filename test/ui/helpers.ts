import type {render} from 'ink-testing-library';

export type Rendered = ReturnType<typeof render>;

const tick = () => new Promise<void>(resolve => setImmediate(() => setTimeout(resolve, 0)));

/** Writes keys one at a time, each after the frame changed and one more tick (docs/architecture.md, "Keys"). */
export async function press(r: Rendered, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		const before = r.lastFrame();
		r.stdin.write(key);
		for (const start = Date.now(); r.lastFrame() === before && Date.now() - start < 1000; ) await tick();
		await tick();
	}
}

export async function waitForText(r: Rendered, text: string, ms = 10_000): Promise<string> {
	for (const start = Date.now(); Date.now() - start < ms; ) {
		const frame = r.lastFrame() ?? '';
		if (frame.includes(text)) return frame;
		await tick();
	}
	throw new Error(`"${text}" did not appear; last frame:\n${r.lastFrame()}`);
}

export const KEY = {up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', pageDown: '\u001B[6~', pageUp: '\u001B[5~', tab: '\t', backspace: '\u007F', ctrlC: '\u0003'};
