import {describe, expect, test} from 'vitest';
import {containerOutput} from '../../../../src/core/cluster/controllers/kubelet-containers.js';
import {sandbox} from '../kubectl/helpers.js';

type Run = ReturnType<typeof sandbox>['run'];

/** READY, STATUS and RESTARTS of the pod's row in `kubectl get pods`. */
function row(run: Run, pod: string): string[] {
	const line = run(`kubectl get pod ${pod}`).stdout.split('\n')[1] ?? '';
	return line.split(/\s{2,}/).slice(1, 4);
}

function events(run: Run, pod: string): string {
	const out = run(`kubectl describe pod ${pod}`).stdout;
	return out.slice(out.indexOf('Events:'));
}

function podYaml(name: string, container: string): string {
	return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: {app: ${name}}\nspec:\n  containers:\n${container}`;
}

const NGINX_HEALTHZ_READINESS = podYaml('web', '  - name: web\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /healthz, port: 80}\n');

describe('readiness probes send HTTP requests to the container\'s server', () => {
	test('nginx answers /healthz with 404: the pod stays 0/1, the Service has no ready endpoint, curl is refused and trace says why', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', NGINX_HEALTHZ_READINESS);
		run('kubectl expose pod web --port=80');
		run('sleep 30');
		expect(row(run, 'web')).toEqual(['0/1', 'Running', '0']);
		expect(events(run, 'web')).toMatch(/Warning {2}Unhealthy +0s \(x4 over 30s\) +kubelet +Readiness probe failed: HTTP probe failed with statuscode: 404\n/);
		expect(run("kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{.items[0].endpoints[0].conditions.ready}'").stdout).toBe('false');
		expect(run('kubectl describe svc web').stdout).toMatch(/\nEndpoints: +\n/);
		run('kubectl run c --image=busybox --restart=Never -- sleep 3600');
		run('sleep 5');
		expect(run('kubectl exec c -- wget -qO- -T 2 http://web').text).toBe('wget: can\'t connect to remote host (10.96.0.0): Connection refused\ncommand terminated with exit code 1\n'.replace('10.96.0.0', run("kubectl get svc web -o jsonpath='{.spec.clusterIP}'").stdout));
		expect(run('trace').stdout).toMatch(/default\/web has no endpoints: 1\s+endpoint\(s\) listed but none is ready/);
	});

	test('the probe is a request in nginx\'s log: from the node\'s end of the pod\'s veth, as kube-probe', () => {
		const {shell, run} = sandbox();
		run('kubectl apply -f -', NGINX_HEALTHZ_READINESS);
		run('sleep 1');
		const log = containerOutput(shell.cluster, 'default', 'web', 'web') ?? '';
		const ip = run("kubectl get pod web -o jsonpath='{.status.podIP}'").stdout;
		const gateway = ip.replace(/\.\d+$/, '.1');
		expect(log).toContain(`${gateway} - - [01/Jan/2026:00:00:00 +0000] "GET /healthz HTTP/1.1" 404 153 "-" "kube-probe/1.34" "-"\n`);
		expect(log).toContain(`[error] 29#29: *1 open() "/usr/share/nginx/html/healthz" failed (2: No such file or directory), client: ${gateway}, server: localhost, request: "GET /healthz HTTP/1.1", host: "${ip}:80"\n`);
	});

	test('a probe on a path the server has passes: agnhost netexec answers /healthz with 200', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', podYaml('api', '  - name: api\n    image: registry.k8s.io/e2e-test-images/agnhost:2.53\n    args: [netexec, --http-port=8080]\n    readinessProbe:\n      httpGet: {path: /healthz, port: 8080}\n'));
		expect(row(run, 'api')).toEqual(['1/1', 'Running', '0']);
		expect(events(run, 'api')).not.toContain('Unhealthy');
	});

	test('successThreshold 2: ready after the second passing probe, one period later', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', podYaml('web', '  - name: web\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /, port: 80}\n      periodSeconds: 5\n      successThreshold: 2\n'));
		run('sleep 4');
		expect(row(run, 'web')[0]).toBe('0/1');
		run('sleep 1');
		expect(row(run, 'web')[0]).toBe('1/1');
	});

	test('a default-deny NetworkPolicy does not stop the kubelet\'s probes', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n');
		run('kubectl apply -f -', podYaml('web', '  - name: web\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /, port: 80}\n'));
		expect(row(run, 'web')[0]).toBe('1/1');
	});
});

describe('liveness and startup probes restart the container', () => {
	test('a failing liveness probe: Killing after failureThreshold failures, a restart, then CrashLoopBackOff', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', podYaml('live', '  - name: web\n    image: nginx:1.27\n    livenessProbe:\n      httpGet: {path: /healthz, port: 80}\n      periodSeconds: 5\n      failureThreshold: 2\n'));
		run('sleep 4');
		expect(row(run, 'live')).toEqual(['1/1', 'Running', '0']);
		run('sleep 2');
		expect(row(run, 'live')).toEqual(['1/1', 'Running', '1 (1s ago)']);
		const shown = events(run, 'live');
		expect(shown).toMatch(/Warning {2}Unhealthy +\S+ \(x2 over 6s\) +kubelet +Liveness probe failed: HTTP probe failed with statuscode: 404\n/);
		expect(shown).toMatch(/Normal {3}Killing +1s +kubelet +Container web failed liveness probe, will be restarted\n/);
		run('sleep 30');
		expect(row(run, 'live').slice(0, 2)).toEqual(['0/1', 'CrashLoopBackOff']);
		// nginx shuts down cleanly on the kubelet's SIGTERM
		expect(run("kubectl get pod live -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}'").stdout).toBe('Completed 0');
		expect(run('kubectl describe pod live').stdout).toContain('    Liveness:       http-get http://:80/healthz delay=0s timeout=1s period=5s #success=1 #failure=2\n');
	});

	test('a startup probe holds readiness back and kills the container after its failureThreshold', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', podYaml('slow', '  - name: app\n    image: registry.k8s.io/e2e-test-images/agnhost:2.53\n    args: [netexec, --http-port=8080]\n    startupProbe:\n      tcpSocket: {port: 9999}\n      failureThreshold: 3\n    readinessProbe:\n      httpGet: {path: /healthz, port: 8080}\n'));
		run('sleep 19');
		expect(row(run, 'slow')).toEqual(['0/1', 'Running', '0']);
		expect(run("kubectl get pod slow -o jsonpath='{.status.containerStatuses[0].started}'").stdout).toBe('false');
		run('sleep 1');
		const shown = events(run, 'slow');
		expect(shown).toMatch(/Warning {2}Unhealthy +0s \(x3 over 20s\) +kubelet +Startup probe failed: dial tcp 10\.244\.\d+\.\d+:9999: connect: connection refused\n/);
		expect(shown).toMatch(/Normal {3}Killing +0s +kubelet +Container app failed startup probe, will be restarted\n/);
		expect(shown).not.toContain('Readiness probe failed');
		expect(row(run, 'slow')[2]).toBe('1 (0s ago)');
	});

	test('a startup probe that passes lets readiness run', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', podYaml('ok', '  - name: app\n    image: registry.k8s.io/e2e-test-images/agnhost:2.53\n    args: [netexec, --http-port=8080]\n    startupProbe:\n      httpGet: {path: /healthz, port: 8080}\n    readinessProbe:\n      httpGet: {path: /healthz, port: 8080}\n'));
		expect(row(run, 'ok')).toEqual(['1/1', 'Running', '0']);
		expect(run("kubectl get pod ok -o jsonpath='{.status.containerStatuses[0].started}'").stdout).toBe('true');
	});
});
