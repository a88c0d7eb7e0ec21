import type {Writable} from 'node:stream';
import {terminalText} from '../core/content/terminal-text.js';

const raw = new WeakMap<object, Writable>();

/**
 * The stream every command writes to: the same stream, but each text passes the output gate
 * (`terminalText`, docs/architecture.md, "The output gate"), so plain mode, batch transcripts and
 * every stderr message show control bytes instead of sending them.
 */
export function gateStream<T extends Writable>(stream: T): T {
	if (raw.has(stream)) return stream;
	const gate = (chunk: unknown) => (typeof chunk === 'string' ? terminalText(chunk) : chunk instanceof Uint8Array ? terminalText(Buffer.from(chunk).toString('utf8')) : chunk);
	const write = (chunk: unknown, ...rest: unknown[]) => (stream.write as (...args: unknown[]) => boolean)(gate(chunk), ...rest);
	const end = (chunk?: unknown, ...rest: unknown[]) => (stream.end as (...args: unknown[]) => unknown)(gate(chunk), ...rest);
	const gated = new Proxy(stream, {
		get(target, property) {
			if (property === 'write') return write;
			if (property === 'end') return end;
			const value = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
	raw.set(gated, stream);
	return gated;
}

/** The stream under the gate, for Ink, which draws with control sequences of its own. */
export function ungated<T extends Writable>(stream: T): T {
	return (raw.get(stream) as T | undefined) ?? stream;
}
