import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {parseTasks, parseVantage} from '../../../src/core/lessons/parse-tasks.js';

const valid = parse(`
- id: expose-web
  title: Expose the web Deployment on NodePort 30080
  setup: |
    kubectl create deployment web --image=nginx --replicas=2
  checks:
    - service: {name: web, type: NodePort, port: 80, nodePort: 30080}
    - endpoints: {service: web, min: 2}
    - reach: {from: laptop, url: "http://172.18.0.3:30080/", service: web}
    - dns: {from: pod/client, name: web, service: web, expect: service-ip}
    - pods: {selector: {app: web}, min: 2}
    - object: {kind: Deployment, name: web, fields: {spec.replicas: 2}}
    - absent: {kind: Service, name: old}
    - external-ip: {service: shop, namespace: store}
  hints: [a nudge, the concept, the exact command]
  solution: kubectl expose deployment web --type=NodePort --port=80
`);

describe('parseTasks', () => {
	test('reads every check kind with defaults filled in', () => {
		const {tasks, errors} = parseTasks(valid);
		expect(errors).toEqual([]);
		expect(tasks).toHaveLength(1);
		const [task] = tasks;
		expect(task.id).toBe('expose-web');
		expect(task.hints).toEqual(['a nudge', 'the concept', 'the exact command']);
		expect(task.checks).toEqual([
			{kind: 'service', label: undefined, namespace: 'default', name: 'web', type: 'NodePort', port: {port: 80, nodePort: 30080}, selector: undefined, headless: undefined, externalName: undefined, externalTrafficPolicy: undefined, clusterIP: undefined},
			{kind: 'endpoints', label: undefined, namespace: 'default', service: 'web', min: 2, max: undefined},
			{kind: 'reach', label: undefined, namespace: 'default', from: {kind: 'laptop'}, url: 'http://172.18.0.3:30080/', host: undefined, service: 'web', status: undefined},
			{kind: 'dns', label: undefined, namespace: 'default', from: {kind: 'pod', namespace: 'default', pod: 'client'}, name: 'web', service: 'web', expect: 'service-ip'},
			{kind: 'pods', label: undefined, namespace: 'default', selector: {app: 'web'}, min: 2},
			{kind: 'object', label: undefined, objectKind: 'Deployment', name: 'web', namespace: 'default', fields: {'spec.replicas': 2}},
			{kind: 'absent', label: undefined, objectKind: 'Service', name: 'old', namespace: 'default'},
			{kind: 'external-ip', label: undefined, namespace: 'store', service: 'shop'},
		]);
	});

	test('no tasks is fine', () => {
		expect(parseTasks(undefined)).toEqual({tasks: [], errors: []});
	});

	test('reports each problem with the path to the offending value', () => {
		const raw = parse(`
- id: Bad_Id
  title: t
  checks:
    - service: {name: web, type: Nodeport, colour: blue}
    - reach: {from: kind-worker, url: "http://x/"}
    - ping: {host: web}
    - endpoints: {service: web, min: -1}
  hints: []
- title: no id
  checks: [{absent: {kind: Gadget, name: x}}]
  hints: [one]
  solution: x
`);
		const {tasks, errors} = parseTasks(raw);
		expect(tasks).toEqual([]);
		expect(errors).toEqual([
			{path: ['tasks', '0', 'id'], message: `task id "Bad_Id" must be lower-case letters, digits and '-'`},
			{path: ['tasks', '0'], message: 'missing "solution"'},
			{path: ['tasks', '0', 'checks', '0', 'service', 'colour'], message: expect.stringMatching(/^unknown field "colour"; expected one of name, namespace, type/)},
			{path: ['tasks', '0', 'checks', '0', 'service', 'type'], message: '"type" must be one of ClusterIP, NodePort, LoadBalancer, ExternalName, not "Nodeport"'},
			{path: ['tasks', '0', 'checks', '1', 'reach', 'from'], message: '"from" must be laptop, node/<node name> or pod/<pod name>, not "kind-worker"'},
			{path: ['tasks', '0', 'checks', '2'], message: 'a check is one of service, endpoints, pods, object, absent, external-ip, dns, reach, written as {kind: {fields}}'},
			{path: ['tasks', '0', 'checks', '3', 'endpoints', 'min'], message: '"min" must be a whole number from 0 to 1000'},
			{path: ['tasks', '0', 'hints'], message: '"hints" must list at least one hint (a nudge, the concept, the command\'s shape)'},
			{path: ['tasks', '1'], message: 'missing "id"'},
			{path: ['tasks', '1', 'checks', '0', 'absent', 'kind'], message: 'unknown kind "Gadget"'},
		]);
	});

	test('duplicate task ids, too many hints, and a tasks value that is not a list', () => {
		const task = {id: 'a', title: 't', checks: [{absent: {kind: 'Service', name: 'x'}}], hints: ['h'], solution: 's'};
		expect(parseTasks([task, task]).errors).toEqual([{path: ['tasks', '1', 'id'], message: 'duplicate task id "a"'}]);
		expect(parseTasks('expose it').errors).toEqual([{path: ['tasks'], message: '"tasks" must be a list of tasks'}]);
		expect(parseTasks([{...task, hints: ['a', 'b', 'c', 'd']}]).errors).toEqual([{path: ['tasks', '0', 'hints', '3'], message: 'at most 3 hints: a nudge, the concept, the command\'s shape'}]);
	});
});

describe('reach via', () => {
	test('names how the request must travel, from a fixed list', () => {
		const task = (via: string) => [{id: 'a', title: 't', checks: [{reach: {from: 'laptop', url: 'http://172.18.0.2:30080/', via}}], hints: ['h'], solution: 's'}];
		expect(parseTasks(task('NodePort')).tasks[0].checks[0]).toMatchObject({kind: 'reach', via: 'NodePort'});
		expect(parseTasks(task('Tunnel')).errors).toEqual([
			{path: ['tasks', '0', 'checks', '0', 'reach', 'via'], message: '"via" must be one of ClusterIP, NodePort, LoadBalancer, ExternalIP, Headless, ExternalName, Ingress, not "Tunnel"'},
		]);
	});
});

describe('parseTasks on hostile input', () => {
	const weird: unknown[] = [0, 'x', true, [], {}, [null], [[]], [{id: 5}], [{id: 'a', title: 't', checks: 'x', hints: 'h', solution: 1}]];
	const checks: unknown[] = [null, 'service', {service: null}, {service: []}, {reach: {from: 7, url: 7}}, {dns: {from: 'pod/', expect: 'x'}}, {pods: {selector: {app: {x: 1}}}}, {object: {kind: 'Pod', name: 'x', fields: 'y'}}, {service: {name: 'w', port: 'eighty'}}, {service: {}, endpoints: {}}];
	test('never throws and always says what is wrong', () => {
		for (const raw of weird) {
			const result = parseTasks(raw);
			if (raw === 0 || raw === 'x' || raw === true || (Array.isArray(raw) && raw.length > 0)) expect(result.errors.length, JSON.stringify(raw)).toBeGreaterThan(0);
			expect(result.tasks).toEqual([]);
		}
		for (const check of checks) {
			const result = parseTasks([{id: 'a', title: 't', checks: [check], hints: ['h'], solution: 's'}]);
			expect(result.tasks, JSON.stringify(check)).toEqual([]);
			expect(result.errors.length).toBeGreaterThan(0);
			for (const error of result.errors) expect(error.path.slice(0, 3)).toEqual(['tasks', '0', 'checks']);
		}
	});
});

describe('parseVantage', () => {
	test('laptop, nodes by name, pods in the check namespace or an explicit one', () => {
		expect(parseVantage('laptop')).toEqual({kind: 'laptop'});
		expect(parseVantage('node/kind-worker2')).toEqual({kind: 'node', node: 'kind-worker2'});
		expect(parseVantage('node/kind-worker9')).toBeUndefined();
		expect(parseVantage('pod/client', 'shop')).toEqual({kind: 'pod', namespace: 'shop', pod: 'client'});
		expect(parseVantage('pod/dev/client')).toEqual({kind: 'pod', namespace: 'dev', pod: 'client'});
	});
});
