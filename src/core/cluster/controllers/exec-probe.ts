/**
 * Whether an exec probe's command fails, judged from what the container's own command does
 * rather than by running it: `false` and `exit N` (N ≠ 0) fail; `test -f|-e|-s`, `cat` and `ls`
 * of a path fail unless the container's command creates it (`touch`, `mkdir -p`, `>`). Anything
 * else passes. The text is what the probe printed, as the Unhealthy event carries it.
 */
import type {Container} from 'kubernetes-types/core/v1.js';

export function execProbeFailure(container: Readonly<Container>, command: readonly string[]): string | undefined {
	const script = command.length >= 3 && /(^|\/)(ba)?sh$/.test(command[0]) && command[1] === '-c' ? command.slice(2).join(' ') : command.join(' ');
	const text = script.trim();
	if (/^(\/bin\/|\/usr\/bin\/)?false$/.test(text)) return '';
	const exit = /^exit\s+(\d+)$/.exec(text);
	if (exit && exit[1] !== '0') return '';
	const fileCheck = /^(?:test|\[)\s+-[fes]\s+(\S+)/.exec(text) ?? /^(cat|ls)\s+(\S+)/.exec(text);
	if (fileCheck) {
		const path = fileCheck[fileCheck.length - 1];
		if (containerCreates(container, path)) return undefined;
		if (fileCheck[1] === 'cat') return `cat: can't open '${path}': No such file or directory`;
		if (fileCheck[1] === 'ls') return `ls: ${path}: No such file or directory`;
		return '';
	}
	return undefined;
}

function containerCreates(container: Readonly<Container>, path: string): boolean {
	const own = [...(container.command ?? []), ...(container.args ?? [])].join(' ');
	const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(touch|mkdir -p|>>?)\\s*${escaped}(\\s|;|$|&)`).test(own);
}
