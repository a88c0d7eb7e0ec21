import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {createObject} from '../../../../src/core/cluster/api/api-server.js';
import {newCluster, service, valueOf} from './api-test-helpers.js';

/** What `kubectl get svc -o yaml` shows after create (§2 Service field defaults, §5.6). */

function createdSpec(specYaml: string, name = 'web'): Record<string, unknown> {
	const cluster = newCluster();
	return valueOf(createObject(cluster, service(specYaml, name))).spec as Record<string, unknown>;
}

/** The allocated clusterIP, checked to be from the service CIDR, so the rest can be compared exactly. */
function withoutIP(spec: Record<string, unknown>): Record<string, unknown> {
	expect(spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
	expect(spec.clusterIPs).toEqual([spec.clusterIP]);
	const {clusterIP: _ip, clusterIPs: _ips, ...rest} = spec;
	return rest;
}

describe('Service defaulting', () => {
	it('fills a ClusterIP Service as kubectl get -o yaml shows it', () => {
		const spec = withoutIP(createdSpec('selector: {app: web}\nports: [{port: 80}]'));
		expect(spec).toEqual(
			parse(`
internalTrafficPolicy: Cluster
ipFamilies: [IPv4]
ipFamilyPolicy: SingleStack
ports:
- port: 80
  protocol: TCP
  targetPort: 80
selector: {app: web}
sessionAffinity: None
type: ClusterIP
`),
		);
	});

	it('adds externalTrafficPolicy and a nodePort for NodePort', () => {
		const spec = withoutIP(createdSpec('type: NodePort\nselector: {app: web}\nports: [{port: 80, targetPort: 9376}]'));
		const ports = spec.ports as Array<{nodePort: number}>;
		expect(ports[0].nodePort).toBeGreaterThanOrEqual(30000);
		expect(spec).toEqual(
			parse(`
externalTrafficPolicy: Cluster
internalTrafficPolicy: Cluster
ipFamilies: [IPv4]
ipFamilyPolicy: SingleStack
ports:
- nodePort: ${ports[0].nodePort}
  port: 80
  protocol: TCP
  targetPort: 9376
selector: {app: web}
sessionAffinity: None
type: NodePort
`),
		);
	});

	it('adds allocateLoadBalancerNodePorts for LoadBalancer and starts with an empty status', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, service('type: LoadBalancer\nports: [{port: 80}]')));
		const spec = created.spec as Record<string, unknown>;
		expect(spec.allocateLoadBalancerNodePorts).toBe(true);
		expect(spec.externalTrafficPolicy).toBe('Cluster');
		expect(created.status).toEqual({loadBalancer: {}});
	});

	it('gives ExternalName Services none of the IP fields', () => {
		const spec = createdSpec('type: ExternalName\nexternalName: db.example.com', 'db');
		expect(spec).toEqual(parse('externalName: db.example.com\nsessionAffinity: None\ntype: ExternalName'));
	});

	it('defaults the ClientIP timeout to 10800 seconds', () => {
		const spec = createdSpec('sessionAffinity: ClientIP\nports: [{port: 80}]');
		expect(spec.sessionAffinityConfig).toEqual({clientIP: {timeoutSeconds: 10800}});
	});

	it('turns an empty or zero targetPort into the port number, keeping named targetPorts', () => {
		const spec = createdSpec('ports: [{name: a, port: 80, targetPort: 0}, {name: b, port: 81, targetPort: ""}, {name: c, port: 82, targetPort: http}]');
		expect((spec.ports as Array<{targetPort: unknown}>).map(port => port.targetPort)).toEqual([80, 81, 'http']);
	});

	it('keeps a headless Service with a selector single-stack', () => {
		const spec = createdSpec('clusterIP: None\nselector: {app: web}\nports: [{port: 80}]');
		expect(spec).toMatchObject({clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4']});
	});

	it('makes a headless Service without selector RequireDualStack, even on a single-stack cluster', () => {
		const spec = createdSpec('clusterIP: None\nports: [{port: 80}]');
		expect(spec).toMatchObject({clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6']});
	});

	it('adds externalTrafficPolicy to a ClusterIP Service with externalIPs', () => {
		expect(createdSpec('externalIPs: [172.18.0.50]\nports: [{port: 80}]').externalTrafficPolicy).toBe('Cluster');
	});

	it('sets server-side metadata: uid, creationTimestamp, namespace, no generation', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, service('ports: [{port: 80}]')));
		expect(created.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(created.metadata.creationTimestamp).toBe(cluster.clock.timestamp());
		expect(created.metadata.namespace).toBe('default');
		expect(created.metadata.generation).toBeUndefined();
	});
});
