import {describe, expect, it} from 'vitest';
import {createObject} from '../../../../src/core/cluster/api/api-server.js';
import {errorOf, manifest, newCluster} from './api-test-helpers.js';

/** Unknown fields and wrong JSON types are refused before anything else (§3.1 BadRequest). */

function decodeError(yaml: string): {message: string; reason: string; code: number} {
	const result = createObject(newCluster(), manifest(yaml));
	errorOf(result);
	if (result.ok) throw new Error('unreachable');
	return result.error;
}

describe('strict decoding', () => {
	it('names an unknown field with its full path', () => {
		const error = decodeError('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n  - port: 80\n    targetport: 8080');
		expect(error).toMatchObject({code: 400, reason: 'BadRequest'});
		expect(error.message).toBe('Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"');
	});

	it('joins several unknown fields with commas', () => {
		const error = decodeError('apiVersion: v1\nkind: Service\nmetadata: {name: web, lables: {a: b}}\nspec:\n  selecter: {app: web}\n  ports: [{port: 80}]');
		expect(error.message).toBe(
			'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "metadata.lables", unknown field "spec.selecter"',
		);
	});

	it('finds typos deep inside a Deployment pod template', () => {
		const error = decodeError(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        ports: [{containerport: 80}]
`);
		expect(error.message).toBe(
			'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].ports[0].containerport"',
		);
	});

	it('reports a string where a number belongs as the Go decoder does', () => {
		const error = decodeError(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: "3"
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
`);
		expect(error.message).toBe(
			'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
		);
	});

	it('reports an unquoted number in an env value or label', () => {
		const env = decodeError('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    env: [{name: PORT, value: 8080}]');
		expect(env.message).toBe(
			'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string',
		);
		const label = decodeError('apiVersion: v1\nkind: Service\nmetadata: {name: web, labels: {version: 1}}\nspec: {ports: [{port: 80}]}');
		expect(label.message).toBe(
			'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
		);
	});

	it('reports a map where a list belongs', () => {
		const error = decodeError('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: {port: 80}');
		expect(error.message).toBe(
			'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal object into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
		);
	});

	it('refuses malformed resource quantities', () => {
		const error = decodeError('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    resources: {limits: {cpu: lots}}');
		expect(error.message).toBe(
			"Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
		);
	});

	it('accepts any fields on kinds without simulated behaviour, but still checks their metadata', () => {
		const cluster = newCluster();
		expect(createObject(cluster, manifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\nanything: [1, 2]')).ok).toBe(true);
		expect(errorOf(createObject(cluster, manifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, labls: {}}')))).toBe(
			'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "metadata.labls"',
		);
	});
});
