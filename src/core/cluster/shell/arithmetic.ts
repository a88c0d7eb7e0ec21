/**
 * `$((…))`: integer arithmetic as sh evaluates it — + - * / %, comparisons, && || !, parentheses,
 * and variable names read as numbers (unset or empty is 0).
 */
export class ArithmeticError extends Error {
	constructor(
		/** bash: `bash: 1/0: division by 0 (error token is "0")` */
		readonly bash: string,
		/** BusyBox ash: `sh: divide by zero` */
		readonly ash: string,
	) {
		super(bash);
	}
}

const TOKEN = /\s*(\d+|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|&&|\|\||[-+*/%()<>!])/y;

export function evaluateArithmetic(expression: string, variable: (name: string) => string): string {
	const tokens: {text: string; at: number}[] = [];
	TOKEN.lastIndex = 0;
	let at = 0;
	while (at < expression.length) {
		if (/^\s*$/.test(expression.slice(at))) break;
		TOKEN.lastIndex = at;
		const match = TOKEN.exec(expression);
		if (!match) throw syntaxError(expression, expression.slice(at).trim());
		tokens.push({text: match[1], at: at + match[0].length - match[1].length});
		at = TOKEN.lastIndex;
	}
	let index = 0;
	const peek = () => tokens[index]?.text;
	const rest = () => (index < tokens.length ? expression.slice(tokens[index].at).trim() : '');
	const number = (name: string): number => {
		const value = variable(name).trim();
		if (value === '') return 0;
		if (!/^-?\d+$/.test(value)) throw syntaxError(expression, value);
		return Number(value);
	};
	const binary = (next: () => number, operators: readonly string[]) => (): number => {
		let left = next();
		while (operators.includes(peek() ?? '')) {
			const operator = tokens[index++].text;
			const errorToken = rest();
			const right = next();
			left = apply(operator, left, right, () => {
				throw new ArithmeticError(`${expression.trim()}: division by 0 (error token is "${errorToken}")`, 'divide by zero');
			});
		}
		return left;
	};
	const primary = (): number => {
		const token = peek();
		if (token === undefined || ')*/%<>=!&|'.includes(token[0]) && token !== '!') throw syntaxError(expression, rest());
		index++;
		if (token === '(') {
			const value = or();
			if (peek() !== ')') throw syntaxError(expression, rest());
			index++;
			return value;
		}
		if (token === '-') return -primary();
		if (token === '+') return primary();
		if (token === '!') return primary() === 0 ? 1 : 0;
		if (/^\d/.test(token)) return Number(token);
		return number(token);
	};
	const product = binary(primary, ['*', '/', '%']);
	const sum = binary(product, ['+', '-']);
	const comparison = binary(sum, ['<', '<=', '>', '>=']);
	const equality = binary(comparison, ['==', '!=']);
	const and = binary(equality, ['&&']);
	const or = binary(and, ['||']);
	if (tokens.length === 0) return '0';
	const value = or();
	if (index < tokens.length) throw syntaxError(expression, rest());
	return String(value);
}

function apply(operator: string, left: number, right: number, divideByZero: () => never): number {
	switch (operator) {
		case '*':
			return left * right;
		case '/':
			if (right === 0) divideByZero();
			return Math.trunc(left / right);
		case '%':
			if (right === 0) divideByZero();
			return left % right;
		case '+':
			return left + right;
		case '-':
			return left - right;
		case '<':
			return Number(left < right);
		case '<=':
			return Number(left <= right);
		case '>':
			return Number(left > right);
		case '>=':
			return Number(left >= right);
		case '==':
			return Number(left === right);
		case '!=':
			return Number(left !== right);
		case '&&':
			return Number(left !== 0 && right !== 0);
		default:
			return Number(left !== 0 || right !== 0);
	}
}

function syntaxError(expression: string, token: string): ArithmeticError {
	return new ArithmeticError(`${expression.trim()}: syntax error: operand expected (error token is "${token}")`, 'arithmetic syntax error');
}
