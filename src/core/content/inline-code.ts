/**
 * Inline code in text drawn as plain lines (hints, quiz prompts and choices): content is written in
 * Markdown, where `code` marks a name or command; on a plain line the backticks would show raw.
 */
export function plainInline(text: string): string {
	return text.replace(/`([^`\n]+)`/g, '$1');
}
