import {describe, expect, test} from 'vitest';
import {checkTasks, runCheck} from '../../../src/core/lessons/check-task.js';
import type {TaskCheck} from '../../../src/core/lessons/task.js';
import {bareCluster, putPod, putService, putSlice} from './fixtures.js';

const webSpec = (extra: Record<string, unknown> = {}) => ({type: 'ClusterIP', clusterIP: '10.96.45.12', selector: {app: 'web'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}], ...extra});

describe('service check', () => {
	const check = (fields: Partial<Extract<TaskCheck, {kind: 'service'}>>): TaskCheck => ({kind: 'service', name: 'web', namespace: 'default', ...fields});

	test('passes when the Service has every field asked for, with a readable label', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec({type: 'NodePort', ports: [{port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP'}]}));
		expect(runCheck(cluster, check({type: 'NodePort', port: {port: 80, targetPort: 8080, nodePort: 30080}}))).toEqual({
			label: 'Service web is NodePort, port 80 targetPort 8080 nodePort 30080',
			passed: true,
		});
	});

	test('compares a targetPort by the port it means on the pods: a container port name passes for its number', () => {
		const cluster = bareCluster();
		for (const [name, ip] of [['web-1', '10.244.1.5'], ['web-2', '10.244.2.5']]) putPod(cluster, {name, ip, labels: {app: 'web'}, ports: [{containerPort: 8080, name: 'http'}]});
		putService(cluster, 'web', webSpec({ports: [{port: 80, targetPort: 'http', protocol: 'TCP'}]}));
		expect(runCheck(cluster, check({port: {port: 80, targetPort: 8080}})).passed).toBe(true);
		expect(runCheck(cluster, check({port: {port: 80, targetPort: 9090}})).why).toBe('Service web port 80 sends to targetPort http (8080 on its pods), not 9090');
		putService(cluster, 'web', webSpec({ports: [{port: 80, targetPort: 8080, protocol: 'TCP'}]}));
		expect(runCheck(cluster, check({port: {port: 80, targetPort: 'http'}})).passed).toBe(true);
		putService(cluster, 'web', webSpec({ports: [{port: 80, targetPort: 'metrics', protocol: 'TCP'}]}));
		expect(runCheck(cluster, check({port: {port: 80, targetPort: 8080}})).why).toBe('Service web port 80 sends to targetPort metrics, not 8080');
	});

	test('compares a selector by the pods it picks', () => {
		const cluster = bareCluster();
		putPod(cluster, {name: 'web-1', ip: '10.244.1.5', labels: {app: 'web', tier: 'front'}});
		putPod(cluster, {name: 'api-1', ip: '10.244.1.6', labels: {app: 'api', tier: 'front'}});
		putService(cluster, 'web', webSpec({selector: {app: 'web', tier: 'front'}}));
		expect(runCheck(cluster, check({selector: {app: 'web'}})).passed).toBe(true);
		putService(cluster, 'web', webSpec({selector: {tier: 'front'}}));
		expect(runCheck(cluster, check({selector: {app: 'web'}})).why).toBe('Service web selects tier=front, not app=web');
	});

	test('a missing Service, and one created in another namespace', () => {
		const cluster = bareCluster();
		expect(runCheck(cluster, check({})).why).toBe('There is no Service web in namespace default');
		putService(cluster, 'web', webSpec(), {namespace: 'shop'});
		expect(runCheck(cluster, check({})).why).toBe('There is no Service web in namespace default (there is one in namespace shop; add -n default or fix the namespace)');
	});

	test('says which field differs, in Kubernetes terms', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec());
		expect(runCheck(cluster, check({type: 'NodePort'})).why).toBe('Service web is ClusterIP, not NodePort');
		expect(runCheck(cluster, check({port: {port: 8080}})).why).toBe('Service web has no port 8080 (its ports: 80/TCP)');
		expect(runCheck(cluster, check({port: {port: 80, targetPort: 8080}})).why).toBe('Service web port 80 sends to targetPort 80, not 8080');
		expect(runCheck(cluster, check({port: {port: 80, nodePort: 30080}})).why).toBe('Service web port 80 has no nodePort (only NodePort and LoadBalancer Services get one)');
		expect(runCheck(cluster, check({selector: {app: 'wbe'}})).why).toBe('Service web selects app=web, not app=wbe');
		expect(runCheck(cluster, check({headless: true})).why).toBe(
			'Service web has ClusterIP 10.96.45.12; a headless Service has clusterIP: None (clusterIP cannot be changed, so delete and re-create it)',
		);
		expect(runCheck(cluster, check({clusterIP: '10.96.0.50'})).why).toBe('Service web has ClusterIP 10.96.45.12, not 10.96.0.50');
	});

	test('a targetPort left out counts as the same number as port', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec({ports: [{port: 80}]}));
		expect(runCheck(cluster, check({port: {port: 80, targetPort: 80}})).passed).toBe(true);
	});

	test('ExternalName target and traffic policy', () => {
		const cluster = bareCluster();
		putService(cluster, 'db', {type: 'ExternalName', externalName: 'db.example.org'});
		expect(runCheck(cluster, {kind: 'service', name: 'db', namespace: 'default', externalName: 'db.example.com'}).why).toBe('Service db points to db.example.org, not db.example.com');
		putService(cluster, 'web', webSpec({type: 'NodePort', externalTrafficPolicy: 'Local'}));
		expect(runCheck(cluster, check({externalTrafficPolicy: 'Cluster'})).why).toBe('Service web has externalTrafficPolicy Local, not Cluster');
	});
});

describe('endpoints check', () => {
	const check: TaskCheck = {kind: 'endpoints', service: 'web', namespace: 'default', min: 2};

	test('passes with enough ready endpoints', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec());
		putSlice(cluster, 'web', [{ip: '10.244.1.5', ready: true}, {ip: '10.244.2.5', ready: true}], [80]);
		expect(runCheck(cluster, check)).toEqual({label: 'Service web has at least 2 ready endpoints', passed: true});
	});

	test('a selector typo: the selector matches no pods', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec({selector: {app: 'wbe'}}));
		putPod(cluster, {name: 'web-1', labels: {app: 'web'}, ip: '10.244.1.5'});
		putSlice(cluster, 'web', [], []);
		expect(runCheck(cluster, check).why).toBe('Service web has no endpoints: its selector app=wbe matches no pods');
	});

	test('pods with the labels exist, but in another namespace', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec());
		putPod(cluster, {name: 'web-1', labels: {app: 'web'}, ip: '10.244.1.5', namespace: 'shop'});
		expect(runCheck(cluster, check).why).toBe(
			'Service web has no endpoints: its selector app=web matches no pods in namespace default (pods with those labels run in namespace shop)',
		);
	});

	test('pods match but none is ready', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec());
		putPod(cluster, {name: 'web-1', labels: {app: 'web'}, ip: '10.244.1.5', ready: false});
		putPod(cluster, {name: 'web-2', labels: {app: 'web'}, ip: '10.244.2.5', ready: false});
		putSlice(cluster, 'web', [{ip: '10.244.1.5', ready: false}, {ip: '10.244.2.5', ready: false}], [80]);
		expect(runCheck(cluster, check).why).toBe('Service web has no ready endpoints: 2 pods match app=web but none is Ready (see READY in kubectl get pods)');
	});

	test('a named targetPort that no container port carries', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec({ports: [{port: 80, targetPort: 'htp', protocol: 'TCP'}]}));
		putPod(cluster, {name: 'web-1', labels: {app: 'web'}, ip: '10.244.1.5', ports: [{containerPort: 80, name: 'http'}]});
		putSlice(cluster, 'web', [{ip: '10.244.1.5', ready: true}], []);
		expect(runCheck(cluster, check).why).toBe('Service web has no endpoints: its targetPort "htp" names no container port of the pods it selects');
	});

	test('too few, and a Service without a selector', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec());
		putSlice(cluster, 'web', [{ip: '10.244.1.5', ready: true}], [80]);
		expect(runCheck(cluster, check).why).toBe('Service web has 1 ready endpoint, fewer than 2 (10.244.1.5)');
		putService(cluster, 'ext', {type: 'ClusterIP', ports: [{port: 80}]});
		expect(runCheck(cluster, {...check, service: 'ext'}).why).toBe('Service ext has no selector, so Kubernetes creates no endpoints for it');
	});
});

describe('pods check', () => {
	test('counts Ready pods with the labels', () => {
		const cluster = bareCluster();
		const check: TaskCheck = {kind: 'pods', selector: {app: 'web'}, namespace: 'default', min: 2};
		expect(runCheck(cluster, check)).toEqual({label: '2 pods with app=web are Ready', passed: false, why: 'No pod in namespace default has the labels app=web'});
		putPod(cluster, {name: 'web-1', labels: {app: 'web'}, ip: '10.244.1.5'});
		putPod(cluster, {name: 'web-2', labels: {app: 'web'}, ip: '10.244.2.5', ready: false});
		expect(runCheck(cluster, check).why).toBe('1 of 2 pods with app=web is Ready; 2 needed');
		putPod(cluster, {name: 'web-2', labels: {app: 'web'}, ip: '10.244.2.5'});
		expect(runCheck(cluster, check).passed).toBe(true);
	});
});

describe('object and absent checks', () => {
	test('fields by dotted path, including list indexes', () => {
		const cluster = bareCluster();
		cluster.store.put({apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: {name: 'cafe', namespace: 'default'}, spec: {rules: [{host: 'cafe.example.com'}]}});
		const check: TaskCheck = {kind: 'object', objectKind: 'Ingress', name: 'cafe', namespace: 'default', fields: {'spec.rules[0].host': 'tea.example.com'}};
		expect(runCheck(cluster, check)).toEqual({
			label: 'Ingress cafe has spec.rules[0].host="tea.example.com"',
			passed: false,
			why: 'Ingress cafe: spec.rules[0].host is "cafe.example.com", not "tea.example.com"',
		});
		expect(runCheck(cluster, {...check, fields: {'spec.rules[0].host': 'cafe.example.com'}}).passed).toBe(true);
		expect(runCheck(cluster, {...check, name: 'shop', fields: {}}).why).toBe('There is no Ingress shop in namespace default');
	});

	test('absent passes once the object is gone', () => {
		const cluster = bareCluster();
		putService(cluster, 'old', webSpec());
		const check: TaskCheck = {kind: 'absent', objectKind: 'Service', name: 'old', namespace: 'default'};
		expect(runCheck(cluster, check)).toEqual({label: 'Service old is deleted', passed: false, why: 'Service old still exists'});
		cluster.store.remove('Service', 'default', 'old');
		expect(runCheck(cluster, check).passed).toBe(true);
	});
});

describe('external-ip check', () => {
	const check: TaskCheck = {kind: 'external-ip', service: 'shop', namespace: 'default'};

	test('<pending> explained for a cloud that has not answered yet and for no cloud at all', () => {
		const kind = bareCluster();
		putService(kind, 'shop', webSpec({type: 'LoadBalancer'}), {status: {loadBalancer: {}}});
		expect(runCheck(kind, check).why).toBe('Service shop shows EXTERNAL-IP <pending>: the cloud controller has not assigned an address yet (wait a second: sleep 2)');
		const none = bareCluster({cloud: 'none'});
		putService(none, 'shop', webSpec({type: 'LoadBalancer'}), {status: {loadBalancer: {}}});
		expect(runCheck(none, check).why).toBe('Service shop shows EXTERNAL-IP <pending>: this cluster has no cloud load-balancer controller');
	});

	test('only LoadBalancers get one; an assigned address passes', () => {
		const cluster = bareCluster();
		putService(cluster, 'shop', webSpec({type: 'NodePort'}));
		expect(runCheck(cluster, check).why).toBe('Service shop is NodePort, not LoadBalancer: only a LoadBalancer gets an external IP from the cloud');
		putService(cluster, 'shop', webSpec({type: 'LoadBalancer'}), {status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}});
		expect(runCheck(cluster, check)).toEqual({label: 'Service shop has an external IP', passed: true});
	});
});

describe('checkTasks', () => {
	test('a task passes only when every one of its checks passes', () => {
		const cluster = bareCluster();
		putService(cluster, 'web', webSpec());
		const base = {title: 't', setup: '', hints: ['h'], solution: 's'};
		const results = checkTasks(cluster, [
			{...base, id: 'exists', checks: [{kind: 'service', name: 'web', namespace: 'default'}]},
			{...base, id: 'nodeport', checks: [{kind: 'service', name: 'web', namespace: 'default'}, {kind: 'service', name: 'web', namespace: 'default', type: 'NodePort'}]},
		]);
		expect(results.get('exists')).toEqual({passed: true, checks: [{label: 'Service web exists', passed: true}]});
		expect(results.get('nodeport')).toEqual({
			passed: false,
			checks: [
				{label: 'Service web exists', passed: true},
				{label: 'Service web is NodePort', passed: false, why: 'Service web is ClusterIP, not NodePort'},
			],
		});
	});
});
