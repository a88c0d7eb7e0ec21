import {describe, expect, test} from 'vitest';
import {parseLine} from '../../../../src/core/cluster/shell/parse-line.js';

function argvs(line: string): string[][] {
	const parsed = parseLine(line);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.pipelines.flatMap(pipeline => pipeline.stages.map(stage => stage.argv));
}

describe('shell line parsing', () => {
	test('quotes and escapes', () => {
		expect(argvs(`kubectl get svc -o jsonpath='{.items[*].metadata.name}'`)).toEqual([['kubectl', 'get', 'svc', '-o', 'jsonpath={.items[*].metadata.name}']]);
		expect(argvs(`kubectl patch svc web -p "{\\"spec\\":{\\"type\\":\\"NodePort\\"}}"`)).toEqual([['kubectl', 'patch', 'svc', 'web', '-p', '{"spec":{"type":"NodePort"}}']]);
		expect(argvs(`echo a\\ b "c d" 'e "f"'`)).toEqual([['echo', 'a b', 'c d', 'e "f"']]);
		expect(argvs(`echo ""`)).toEqual([['echo', '']]);
	});

	test('comments end the line', () => {
		expect(argvs('kubectl get svc # list services')).toEqual([['kubectl', 'get', 'svc']]);
		expect(argvs('curl http://web/#top')).toEqual([['curl', 'http://web/#top']]);
	});

	test('pipes, && and ;', () => {
		const parsed = parseLine('kubectl get pods | grep web && echo yes; echo done');
		expect(parsed.ok && parsed.pipelines.map(pipeline => [pipeline.after, pipeline.stages.map(stage => stage.argv[0])])).toEqual([
			[';', ['kubectl', 'grep']],
			['&&', ['echo']],
			[';', ['echo']],
		]);
	});

	test('here-documents', () => {
		const parsed = parseLine("cat <<'EOF' | kubectl apply -f -");
		expect(parsed.ok && parsed.heredoc).toEqual({delimiter: 'EOF', stripTabs: false});
		expect(parsed.ok && parsed.pipelines[0].stages[0].heredoc).toBe(true);
		const stripped = parseLine('kubectl apply -f - <<-END');
		expect(stripped.ok && stripped.heredoc).toEqual({delimiter: 'END', stripTabs: true});
	});

	test('redirections', () => {
		const parsed = parseLine('kubectl get svc web -o yaml > svc.yaml 2>/dev/null');
		expect(parsed.ok && parsed.pipelines[0].stages[0]).toEqual({
			argv: ['kubectl', 'get', 'svc', 'web', '-o', 'yaml'],
			redirects: [
				{fd: 1, target: 'svc.yaml', append: false},
				{fd: 2, target: '/dev/null', append: false},
			],
		});
	});

	test.each([
		[`echo 'open`, "bash: unexpected EOF while looking for matching `''"],
		[`echo "open`, 'bash: unexpected EOF while looking for matching `"\''],
		['| grep x', "bash: syntax error near unexpected token `|'"],
		['kubectl get pods |', "bash: syntax error near unexpected token `newline'"],
		['echo >', "bash: syntax error near unexpected token `newline'"],
	])('%s is a syntax error', (line, message) => {
		expect(parseLine(line)).toEqual({ok: false, message});
	});
});

describe('expansions', () => {
	const expansion = {variable: (name: string) => ({PORT: '30080', EMPTY: ''})[name] ?? '', command: (text: string) => `<${text}>\n`};
	const words = (line: string) => {
		const parsed = parseLine(line, expansion);
		if (!parsed.ok) throw new Error(parsed.message);
		return parsed.pipelines.flatMap(pipeline => pipeline.stages.map(stage => stage.argv));
	};

	test('$NAME, ${NAME} and $(command), also inside double quotes', () => {
		expect(words('curl http://172.18.0.3:$PORT/ "${PORT}x" \'$PORT\'')).toEqual([['curl', 'http://172.18.0.3:30080/', '30080x', '$PORT']]);
		expect(words('echo "$(kubectl get svc | grep web)" "$(hostname)"')).toEqual([['echo', '<kubectl get svc | grep web>', '<hostname>']]);
	});

	test('an unquoted expansion splits into words at blanks; a quoted one or an assignment stays whole', () => {
		const split = {...expansion, variable: (name: string) => ({do: '--dry-run=client -o yaml'})[name] ?? ''};
		const argv = (line: string) => {
			const parsed = parseLine(line, split);
			return parsed.ok ? parsed.pipelines[0].stages[0].argv : [];
		};
		expect(argv('kubectl create deploy web --image=nginx $do')).toEqual(['kubectl', 'create', 'deploy', 'web', '--image=nginx', '--dry-run=client', '-o', 'yaml']);
		expect(argv('echo "$do"')).toEqual(['echo', '--dry-run=client -o yaml']);
		expect(argv('X=$do')).toEqual(['X=--dry-run=client -o yaml']);
		expect(words('echo $(kubectl get svc | grep web)')).toEqual([['echo', '<kubectl', 'get', 'svc', '|', 'grep', 'web>']]);
	});

	test('an unquoted empty expansion adds no word; a quoted one does', () => {
		expect(words('echo $EMPTY x "$EMPTY"')).toEqual([['echo', 'x', '']]);
	});

	test('without an expansion the text stays as typed, and a pipe inside $( ) is not a pipe', () => {
		const parsed = parseLine('echo $(kubectl get pods | grep web)');
		expect(parsed.ok && parsed.pipelines[0].stages.map(stage => stage.argv)).toEqual([['echo', '$(kubectl get pods | grep web)']]);
	});
});
