import {describe, expect, test} from 'vitest';
import {parseManifests} from '../../../../src/core/cluster/kubectl/manifest.js';

const names = (text: string) => parseManifests(text, 'x.yaml').objects.map(item => `${item.object.kind}/${item.object.metadata.name}`);

describe('manifest decoding', () => {
	test('several documents, empty ones skipped', () => {
		const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n---\n# only a comment\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n';
		expect(names(text)).toEqual(['Service/a', 'Service/b']);
	});

	test('a comment-only header before the first separator', () => {
		expect(names('# Copyright\n# more\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n')).toEqual(['ServiceAccount/sa']);
	});

	test('documents ending with the ... marker', () => {
		expect(names('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: hello\n...\n')).toEqual(['Service/hello']);
	});

	test('JSON and flow-style (KYAML) manifests', () => {
		expect(names('{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "j"}}')).toEqual(['Service/j']);
		expect(names('{\n  apiVersion: "v1",\n  kind: "Service",\n  metadata: {\n    name: "k",\n  },\n}\n')).toEqual(['Service/k']);
	});

	test('a List is expanded into its items', () => {
		const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: a\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: dev\n';
		expect(names(text)).toEqual(['Service/a', 'Namespace/dev']);
	});

	test('YAML syntax errors use go-yaml wording and the document line', () => {
		const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    name: a: b\n';
		expect(parseManifests(text, 'svc.yaml').fatal).toBe('error parsing svc.yaml: error converting YAML to JSON: yaml: line 8: mapping values are not allowed in this context');
	});

	test('line numbers count from the start of the broken document', () => {
		const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels\n    app: web\n';
		const parsed = parseManifests(text, 'svc.yaml');
		expect(parsed.objects.map(item => item.object.metadata.name)).toEqual(['dev']);
		expect(parsed.fatal).toBe("error parsing svc.yaml: error converting YAML to JSON: yaml: line 6: could not find expected ':'");
	});

	test('tabs for indentation', () => {
		expect(parseManifests('metadata:\n\tname: web\n', 'svc.yaml').fatal).toBe('error parsing svc.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token');
	});

	test('duplicate keys', () => {
		expect(parseManifests('apiVersion: v1\nkind: Service\nkind: Pod\n', 'svc.yaml').fatal).toBe(
			'error parsing svc.yaml: error converting YAML to JSON: yaml: unmarshal errors:\n  line 3: key "kind" already set in map',
		);
	});

	test('a document without kind is reported and skipped', () => {
		const parsed = parseManifests('apiVersion: v1\nmetadata:\n  name: web\n', 'svc.yaml');
		expect(parsed.objects).toEqual([]);
		expect(parsed.errors).toEqual([`unable to decode "svc.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"web"}}'`]);
	});

	test('a scalar document is not an object', () => {
		expect(parseManifests('hello\n', 'x.yaml').fatal).toBe('error parsing x.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}');
	});

	test('garbage after a separator', () => {
		expect(parseManifests('--- !!map\n', 'x.yaml').fatal).toBe('error parsing x.yaml: invalid Yaml document separator: !!map');
	});
});

describe('the usual indentation mistakes', () => {
	const fatal = (text: string) => parseManifests(text, 'svc.yaml').fatal?.replace('error parsing svc.yaml: error converting YAML to JSON: ', '');
	const head = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n';

	test('a key indented deeper than its sibling', () => {
		expect(fatal(`${head}  - port: 80\n     targetPort: 8080\n`)).toBe('yaml: line 10: mapping values are not allowed in this context');
	});

	test('a key indented less than its sibling in a list item', () => {
		expect(fatal(`${head}  - port: 80\n   targetPort: 8080\n`)).toBe("yaml: line 9: did not find expected '-' indicator");
	});

	test('a top-level key indented by one space', () => {
		expect(fatal('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n spec:\n  ports: []\n')).toBe('yaml: line 4: did not find expected key');
	});

	test('a key without its colon', () => {
		expect(fatal('apiVersion: v1\nkind Service\nmetadata:\n  name: web\n')).toBe("yaml: line 3: could not find expected ':'");
	});

	test('an unclosed quote', () => {
		expect(fatal('apiVersion: v1\nkind: Service\nmetadata:\n  name: "web\n')).toBe('yaml: line 5: found unexpected end of stream');
	});
});
