/**
 * `test EXPR` and `[ EXPR ]`: the string and integer comparisons loops use (`while [ $i -lt 3 ]`),
 * and `-f`/`-e`/`-s` of a file as `read` finds it (exec probes' `test -f /tmp/ready`).
 */
import type {ShellResult} from '../kubectl/kubectl-env.js';

const INTEGER = {'-eq': (a: number, b: number) => a === b, '-ne': (a: number, b: number) => a !== b, '-lt': (a: number, b: number) => a < b, '-le': (a: number, b: number) => a <= b, '-gt': (a: number, b: number) => a > b, '-ge': (a: number, b: number) => a >= b} as const;

export function testBuiltin(name: string, args: readonly string[], shell: 'sh' | 'bash', read: (path: string) => string | undefined = () => undefined): ShellResult {
	let words = [...args];
	if (name === '[') {
		if (words[words.length - 1] !== ']') return {output: [{stream: 'stderr', text: `${shell}: [: missing ]\n`}], exitCode: 2};
		words = words.slice(0, -1);
	}
	let negate = false;
	if (words[0] === '!' && words.length > 1) {
		negate = true;
		words = words.slice(1);
	}
	const outcome = evaluate(words, shell, name, read);
	if (typeof outcome === 'string') return {output: [{stream: 'stderr', text: outcome}], exitCode: 2};
	return {output: [], exitCode: outcome !== negate ? 0 : 1};
}

function evaluate(words: readonly string[], shell: string, name: string, read: (path: string) => string | undefined): boolean | string {
	if (words.length === 0) return false;
	if (words.length === 1) return words[0] !== '';
	if (words.length === 2) {
		if (words[0] === '-z') return words[1] === '';
		if (words[0] === '-n') return words[1] !== '';
		if (words[0] === '-f' || words[0] === '-e') return read(words[1]) !== undefined;
		if (words[0] === '-s') return (read(words[1]) ?? '') !== '';
		return `${shell}: ${name}: ${words[0]}: unary operator expected\n`;
	}
	const [left, operator, right] = words;
	if (operator === '=' || operator === '==') return left === right;
	if (operator === '!=') return left !== right;
	if (operator in INTEGER) {
		for (const value of [left, right]) if (!/^\s*-?\d+\s*$/.test(value)) return `${shell}: ${name}: ${value}: integer expression expected\n`;
		return INTEGER[operator as keyof typeof INTEGER](Number(left), Number(right));
	}
	return `${shell}: ${name}: ${operator}: binary operator expected\n`;
}
