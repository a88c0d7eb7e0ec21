/**
 * Whole learner workflows from the Kubernetes docs ("Debug Services", environment variables,
 * pinning a pod to a node, reading YAML with grep), each run as one script.
 */
import {describe, expect, test} from 'vitest';
import {outputOf, outputs, run} from './script.js';

describe('the "Debug Services" guide with registry.k8s.io/serve_hostname', () => {
	const {transcript} = run(`kubectl create deployment hostnames --image=registry.k8s.io/serve_hostname --replicas=3
kubectl expose deployment hostnames --port=80 --target-port=9376
kubectl get endpoints hostnames
kubectl run tmp --rm -it --image=curlimages/curl -- sh
${'curl -s hostnames\n'.repeat(12)}exit
`);

	test('serve_hostname listens on 9376, so the Service answers with the pods\' names', () => {
		expect(outputOf(transcript, 'kubectl get endpoints hostnames')).toMatch(/^hostnames\s+10\.244\.\d+\.\d+:9376,10\.244\.\d+\.\d+:9376,10\.244\.\d+\.\d+:9376\s+\d+s$/m);
		const answers = outputs(transcript).filter(block => block.command === 'curl -s hostnames').map(block => block.output);
		for (const answer of answers) expect(answer).toMatch(/^hostnames-[a-z0-9]+-[a-z0-9]{5}\n$/);
		expect(new Set(answers).size).toBeGreaterThan(1);
	});
});

describe('Service environment variables (§7)', () => {
	const {transcript} = run(`kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80
kubectl get svc web -o jsonpath={.spec.clusterIP}
kubectl exec deploy/web -- env
kubectl rollout restart deployment web
kubectl exec deploy/web -- env
`);
	const ip = outputOf(transcript, 'kubectl get svc web -o jsonpath={.spec.clusterIP}').trim();

	test('a pod started before the Service has no WEB_SERVICE_HOST; after a restart it has', () => {
		expect(outputOf(transcript, 'kubectl exec deploy/web -- env')).not.toContain('WEB_SERVICE_HOST');
		expect(outputOf(transcript, 'kubectl rollout restart deployment web')).toBe('deployment.apps/web restarted\n');
		const after = outputOf(transcript, 'kubectl exec deploy/web -- env', 1);
		expect(after).toContain(`\nWEB_SERVICE_HOST=${ip}\nWEB_SERVICE_PORT=80\n`);
		expect(after).toContain(`\nWEB_PORT=tcp://${ip}:80\n`);
	});
});

describe('kubectl run --overrides', () => {
	test('pins the pod to the node named in the override', () => {
		const {transcript} = run(`kubectl run near --image=curlimages/curl --overrides='{"spec":{"nodeName":"kind-worker"}}' -- sleep 1d
kubectl run far --image=curlimages/curl --overrides='{"spec":{"nodeName":"kind-worker2"}}' -- sleep 1d
kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName
`);
		expect(outputOf(transcript, 'kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName')).toBe('NAME   NODE\nfar    kind-worker2\nnear   kind-worker\n');
	});
});

describe('reading YAML with grep -A/-B/-C', () => {
	test('context lines around the match, `--` between separate groups', () => {
		const {transcript} = run(`kubectl create service nodeport web --tcp=80:8080 --node-port=30080
kubectl get svc web -o yaml | grep -A4 ports:
kubectl get svc web -o yaml | grep -B1 nodePort
kubectl get svc web -o yaml | grep -C 1 Cluster
kubectl get svc web -o yaml | grep -A1 Policy
`);
		expect(outputOf(transcript, 'kubectl get svc web -o yaml | grep -A4 ports:')).toBe('  ports:\n  - name: 80-8080\n    nodePort: 30080\n    port: 80\n    protocol: TCP\n');
		expect(outputOf(transcript, 'kubectl get svc web -o yaml | grep -B1 nodePort')).toBe('  - name: 80-8080\n    nodePort: 30080\n');
		expect(outputOf(transcript, 'kubectl get svc web -o yaml | grep -C 1 Cluster')).toMatch(/^ {2}- 10\.\d+\.\d+\.\d+\n {2}externalTrafficPolicy: Cluster\n {2}internalTrafficPolicy: Cluster\n {2}ipFamilies:\n$/);
		expect(outputOf(transcript, 'kubectl get svc web -o yaml | grep -A1 Policy')).toBe('  externalTrafficPolicy: Cluster\n  internalTrafficPolicy: Cluster\n  ipFamilies:\n--\n  ipFamilyPolicy: SingleStack\n  ports:\n');
	});
});

describe('shell variables and command substitution', () => {
	test('NODE_PORT=$(kubectl get … -o jsonpath=…) then curl the node with it', () => {
		const {transcript} = run(`kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80 --type=NodePort
NODE_PORT=$(kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}')
curl -s -o /dev/null -w '%{http_code}\\n' http://172.18.0.3:$NODE_PORT/
`);
		expect(outputOf(transcript, "curl -s -o /dev/null -w '%{http_code}\\n' http://172.18.0.3:$NODE_PORT/")).toBe('200\n');
	});

	test('curl the LoadBalancer address read inline with jsonpath', () => {
		const {transcript} = run(`kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80 --type=LoadBalancer
sleep 2
curl -s http://$(kubectl get svc web -o jsonpath='{.status.loadBalancer.ingress[0].ip}')/ | grep -o 'Welcome to nginx!' | head -1
`);
		expect(outputs(transcript).at(-1)?.output).toBe('Welcome to nginx!\n');
	});
});
