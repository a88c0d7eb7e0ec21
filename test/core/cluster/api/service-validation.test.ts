import {describe, expect, it} from 'vitest';
import {applyObject, createObject} from '../../../../src/core/cluster/api/api-server.js';
import {errorOf, newCluster, service, valueOf} from './api-test-helpers.js';

/** Every Service validation rule the API server applies (docs/simulation.md, "API server"), with the exact text after `The Service "web" is invalid: `. */

const invalid = (cause: string, name = 'web') => `Service "${name}" is invalid: ${cause}`;

function rejectWith(spec: string, cause: string, name = 'web'): void {
	const cluster = newCluster();
	expect(errorOf(createObject(cluster, service(spec, name)))).toBe(invalid(cause, name));
}

const DNS1035 =
	"a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('Service validation (§3.3)', () => {
	it('rejects names that are not DNS-1035 labels', () => {
		rejectWith('ports: [{port: 80}]', `metadata.name: Invalid value: "1web": ${DNS1035}`, '1web');
		rejectWith('ports: [{port: 80}]', `metadata.name: Invalid value: "Web": ${DNS1035}`, 'Web');
	});

	it('requires ports unless headless or ExternalName', () => {
		rejectWith('selector: {app: web}', 'spec.ports: Required value');
		const cluster = newCluster();
		expect(createObject(cluster, service('clusterIP: None\nselector: {app: web}')).ok).toBe(true);
	});

	it('requires a name on every port of a multi-port Service, one line per unnamed port', () => {
		rejectWith('ports: [{port: 80}, {port: 443}]', '[spec.ports[0].name: Required value, spec.ports[1].name: Required value]');
		rejectWith('ports: [{port: 80, name: http}, {port: 443}]', 'spec.ports[1].name: Required value');
	});

	it('rejects port names that are not RFC 1123 labels', () => {
		rejectWith(
			'ports: [{port: 80, name: HTTP}]',
			`spec.ports[0].name: Invalid value: "HTTP": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
		);
	});

	it('rejects duplicate port names', () => {
		rejectWith('ports: [{port: 80, name: http}, {port: 81, name: http}]', 'spec.ports[1].name: Duplicate value: "http"');
	});

	it('rejects the same protocol and port twice, printing the port as JSON', () => {
		const cluster = newCluster();
		const message = errorOf(createObject(cluster, service('ports: [{port: 80, name: a}, {port: 80, name: b, targetPort: 8080}]')));
		expect(message.startsWith(invalid('spec.ports[1]: Duplicate value: {'))).toBe(true);
		expect(message).toContain('"Protocol":"TCP"');
		expect(message).toContain('"Port":80');
	});

	it('rejects port numbers out of range; a missing port fails targetPort too', () => {
		rejectWith('ports: [{port: 70000, targetPort: 80}]', 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive');
		rejectWith(
			'ports: [{port: 0}]',
			'[spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive, spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive]',
		);
		rejectWith(
			'ports: [{name: http}]',
			'[spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive, spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive]',
		);
	});

	it('rejects numeric targetPorts out of range', () => {
		rejectWith('ports: [{port: 80, targetPort: 70000}]', 'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive');
	});

	it('checks named targetPorts, and a quoted number is a name', () => {
		rejectWith('ports: [{port: 80, targetPort: "8080"}]', 'spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)');
		rejectWith('ports: [{port: 80, targetPort: very-long-port-name}]', 'spec.ports[0].targetPort: Invalid value: "very-long-port-name": must be no more than 15 characters');
		rejectWith(
			'ports: [{port: 80, targetPort: my_port}]',
			'spec.ports[0].targetPort: Invalid value: "my_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
		);
		rejectWith('ports: [{port: 80, targetPort: my--port}]', 'spec.ports[0].targetPort: Invalid value: "my--port": must not contain consecutive hyphens');
		rejectWith('ports: [{port: 80, targetPort: -web}]', 'spec.ports[0].targetPort: Invalid value: "-web": must not begin or end with a hyphen');
	});

	it('rejects unknown protocols', () => {
		rejectWith('ports: [{port: 80, protocol: HTTP}]', 'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"');
	});

	it('rejects unknown types', () => {
		rejectWith(
			'type: Nodeport\nports: [{port: 80}]',
			'spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
		);
	});

	it('forbids nodePort on a ClusterIP Service', () => {
		rejectWith('ports: [{port: 80, nodePort: 30080}]', "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'");
	});

	it('rejects nodePorts outside 30000-32767', () => {
		rejectWith(
			'type: NodePort\nports: [{port: 80, nodePort: 80}]',
			'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
		);
	});

	it('rejects a nodePort used by any Service in any namespace, or twice in one Service', () => {
		const cluster = newCluster('other');
		valueOf(createObject(cluster, {...service('type: NodePort\nports: [{port: 80, nodePort: 30080}]', 'first'), metadata: {name: 'first', namespace: 'other'}}));
		const taken = 'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated';
		expect(errorOf(createObject(cluster, service('type: NodePort\nports: [{port: 80, nodePort: 30080}]')))).toBe(invalid(taken));
		expect(errorOf(createObject(cluster, service('type: NodePort\nports: [{port: 80, nodePort: 30081, name: a}, {port: 81, nodePort: 30081, name: b}]')))).toBe(
			invalid('spec.ports[1].nodePort: Invalid value: 30081: provided port is already allocated'),
		);
	});

	it('counts healthCheckNodePorts in the same pool', () => {
		const cluster = newCluster();
		const lb = valueOf(createObject(cluster, service('type: LoadBalancer\nexternalTrafficPolicy: Local\nports: [{port: 80}]', 'lb')));
		const healthCheck = (lb.spec as {healthCheckNodePort: number}).healthCheckNodePort;
		expect(errorOf(createObject(cluster, service(`type: NodePort\nports: [{port: 80, nodePort: ${healthCheck}}]`)))).toBe(
			invalid(`spec.ports[0].nodePort: Invalid value: ${healthCheck}: provided port is already allocated`),
		);
	});

	it('rejects a clusterIP that is not an IP', () => {
		rejectWith('clusterIP: 10.96.1\nports: [{port: 80}]', 'spec.clusterIPs[0]: Invalid value: "10.96.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)');
	});

	it('rejects a clusterIP outside the service CIDR (v1.33+ wording)', () => {
		rejectWith(
			'clusterIP: 10.0.0.5\nports: [{port: 80}]',
			'spec.clusterIPs: Invalid value: ["10.0.0.5"]: failed to allocate IP 10.0.0.5: the provided network does not match the current range',
		);
	});

	it('rejects a clusterIP already in use', () => {
		const cluster = newCluster();
		if (!cluster.store.view('Service').some(s => (s.spec as {clusterIP?: string}).clusterIP === '10.96.0.10')) {
			valueOf(createObject(cluster, service('clusterIP: 10.96.0.10\nports: [{port: 53}]', 'dns')));
		}
		expect(errorOf(createObject(cluster, service('clusterIP: 10.96.0.10\nports: [{port: 80}]')))).toBe(
			invalid('spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated'),
		);
	});

	it('refuses to change the clusterIP of an existing Service', () => {
		const cluster = newCluster();
		valueOf(applyObject(cluster, service('ports: [{port: 80}]\nselector: {app: web}')));
		expect(errorOf(applyObject(cluster, service('clusterIP: 10.96.200.200\nports: [{port: 80}]\nselector: {app: web}')))).toBe(
			invalid('spec.clusterIPs[0]: Invalid value: ["10.96.200.200"]: may not change once set'),
		);
	});

	it("refuses clusterIP None for NodePort and LoadBalancer", () => {
		rejectWith('type: NodePort\nclusterIP: None\nselector: {app: web}\nports: [{port: 80}]', `spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for NodePort services`);
		rejectWith(
			'type: LoadBalancer\nclusterIP: None\nselector: {app: web}\nports: [{port: 80}]',
			`spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for LoadBalancer services`,
		);
	});

	it('requires externalName on ExternalName Services', () => {
		rejectWith('type: ExternalName', 'spec.externalName: Required value');
	});

	it('checks externalName is a DNS subdomain, allowing a trailing dot and IP-looking names', () => {
		rejectWith(
			'type: ExternalName\nexternalName: My DB.com',
			`spec.externalName: Invalid value: "My DB.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
		);
		const cluster = newCluster();
		expect(createObject(cluster, service('type: ExternalName\nexternalName: db.example.com.', 'db')).ok).toBe(true);
		expect(createObject(cluster, service('type: ExternalName\nexternalName: 10.0.0.1', 'ip')).ok).toBe(true);
	});

	it('forbids cluster IP and family fields on ExternalName Services', () => {
		rejectWith('type: ExternalName\nexternalName: db.example.com\nclusterIP: 10.96.5.5', 'spec.clusterIPs: Forbidden: may not be set for ExternalName services');
		rejectWith('type: ExternalName\nexternalName: db.example.com\nipFamilies: [IPv4]', 'spec.ipFamilies: Forbidden: may not be set for ExternalName services');
		rejectWith('type: ExternalName\nexternalName: db.example.com\nipFamilyPolicy: SingleStack', 'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services');
	});

	it('rejects unknown session affinities', () => {
		rejectWith('sessionAffinity: Sticky\nports: [{port: 80}]', 'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"');
	});

	it('rejects ClientIP timeouts of 0 or above 86400', () => {
		rejectWith(
			'sessionAffinity: ClientIP\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 90000}}\nports: [{port: 80}]',
			'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 90000: must be greater than 0 and less than 86400',
		);
		rejectWith(
			'sessionAffinity: ClientIP\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}\nports: [{port: 80}]',
			'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400',
		);
	});

	it('silently drops sessionAffinityConfig when affinity is None', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, service('sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\nports: [{port: 80}]')));
		expect((created.spec as Record<string, unknown>).sessionAffinityConfig).toBeUndefined();
	});

	it('rejects externalTrafficPolicy on a plain ClusterIP Service', () => {
		rejectWith('externalTrafficPolicy: Local\nports: [{port: 80}]', 'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services');
	});

	it('rejects unknown externalTrafficPolicy values', () => {
		rejectWith('type: NodePort\nexternalTrafficPolicy: Foo\nports: [{port: 80}]', 'spec.externalTrafficPolicy: Unsupported value: "Foo": supported values: "Cluster", "Local"');
	});

	it('rejects healthCheckNodePort unless LoadBalancer with externalTrafficPolicy Local', () => {
		rejectWith(
			'type: NodePort\nhealthCheckNodePort: 30500\nports: [{port: 80}]',
			"spec.healthCheckNodePort: Invalid value: 30500: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
		);
	});

	it('forbids allocateLoadBalancerNodePorts and loadBalancerClass on other types', () => {
		rejectWith('type: NodePort\nallocateLoadBalancerNodePorts: false\nports: [{port: 80}]', "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'");
		rejectWith('loadBalancerClass: example.com/lb\nports: [{port: 80}]', "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'");
	});

	it('forbids loadBalancerSourceRanges on other types, with the capital L of the real message', () => {
		rejectWith('loadBalancerSourceRanges: [10.0.0.0/8]\nports: [{port: 80}]', "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'");
	});

	it('returns causes, kind, name and code 422 alongside the message', () => {
		const cluster = newCluster();
		const result = createObject(cluster, service('ports: [{port: 80}, {port: 443}]'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toMatchObject({code: 422, reason: 'Invalid', kind: 'Service', name: 'web'});
		expect(result.error.causes).toEqual(['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value']);
	});
});

describe('order of checks on create (§3.2)', () => {
	it('reports only the nodePort range error when ports are also unnamed', () => {
		rejectWith(
			'type: NodePort\nports: [{port: 80, nodePort: 80}, {port: 443}]',
			'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
		);
	});

	it('reports a malformed clusterIP before anything else', () => {
		rejectWith('type: NodePort\nclusterIP: 10.96.1\nports: [{port: 80, nodePort: 80}]', 'spec.clusterIPs[0]: Invalid value: "10.96.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)');
	});

	it('stores nothing when a Service is rejected', () => {
		const cluster = newCluster();
		createObject(cluster, service('ports: [{port: 80}, {port: 443}]'));
		expect(cluster.store.has('Service', 'default', 'web')).toBe(false);
	});
});

describe('accepted-but-warned Services (§3.3)', () => {
	it('warns about externalName on a non-ExternalName Service', () => {
		const cluster = newCluster();
		const result = createObject(cluster, service('externalName: db.example.com\nports: [{port: 80}]'));
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual(['spec.externalName is ignored when spec.type is not "ExternalName"']);
	});

	it('warns about session affinity on a headless Service', () => {
		const cluster = newCluster();
		const result = createObject(cluster, service('clusterIP: None\nsessionAffinity: ClientIP\nselector: {app: web}\nports: [{port: 80}]'));
		expect(result.warnings).toEqual(['spec.SessionAffinity is ignored for headless services']);
	});

	it('does not yet warn about externalIPs (their deprecation came with v1.36)', () => {
		const cluster = newCluster();
		const result = createObject(cluster, service('externalIPs: [172.18.0.50]\nports: [{port: 80}]'));
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([]);
	});
});
