import {describe as group, expect, it} from 'vitest';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {describe} from '../../../../src/core/cluster/print/describe/describe.js';
import {at, MINUTE, SECOND, service} from './fixtures.js';

const NOW = 10 * MINUTE;

const hostnames = service(
	'hostnames',
	NOW - 2 * MINUTE,
	{
		type: 'NodePort',
		selector: {app: 'hostnames'},
		clusterIP: '10.105.31.214',
		clusterIPs: ['10.105.31.214'],
		ipFamilies: ['IPv4'],
		ipFamilyPolicy: 'SingleStack',
		ports: [{port: 80, protocol: 'TCP', targetPort: 9376, nodePort: 30080}],
		sessionAffinity: 'None',
		externalTrafficPolicy: 'Cluster',
		internalTrafficPolicy: 'Cluster',
	},
	{loadBalancer: {}},
	{app: 'hostnames'},
);

function slice(name: string, serviceName: string, endpoints: {ip: string; ready: boolean}[], ports: {name?: string; port: number}[]): KubeObject {
	return {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {name, namespace: 'default', labels: {'kubernetes.io/service-name': serviceName}, creationTimestamp: at(NOW - MINUTE)},
		addressType: 'IPv4',
		ports: ports.map(port => ({name: port.name ?? '', port: port.port, protocol: 'TCP'})),
		endpoints: endpoints.map(endpoint => ({addresses: [endpoint.ip], conditions: {ready: endpoint.ready, serving: endpoint.ready, terminating: false}})),
	};
}

group('kubectl describe service', () => {
	it('prints the semantics spec example exactly', () => {
		const slices = [
			slice('hostnames-x7k2p', 'hostnames', [{ip: '10.244.1.11', ready: true}, {ip: '10.244.1.12', ready: true}, {ip: '10.244.2.11', ready: true}], [{port: 9376}]),
			slice('other-abcde', 'other', [{ip: '10.244.9.9', ready: true}], [{port: 80}]),
		];
		expect(describe(hostnames, {endpointSlices: slices, events: []}, NOW)).toBe(
			[
				'Name:                     hostnames',
				'Namespace:                default',
				'Labels:                   app=hostnames',
				'Annotations:              <none>',
				'Selector:                 app=hostnames',
				'Type:                     NodePort',
				'IP Family Policy:         SingleStack',
				'IP Families:              IPv4',
				'IP:                       10.105.31.214',
				'IPs:                      10.105.31.214',
				'Port:                     <unset>  80/TCP',
				'TargetPort:               9376/TCP',
				'NodePort:                 <unset>  30080/TCP',
				'Endpoints:                10.244.1.11:9376,10.244.1.12:9376,10.244.2.11:9376',
				'Session Affinity:         None',
				'External Traffic Policy:  Cluster',
				'Internal Traffic Policy:  Cluster',
				'Events:                   <none>',
				'',
			].join('\n'),
		);
	});

	it('shows <none> without slices, an empty value when nothing is ready, and "+ N more..."', () => {
		const web = service('web', NOW - MINUTE, {
			type: 'ClusterIP',
			selector: {app: 'web'},
			clusterIP: '10.96.45.12',
			clusterIPs: ['10.96.45.12'],
			ipFamilies: ['IPv4'],
			ipFamilyPolicy: 'SingleStack',
			ports: [{name: 'http', port: 80, protocol: 'TCP', targetPort: 'http'}],
			sessionAffinity: 'None',
			internalTrafficPolicy: 'Cluster',
		});
		const endpointsLine = (slices: KubeObject[]): string | undefined =>
			describe(web, {endpointSlices: slices}, NOW)
				.split('\n')
				.find(line => line.startsWith('Endpoints:'));
		expect(endpointsLine([])).toBe('Endpoints:                <none>');
		expect(endpointsLine([slice('web-8xk2p', 'web', [], [])])).toBe('Endpoints:                ');
		expect(endpointsLine([slice('web-8xk2p', 'web', [{ip: '10.244.1.5', ready: false}], [{name: 'http', port: 8080}])])).toBe('Endpoints:                ');
		const five = ['10.244.1.5', '10.244.1.6', '10.244.2.5', '10.244.2.6', '10.244.2.7'].map(ip => ({ip, ready: true}));
		expect(endpointsLine([slice('web-8xk2p', 'web', five, [{name: 'http', port: 8080}])])).toBe(
			'Endpoints:                10.244.1.5:8080,10.244.1.6:8080,10.244.2.5:8080 + 2 more...',
		);
	});

	it('aligns an ExternalName service on Session Affinity and lists LoadBalancer ingress', () => {
		const db = service('db', NOW - MINUTE, {type: 'ExternalName', externalName: 'db.example.com', sessionAffinity: 'None'});
		expect(describe(db, {}, NOW)).toBe(
			[
				'Name:              db',
				'Namespace:         default',
				'Labels:            <none>',
				'Annotations:       <none>',
				'Selector:          <none>',
				'Type:              ExternalName',
				'IP Families:       <none>',
				'IP:                ',
				'IPs:               <none>',
				'External Name:     db.example.com',
				'Session Affinity:  None',
				'Events:            <none>',
				'',
			].join('\n'),
		);
		const lb = service('lb', NOW - MINUTE, {type: 'LoadBalancer', clusterIP: '10.96.3.3', clusterIPs: ['10.96.3.3'], ports: [{port: 80, protocol: 'TCP', targetPort: 80, nodePort: 31234}], sessionAffinity: 'None'}, {
			loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]},
		});
		expect(describe(lb, {}, NOW)).toContain('LoadBalancer Ingress:  172.18.255.200 (VIP)\n');
	});

	it('prints events as a table aligned on its own, oldest first, with repeat counts', () => {
		const event = (name: string, reason: string, message: string, first: number, last: number, count: number): KubeObject => ({
			apiVersion: 'v1',
			kind: 'Event',
			metadata: {name, namespace: 'default'},
			involvedObject: {kind: 'Service', name: 'hostnames', namespace: 'default', uid: 'uid-hostnames'},
			reason,
			message,
			type: 'Normal',
			source: {component: 'service-controller'},
			firstTimestamp: at(first),
			lastTimestamp: at(last),
			count,
		});
		const text = describe(hostnames, {events: [
			event('b', 'Type', 'ClusterIP -> NodePort', NOW - 30 * SECOND, NOW - 30 * SECOND, 1),
			event('a', 'EnsuringLoadBalancer', 'Ensuring load balancer', NOW - 5 * MINUTE, NOW - 90 * SECOND, 3),
		]}, NOW);
		expect(text.slice(text.indexOf('Internal Traffic'))).toBe(
			'Internal Traffic Policy:  Cluster\n' +
				'Events:\n' +
				'  Type    Reason                Age               From                Message\n' +
				'  ----    ------                ----              ----                -------\n' +
				'  Normal  EnsuringLoadBalancer  90s (x3 over 5m)  service-controller  Ensuring load balancer\n' +
				'  Normal  Type                  30s               service-controller  ClusterIP -> NodePort\n',
		);
	});
});
