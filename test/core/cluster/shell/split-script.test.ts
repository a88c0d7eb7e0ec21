import {describe, expect, test} from 'vitest';
import {splitScript} from '../../../../src/core/cluster/shell/split-script.js';

describe('splitting a script into commands', () => {
	test('blank lines and comments are skipped', () => {
		expect(splitScript('\n# setup\nkubectl get svc\n\n   # indented comment\necho hi\n').map(command => command.line)).toEqual(['kubectl get svc', 'echo hi']);
	});

	test('a trailing backslash joins lines; the first line is kept for the transcript', () => {
		const [command] = splitScript('kubectl create deployment web \\\n  --image=nginx \\\n  --replicas=2\n');
		expect(command.firstLine).toBe('kubectl create deployment web \\');
		expect(command.line).toBe('kubectl create deployment web   --image=nginx   --replicas=2');
	});

	test('here-documents with any delimiter, quoted or not', () => {
		const commands = splitScript("kubectl apply -f - <<YAML\napiVersion: v1\n# not a comment here\n\nkind: Namespace\nYAML\ncat <<'END'\nx\nEND\necho after\n");
		expect(commands.map(command => [command.line, command.stdin])).toEqual([
			['kubectl apply -f - <<YAML', 'apiVersion: v1\n# not a comment here\n\nkind: Namespace\n'],
			["cat <<'END'", 'x\n'],
			['echo after', undefined],
		]);
	});

	test('<<- strips leading tabs', () => {
		const [command] = splitScript('cat <<-EOF\n\tindented\n\tEOF\n');
		expect(command.stdin).toBe('indented\n');
	});

	test('an unterminated here-document runs to the end with bash\'s warning', () => {
		const [command] = splitScript('cat <<EOF\nline\n');
		expect(command.stdin).toBe('line\n');
		expect(command.warning).toBe("bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n");
	});

	test('Windows line endings', () => {
		expect(splitScript('echo a\r\necho b\r\n').map(command => command.line)).toEqual(['echo a', 'echo b']);
	});
});
