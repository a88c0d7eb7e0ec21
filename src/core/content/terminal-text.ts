// The one gate for text on its way to the terminal (docs/architecture.md, "The output gate").
// Content is stripped of control sequences when it is parsed (sanitise.ts); what the learner
// stores and prints (a ConfigMap value holding `ESC ] 52 ; c ; … ESC \`, a file name) is shown
// instead, as kubectl's own printers show it (cli-runtime printers/terminal.go: ESC as `^[`, CR
// as `\r`), so every byte stays visible and no sequence is ever live. Character by character,
// so a sequence split over two writes is caught as well: ESC is `^[`, other C0 controls but tab
// and newline and DEL are caret notation (`^G`, `^?`), C1 controls (U+0080–U+009F, sent as
// UTF-8 or not) are `cat -v`'s `M-^]`, a lone CR is `\r`; CRLF becomes a newline.
const CONTROL = /\r\n|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** `text` with every terminal control character made visible; tab and newline are kept. */
export function terminalText(text: string): string {
	return text.replace(CONTROL, visible);
}

function visible(control: string): string {
	if (control === '\r\n') return '\n';
	if (control === '\r') return '\\r';
	const code = control.charCodeAt(0);
	if (code === 0x7f) return '^?';
	if (code >= 0x80) return `M-^${String.fromCharCode(code - 0x80 + 0x40)}`;
	return `^${String.fromCharCode(code + 0x40)}`;
}
