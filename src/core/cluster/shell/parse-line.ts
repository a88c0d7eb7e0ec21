/**
 * A small POSIX-shell parser for what learners type: quoting (`'…'`, `"…"`, `\`), pipes, `&&`,
 * `||`, `;`, redirections (`>`, `>>`, `<`, `2>`, `2>&1`, `&>`) and here-documents (`<<EOF`,
 * `<<'EOF'`, `<<-EOF`). With an Expansion, `$NAME`, `${NAME}`, `$?`, `$(…)` and `$((…))` expand,
 * and an unquoted expansion splits into words at blanks (IFS's default) unless it is quoted
 * (`"$do"`) or the value of an assignment (`IP=$(…)`). Loops are the command list's (command-list.ts).
 */
export interface Redirect {
	fd: 1 | 2;
	/** A file name, or `&1` for `2>&1`. */
	target: string;
	append: boolean;
}

export interface Stage {
	argv: string[];
	redirects: Redirect[];
	/** `< FILE` */
	input?: string;
	/** This stage reads the here-document. */
	heredoc?: boolean;
}

export interface Pipeline {
	stages: Stage[];
	/** How this pipeline follows the previous one. */
	after: ';' | '&&' | '||';
}

export interface HeredocSpec {
	delimiter: string;
	/** `<<-`: leading tabs are stripped from the body and the delimiter line. */
	stripTabs: boolean;
}

export type LineParse = {ok: true; pipelines: Pipeline[]; heredoc?: HeredocSpec} | {ok: false; message: string};

type Token = {type: 'word'; value: string} | {type: 'op'; value: string};

const OPERATORS = ['2>&1', '&>>', '<<-', '2>>', '&&', '||', '>>', '<<', '&>', '2>', '|', ';', '>', '<', '&'];

/** How `$NAME`, `${NAME}` and `$(command)` expand; without it they stay as typed. */
export interface Expansion {
	variable: (name: string) => string;
	command: (text: string) => string;
	/** `$((…))`; throws ArithmeticError on a bad expression. */
	arithmetic?: (text: string) => string;
}

const ASSIGNMENT_SO_FAR = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Index of the `)` closing the `$(` that starts at `open`, skipping quoted text; -1 when unclosed. */
function closingParen(line: string, open: number): number {
	let depth = 0;
	for (let j = open; j < line.length; j++) {
		const ch = line[j];
		if (ch === "'") {
			const end = line.indexOf("'", j + 1);
			if (end === -1) return -1;
			j = end;
		} else if (ch === '(') depth++;
		else if (ch === ')' && --depth === 0) return j;
	}
	return -1;
}

/** A `$…` at `i`: the text it becomes and where scanning continues, or undefined for a literal `$`. */
function dollar(line: string, i: number, expansion: Expansion | undefined): {text: string; next: number} | undefined {
	const after = line[i + 1];
	if (after === '(' && line[i + 2] === '(') {
		const close = closingParen(line, i + 1);
		if (close !== -1 && line[close - 1] === ')') {
			const raw = line.slice(i, close + 1);
			return {text: expansion?.arithmetic ? expansion.arithmetic(line.slice(i + 3, close - 1)) : raw, next: close + 1};
		}
	}
	if (after === '(') {
		const close = closingParen(line, i + 1);
		if (close === -1) return undefined;
		const raw = line.slice(i, close + 1);
		return {text: expansion ? expansion.command(line.slice(i + 2, close)).replace(/\n+$/, '') : raw, next: close + 1};
	}
	if (after === '{') {
		const close = line.indexOf('}', i);
		if (close === -1) return undefined;
		return {text: expansion ? expansion.variable(line.slice(i + 2, close)) : line.slice(i, close + 1), next: close + 1};
	}
	const name = /^([A-Za-z_][A-Za-z0-9_]*|\?)/.exec(line.slice(i + 1))?.[0];
	if (!name) return undefined;
	return {text: expansion ? expansion.variable(name) : `$${name}`, next: i + 1 + name.length};
}

export function tokenize(line: string, expansion?: Expansion): {ok: true; tokens: Token[]} | {ok: false; message: string} {
	const tokens: Token[] = [];
	let i = 0;
	let word = '';
	let inWord = false;
	const flush = () => {
		if (inWord) tokens.push({type: 'word', value: word});
		word = '';
		inWord = false;
	};
	while (i < line.length) {
		const ch = line[i];
		if (ch === ' ' || ch === '\t' || ch === '\n') {
			flush();
			i++;
			continue;
		}
		if (ch === '#' && !inWord) break;
		if (ch === "'") {
			const end = line.indexOf("'", i + 1);
			if (end === -1) return {ok: false, message: "bash: unexpected EOF while looking for matching `''"};
			word += line.slice(i + 1, end);
			inWord = true;
			i = end + 1;
			continue;
		}
		if (ch === '"') {
			let j = i + 1;
			let text = '';
			while (j < line.length && line[j] !== '"') {
				const expanded = line[j] === '$' ? dollar(line, j, expansion) : undefined;
				if (expanded) {
					text += expanded.text;
					j = expanded.next;
					continue;
				}
				if (line[j] === '\\' && j + 1 < line.length && '"\\$`\n'.includes(line[j + 1])) {
					if (line[j + 1] !== '\n') text += line[j + 1];
					j += 2;
					continue;
				}
				text += line[j];
				j++;
			}
			if (j >= line.length) return {ok: false, message: 'bash: unexpected EOF while looking for matching `"\''};
			word += text;
			inWord = true;
			i = j + 1;
			continue;
		}
		const expanded = ch === '$' ? dollar(line, i, expansion) : undefined;
		if (expanded) {
			// an unquoted expansion to nothing adds no word (`echo $UNSET x` prints "x"); blanks split it
			const fields = expansion && !ASSIGNMENT_SO_FAR.test(word) ? expanded.text.split(/[ \t\n]+/) : [expanded.text];
			fields.forEach((field, index) => {
				if (index > 0) flush();
				word += field;
				inWord = inWord || field !== '';
			});
			i = expanded.next;
			continue;
		}
		if (ch === '\\') {
			if (i + 1 < line.length && line[i + 1] !== '\n') word += line[i + 1];
			inWord = inWord || i + 1 < line.length;
			i += 2;
			continue;
		}
		// `2>` only counts at the start of a word (`echo a2>x` writes "a2" to x)
		const op = OPERATORS.find(candidate => (!inWord || candidate[0] !== '2') && line.startsWith(candidate, i));
		if (op) {
			flush();
			tokens.push({type: 'op', value: op});
			i += op.length;
			continue;
		}
		word += ch;
		inWord = true;
		i++;
	}
	flush();
	return {ok: true, tokens};
}

export function parseLine(line: string, expansion?: Expansion): LineParse {
	const lexed = tokenize(line, expansion);
	if (!lexed.ok) return lexed;
	const pipelines: Pipeline[] = [];
	let heredoc: HeredocSpec | undefined;
	let stage: Stage = {argv: [], redirects: []};
	let pipeline: Pipeline = {stages: [], after: ';'};
	const tokens = lexed.tokens;
	const syntax = (near: string) => ({ok: false as const, message: `bash: syntax error near unexpected token \`${near}'`});
	const endStage = (op: string): LineParse | undefined => {
		if (stage.argv.length === 0 && !stage.heredoc) return syntax(op);
		pipeline.stages.push(stage);
		stage = {argv: [], redirects: []};
		return undefined;
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.type === 'word') {
			stage.argv.push(token.value);
			continue;
		}
		const op = token.value;
		if (op === '|') {
			const failed = endStage(op);
			if (failed) return failed;
			continue;
		}
		if (op === '&&' || op === '||' || op === ';' || op === '&') {
			const failed = endStage(op);
			if (failed) return failed;
			pipelines.push(pipeline);
			pipeline = {stages: [], after: op === '&' ? ';' : op};
			continue;
		}
		if (op === '2>&1') {
			stage.redirects.push({fd: 2, target: '&1', append: false});
			continue;
		}
		const next = tokens[i + 1];
		if (!next || next.type !== 'word') return syntax(next ? next.value : 'newline');
		i++;
		if (op === '<<' || op === '<<-') {
			heredoc = {delimiter: next.value, stripTabs: op === '<<-'};
			stage.heredoc = true;
		} else if (op === '<') stage.input = next.value;
		else if (op === '>' || op === '>>') stage.redirects.push({fd: 1, target: next.value, append: op === '>>'});
		else if (op === '2>' || op === '2>>') stage.redirects.push({fd: 2, target: next.value, append: op === '2>>'});
		else if (op === '&>' || op === '&>>') {
			stage.redirects.push({fd: 1, target: next.value, append: op === '&>>'});
			stage.redirects.push({fd: 2, target: '&1', append: false});
		}
	}
	if (stage.argv.length > 0 || stage.heredoc || stage.redirects.length > 0) {
		if (stage.argv.length === 0 && !stage.heredoc) return syntax('newline');
		pipeline.stages.push(stage);
	} else if (pipeline.stages.length > 0 || (pipelines.length > 0 && pipeline.after !== ';')) {
		return syntax('newline');
	}
	if (pipeline.stages.length > 0) pipelines.push(pipeline);
	return {ok: true, pipelines, heredoc};
}
