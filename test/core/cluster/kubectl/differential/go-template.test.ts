import {describe, expect, it} from 'vitest';
import {sandbox} from '../helpers.js';
import {REAL_KUBECTL, runReal, shellQuote} from './real-kubectl.js';

const FILES: Record<string, string> = {
	'name.tmpl': '{{.metadata.name}}{{"\\n"}}',
	'range.tmpl': '{{range .spec.template.spec.containers}}{{.name}}={{.image}}\n{{end}}',
	'bad.tmpl': '{{.metadata.name',
	'path.txt': '{.metadata.labels.app}',
};

const CREATE = ['create', 'deployment', 'web', '--image=nginx', '--image=busybox:1.37', '--replicas=2', '--dry-run=client'];

/** Templates as learners write them, printed by kubectl v1.33 over an object it built on the client. */
const TEMPLATES: string[] = [
	'{{.metadata.name}}',
	'{{.nope}}',
	'{{.metadata.nope.x}}',
	'{{.metadata}}',
	'{{.spec.template.spec.containers}}',
	'{{.spec.replicas}}',
	'{{.metadata.creationTimestamp}}',
	'{{range .spec.template.spec.containers}}{{.name}}{{"\\n"}}{{end}}',
	'{{range $i, $c := .spec.template.spec.containers}}{{$i}}:{{$c.image}} {{end}}',
	'{{range .spec.template.spec.containers}}{{if eq .name "nginx"}}{{continue}}{{end}}{{.name}}{{end}}',
	'{{range .x}}x{{else}}none{{end}}',
	'{{index .metadata.labels "app"}}',
	'{{index .spec.template.spec.containers 1 | printf "%v"}}',
	'{{(index .spec.template.spec.containers 1).image}}',
	'{{printf "%s-%d" .metadata.name .spec.replicas}}',
	'{{printf "%q %v %t %x %5s|%-5s|%05d" "a" 1.5 true 255 "ab" "cd" 42}}',
	'{{printf "%s" .spec.replicas}} {{printf "%d"}} {{printf "x" 1}}',
	'{{.spec.replicas | printf "%d" | printf "<%s>"}}',
	'{{len .spec.template.spec.containers}} {{len .metadata.name}} {{len .metadata.labels}}',
	'{{$x := .metadata.name}}{{$x}} {{$x = "other"}}{{$x}} {{$.kind}}',
	'{{if eq .spec.replicas 2}}two{{else if eq .spec.replicas 3}}three{{else}}other{{end}}',
	'{{if and .metadata (not .status.x)}}y{{end}} {{or 0 "" "z"}} {{and 1 0}} {{not 0}}',
	'{{ne .metadata.name "x"}} {{lt 1 2}} {{ge "b" "a"}} {{eq .metadata.name "a" "web"}}',
	'{{with .metadata.labels}}{{.app}}{{end}}{{with .nope}}x{{else}}-{{end}}',
	'{{- "  a  " -}}   b   {{- /* note */ -}}  c',
	'{{`raw\\n`}} {{print "a" 1 2 "b"}} {{println "x"}}',
	'{{base64decode "aGVsbG8="}} {{exists . "metadata" "name"}} {{exists . "nope"}}',
	'{{.metadata.name',
	'{{if}}',
	'{{foo}}',
	'{{end}}',
	'{{range .x}}',
	'{{$y}}',
	'{{index .metadata 3}}',
	'{{index .spec.template.spec.containers 5}}',
	'{{.metadata.name.x}}',
	'a{{eq .spec.replicas "a"}}',
	'{{len .spec.replicas}}',
	'{{range .metadata.name}}{{end}}',
];

function sandboxRun(args: readonly string[]) {
	const ran = sandbox(FILES).run(`kubectl ${args.map(shellQuote).join(' ')}`);
	return {stdout: ran.stdout, stderr: ran.stderr, exitCode: ran.exitCode};
}

describe.skipIf(!REAL_KUBECTL)(`-o go-template and jsonpath-as-json, against the real kubectl v1.33${REAL_KUBECTL ? '' : ' (real kubectl not found: skipped)'}`, () => {
	it.each(TEMPLATES)('go-template=%s', template => {
		const args = [...CREATE, '-o', `go-template=${template}`];
		expect(sandboxRun(args)).toEqual(runReal(args, FILES));
	});

	it.each([
		['-o', 'go-template-file=name.tmpl'],
		['-o', 'templatefile=range.tmpl'],
		['-o', 'go-template-file=bad.tmpl'],
		['-o', 'go-template-file=nope.tmpl'],
		['-o', 'template={{.kind}}'],
		['-o', 'go-template='],
		['-o', 'go-template'],
		['-o', 'jsonpath-file=path.txt'],
		['-o', 'jsonpath-as-json={.metadata.name}'],
		['-o', 'jsonpath-as-json={.metadata}{.spec.replicas}'],
		['-o', 'jsonpath-as-json=x{.metadata.name}y'],
		['-o', 'jsonpath-as-json={range .spec.template.spec.containers[*]}{.name}{"\\n"}{end}'],
		['-o', 'jsonpath-as-json={.nope}'],
		['-o', 'jsonpath-as-json='],
	])('%s %s', (...output) => {
		const args = [...CREATE, ...output];
		expect(sandboxRun(args)).toEqual(runReal(args, FILES));
	});
});

if (!REAL_KUBECTL) console.warn('real kubectl not found: the differential tests of -o go-template are skipped');
