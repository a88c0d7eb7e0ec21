/**
 * §3: Service validation as the learner sees it through `kubectl apply -f - <<EOF`, kubectl's
 * error layouts (one cause, several causes, several failing objects, `create service`), warnings,
 * and the checks kubectl makes before calling the API (§3.4).
 */
import {describe, expect, test} from 'vitest';
import {applyHere, outputOf, outputs, run} from './script.js';

/** A Service manifest: `spec` is the indented body under `spec:` (two spaces). */
const service = (spec: string, name = 'web') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
${spec.replace(/\n$/, '').split('\n').map(line => `  ${line}`).join('\n')}`;

const applyOne = (yaml: string, before = '') => {
	const {transcript, exitCode} = run(`${before}${applyHere(yaml)}`);
	const blocks = outputs(transcript);
	return {output: blocks[blocks.length - 1].output, exitCode};
};

const DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const RFC1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const RFC1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** [row, manifest, error after `The Service "<name>" is invalid: `] */
const SINGLE_CAUSE: Array<[string, string, string]> = [
	['name not DNS-1035', service('ports:\n- port: 80', '1web'), `metadata.name: Invalid value: "1web": ${DNS1035}`],
	['upper-case name', service('ports:\n- port: 80', 'Web'), `metadata.name: Invalid value: "Web": ${DNS1035}`],
	['no ports', service('selector:\n  app: web'), 'spec.ports: Required value'],
	['port name not a DNS-1123 label', service('ports:\n- name: HTTP\n  port: 80'), `spec.ports[0].name: Invalid value: "HTTP": ${RFC1123_LABEL}`],
	['numeric targetPort out of range', service('ports:\n- port: 80\n  targetPort: 70000'), 'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
	['quoted number is a port name', service('ports:\n- port: 80\n  targetPort: "8080"'), 'spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)'],
	['named targetPort too long', service('ports:\n- port: 80\n  targetPort: a-very-long-port-name'), 'spec.ports[0].targetPort: Invalid value: "a-very-long-port-name": must be no more than 15 characters'],
	['named targetPort with consecutive hyphens', service('ports:\n- port: 80\n  targetPort: web--http'), 'spec.ports[0].targetPort: Invalid value: "web--http": must not contain consecutive hyphens'],
	['bad protocol', service('ports:\n- port: 80\n  protocol: HTTP'), 'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
	['bad type', service('type: Nodeport\nports:\n- port: 80'), 'spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'],
	['nodePort on ClusterIP', service('ports:\n- port: 80\n  nodePort: 30080'), "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
	['nodePort out of range', service('type: NodePort\nports:\n- port: 80\n  nodePort: 80'), 'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767'],
	['allocation before validation: only the range error', service('type: NodePort\nports:\n- port: 80\n  nodePort: 80\n- port: 443'), 'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767'],
	['two ports of one Service share a nodePort', service('type: NodePort\nports:\n- name: a\n  port: 80\n  nodePort: 30080\n- name: b\n  port: 81\n  nodePort: 30080'), 'spec.ports[1].nodePort: Invalid value: 30080: provided port is already allocated'],
	['clusterIP not an IP', service('clusterIP: 10.96.1\nports:\n- port: 80'), 'spec.clusterIPs[0]: Invalid value: "10.96.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
	['clusterIP outside the ServiceCIDR', service('clusterIP: 10.0.0.5\nports:\n- port: 80'), 'spec.clusterIPs: Invalid value: ["10.0.0.5"]: failed to allocate IP 10.0.0.5: the provided network does not match the current range'],
	['clusterIP in use', service('clusterIP: 10.96.0.10\nports:\n- port: 80'), 'spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated'],
	['headless NodePort', service('type: NodePort\nclusterIP: None\nports:\n- port: 80'), 'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services'],
	['headless LoadBalancer', service('type: LoadBalancer\nclusterIP: None\nports:\n- port: 80'), 'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for LoadBalancer services'],
	['ExternalName without externalName', service('type: ExternalName'), 'spec.externalName: Required value'],
	['externalName not a subdomain', service('type: ExternalName\nexternalName: My DB.com'), `spec.externalName: Invalid value: "My DB.com": ${RFC1123_SUBDOMAIN}`],
	['bad sessionAffinity', service('sessionAffinity: Sticky\nports:\n- port: 80'), 'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"'],
	['ClientIP timeout too large', service('sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 90000\nports:\n- port: 80'), 'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 90000: must be greater than 0 and less than 86400'],
	['externalTrafficPolicy on ClusterIP', service('externalTrafficPolicy: Local\nports:\n- port: 80'), 'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services'],
	['bad externalTrafficPolicy', service('type: NodePort\nexternalTrafficPolicy: Foo\nports:\n- port: 80'), 'spec.externalTrafficPolicy: Unsupported value: "Foo": supported values: "Cluster", "Local"'],
	['healthCheckNodePort without LB + Local', service('type: NodePort\nhealthCheckNodePort: 30500\nports:\n- port: 80'), "spec.healthCheckNodePort: Invalid value: 30500: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"],
	['allocateLoadBalancerNodePorts on ClusterIP', service('allocateLoadBalancerNodePorts: false\nports:\n- port: 80'), "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"],
	['loadBalancerClass on ClusterIP', service('loadBalancerClass: example.com/lb\nports:\n- port: 80'), "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"],
	['ExternalName with ipFamilies', service('type: ExternalName\nexternalName: db.example.com\nipFamilies: [IPv4]'), 'spec.ipFamilies: Forbidden: may not be set for ExternalName services'],
	['ExternalName with ipFamilyPolicy', service('type: ExternalName\nexternalName: db.example.com\nipFamilyPolicy: SingleStack'), 'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services'],
	['named targetPort with an underscore', service('ports:\n- port: 80\n  targetPort: web_http'), 'spec.ports[0].targetPort: Invalid value: "web_http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
	['named targetPort starting with a hyphen', service('ports:\n- port: 80\n  targetPort: -web'), 'spec.ports[0].targetPort: Invalid value: "-web": must not begin or end with a hyphen'],
	['ClientIP timeout 0', service('sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 0\nports:\n- port: 80'), 'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400'],
	['loadBalancerSourceRanges on ClusterIP', service('loadBalancerSourceRanges:\n- 10.0.0.0/8\nports:\n- port: 80'), "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"],
];

describe('§3.3 one object, one cause: `The Service "web" is invalid: <err>`', () => {
	test.each(SINGLE_CAUSE)('%s', (_row, yaml, error) => {
		const name = /name: (\S+)/.exec(yaml)?.[1];
		expect(applyOne(yaml)).toEqual({output: `The Service "${name}" is invalid: ${error}\n`, exitCode: 1});
	});

	test('nodePort already used by a Service in another namespace', () => {
		const before = `kubectl create service nodeport taken --tcp=80 --node-port=30080\nkubectl create namespace dev\n`;
		const yaml = service('type: NodePort\nports:\n- port: 80\n  nodePort: 30080').replace('name: web', 'name: web\n  namespace: dev');
		expect(applyOne(yaml, before).output).toBe('The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n');
	});

	test('changing the clusterIP of an existing Service', () => {
		const before = applyHere(service('clusterIP: 10.96.100.100\nports:\n- port: 80'));
		expect(applyOne(service('clusterIP: 10.96.200.200\nports:\n- port: 80'), before).output).toBe('The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.200.200"]: may not change once set\n');
	});

	test('ExternalName with a clusterIP', () => {
		expect(applyOne(service('type: ExternalName\nexternalName: db.example.com\nclusterIP: 10.96.100.100')).output).toBe('The Service "web" is invalid: spec.clusterIPs: Forbidden: may not be set for ExternalName services\n');
	});
});

describe('§3.1 layouts with several causes and several objects', () => {
	test('several causes: a header with a trailing space, then one `* ` line each', () => {
		expect(applyOne(service('ports:\n- port: 80\n- port: 443'))).toEqual({output: 'The Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value\n', exitCode: 1});
	});

	test('duplicate port name and duplicate (protocol, port)', () => {
		const {output} = applyOne(service('ports:\n- name: http\n  port: 80\n- name: http\n  port: 80'));
		expect(output).toMatch(/^The Service "web" is invalid: \n\* spec\.ports\[1\]\.name: Duplicate value: "http"\n\* spec\.ports\[1\]: Duplicate value: \{.*"Protocol":"TCP".*"Port":80.*\}\n$/);
	});

	test('a missing port reports port and targetPort', () => {
		expect(applyOne(service('ports:\n- name: http\n  protocol: TCP')).output).toBe('The Service "web" is invalid: \n* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive\n');
	});

	test('two failing objects: `Error from server (Invalid): error when creating …`, the valid one is still created first', () => {
		const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
---
${service('type: Nodeport\nports:\n- port: 80', 'a')}
---
${service('ports:\n- port: 80\n  protocol: HTTP\n- name: x\n  port: 80', 'b')}`;
		const {transcript, exitCode} = run(`${applyHere(yaml)}kubectl get deploy web -o name\n`);
		expect(exitCode).toBe(1);
		expect(outputOf(transcript, 'kubectl apply -f - <<EOF')).toBe([
			'deployment.apps/web created',
			'Error from server (Invalid): error when creating "STDIN": Service "a" is invalid: spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
			'Error from server (Invalid): error when creating "STDIN": Service "b" is invalid: [spec.ports[0].name: Required value, spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"]',
			'',
		].join('\n'));
		expect(outputOf(transcript, 'kubectl get deploy web -o name')).toBe('deployment.apps/web\n');
	});

	test('one failing object among valid ones keeps the single-object layout and the others are created', () => {
		const yaml = `${service('ports:\n- port: 80', 'good')}\n---\n${service('ports:\n- port: 0', 'bad')}`;
		const {transcript} = run(`${applyHere(yaml)}kubectl get svc good -o name\n`);
		expect(outputOf(transcript, 'kubectl apply -f - <<EOF')).toBe('service/good created\nThe Service "bad" is invalid: \n* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive\n');
		expect(outputOf(transcript, 'kubectl get svc good -o name')).toBe('service/good\n');
	});

	test('`create service` renders several causes as [err1, err2]; `expose` uses the plain layout', () => {
		const {transcript} = run('kubectl create deployment web --image=nginx\nkubectl create service clusterip x --tcp=0\nkubectl expose deployment web --port=80 --protocol=HTTP\nkubectl create service nodeport y --tcp=80 --tcp=81 --node-port=30500\n');
		expect(outputOf(transcript, 'kubectl create service clusterip x --tcp=0')).toBe('error: failed to create ClusterIP service: Service "x" is invalid: [spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive, spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive]\n');
		expect(outputOf(transcript, 'kubectl expose deployment web --port=80 --protocol=HTTP')).toBe('The Service "web" is invalid: spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"\n');
		// --node-port applies to every port, and one Service cannot use a nodePort twice.
		expect(outputOf(transcript, 'kubectl create service nodeport y --tcp=80 --tcp=81 --node-port=30500')).toBe('error: failed to create NodePort service: Service "y" is invalid: spec.ports[1].nodePort: Invalid value: 30500: provided port is already allocated\n');
	});

	test('a file given by name is named in the message', () => {
		const yaml = `${service('type: Nodeport\nports:\n- port: 80', 'a')}\n---\n${service('type: Nodeport\nports:\n- port: 80', 'b')}\n`;
		const {transcript} = run('kubectl apply -f svc.yaml\n', {files: {'svc.yaml': yaml}});
		expect(outputOf(transcript, 'kubectl apply -f svc.yaml')).toContain('Error from server (Invalid): error when creating "svc.yaml": Service "a" is invalid: spec.type: Unsupported value: "Nodeport"');
	});

	test('a YAML key typo is a strict decoding error', () => {
		expect(applyOne(service('ports:\n- port: 80\n  targetport: 8080'))).toEqual({output: 'Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"\n', exitCode: 1});
	});

	test('`kubectl create service` wraps the API error', () => {
		const {transcript} = run('kubectl create service nodeport web --tcp=80:80 --node-port=80\nkubectl create service clusterip dup --tcp=80\nkubectl create service clusterip dup --tcp=80\n');
		expect(outputOf(transcript, 'kubectl create service nodeport web --tcp=80:80 --node-port=80')).toBe('error: failed to create NodePort service: Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n');
		expect(outputOf(transcript, 'kubectl create service clusterip dup --tcp=80', 1)).toBe('error: failed to create ClusterIP service: services "dup" already exists\n');
	});
});

describe('§3.3 accepted with a warning, or silently defaulted', () => {
	test.each([
		['externalName on a ClusterIP Service', service('externalName: db.example.com\nports:\n- port: 80'), 'Warning: spec.externalName is ignored when spec.type is not "ExternalName"\nservice/web created\n'],
		['sessionAffinity on a headless Service', service('clusterIP: None\nsessionAffinity: ClientIP\nselector:\n  app: web\nports:\n- port: 80'), 'Warning: spec.SessionAffinity is ignored for headless services\nservice/web created\n'],
		['externalIPs', service('externalIPs:\n- 172.18.0.100\nports:\n- port: 80'), 'service/web created\n'],
		['sessionAffinityConfig with affinity None', service('sessionAffinity: None\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 90000\nports:\n- port: 80'), 'service/web created\n'],
		['an IP-looking externalName', service('type: ExternalName\nexternalName: 10.0.0.1'), 'service/web created\n'],
		['an externalName with a trailing dot', service('type: ExternalName\nexternalName: db.example.com.'), 'service/web created\n'],
	])('%s', (_row, yaml, expected) => {
		expect(applyOne(yaml)).toEqual({output: expected, exitCode: 0});
	});
});

describe('§3.4 kubectl-side errors (no API call)', () => {
	test.each([
		['kubectl create service clusterip web', 'error: at least one tcp port specifier must be provided\n'],
		['kubectl create service externalname x --external-name Bad_Name', 'error: invalid service external name Bad_Name\n'],
		['kubectl expose deployment web', 'error: couldn\'t find port via --port flag or introspection\n'],
		['kubectl expose deployment web --port=80 --session-affinity=foo', 'error: unknown session affinity: foo\n'],
	])('%s', (command, expected) => {
		const {transcript} = run(`kubectl create deployment web --image=nginx\n${command}\n`);
		expect(outputOf(transcript, command)).toBe(expected);
	});

	test('expose has no --node-port flag', () => {
		const {transcript} = run('kubectl create deployment web --image=nginx\nkubectl expose deployment web --port=80 --node-port=30000\n');
		expect(outputOf(transcript, 'kubectl expose deployment web --port=80 --node-port=30000')).toMatch(/^error: unknown flag: --node-port\n/);
	});

	test('nothing was created by a failed client-side check', () => {
		const {transcript} = run('kubectl create service clusterip web\nkubectl get svc web\n');
		expect(outputOf(transcript, 'kubectl get svc web')).toBe('Error from server (NotFound): services "web" not found\n');
	});
});
