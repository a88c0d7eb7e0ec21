/**
 * Real manifests (test/fixtures/corpus) apply as on a real cluster,
 * and do what the corpus README says they do.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {lastOutput, outputOf, outputs, run} from './script.js';
import {CORPUS_DIR} from '../fixtures/corpus-dir.js';

const CORPUS = CORPUS_DIR;
const readFile = (path: string): string | undefined => {
	try {
		return readFileSync(`${CORPUS}${path}`, 'utf8');
	} catch {
		return undefined;
	}
};
const inCorpus = (script: string) => run(script, {readFile});
const FILES = readdirSync(CORPUS, {withFileTypes: true})
	.filter(entry => entry.isDirectory())
	.flatMap(dir => readdirSync(`${CORPUS}${dir.name}`).filter(name => name.endsWith('.yaml')).map(name => `${dir.name}/${name}`))
	.sort();

describe('every corpus manifest applies without error on a fresh cluster', () => {
	test('the corpus is there', () => {
		expect(FILES.length).toBeGreaterThanOrEqual(27);
	});

	test.each(FILES)('kubectl apply -f %s', file => {
		const {transcript, exitCode} = inCorpus(`kubectl apply -f ${file}\n`);
		const lines = outputOf(transcript, `kubectl apply -f ${file}`).trimEnd().split('\n');
		expect(exitCode).toBe(0);
		for (const line of lines) expect(line).toMatch(/^[a-z0-9.]+\/[a-z0-9-]+ created$/);
	});
});

describe('microservices-demo', () => {
	const APPLY = 'kubectl apply -f microservices-demo/kubernetes-manifests.yaml\n';

	test('12 Deployments, 12 Services and 11 ServiceAccounts; frontend and emailservice remap their port', () => {
		const {transcript} = inCorpus(`${APPLY}kubectl get deploy -o name\nkubectl get sa -o name\nkubectl get svc -o custom-columns=NAME:.metadata.name,PORT:.spec.ports[0].port,TARGET:.spec.ports[0].targetPort,TYPE:.spec.type\n`);
		const created = outputOf(transcript, APPLY.trim()).trimEnd().split('\n');
		expect(created.filter(line => line.startsWith('deployment.apps/'))).toHaveLength(12);
		expect(created.filter(line => line.startsWith('service/'))).toHaveLength(12);
		expect(created.filter(line => line.startsWith('serviceaccount/'))).toHaveLength(11);
		const services = outputOf(transcript, 'kubectl get svc -o custom-columns=NAME:.metadata.name,PORT:.spec.ports[0].port,TARGET:.spec.ports[0].targetPort,TYPE:.spec.type').trimEnd().split('\n').slice(1).map(line => line.split(/\s+/));
		const remapped = services.filter(([name, port, target]) => name !== 'kubernetes' && port !== target).map(([name, port, target, type]) => `${name} ${port}->${target} ${type}`);
		expect(remapped).toEqual(['emailservice 5000->8080 ClusterIP', 'frontend 80->8080 ClusterIP', 'frontend-external 80->8080 LoadBalancer']);
		expect(services.map(([name]) => name)).not.toContain('loadgenerator');
	});

	test('frontend-external answers curl from the laptop once it has an IP and the frontend is ready', () => {
		const ip = lastOutput(`${APPLY}sleep 2\nkubectl get svc frontend-external -o jsonpath={.status.loadBalancer.ingress[0].ip}\n`, {readFile}).trim();
		expect(ip).toMatch(/^172\.18\.255\.\d+$/);
		const {transcript} = inCorpus(`${APPLY}sleep 15\nkubectl get pods -l app=frontend\ncurl -s http://${ip}/\n`);
		expect(outputOf(transcript, 'kubectl get pods -l app=frontend')).toMatch(/^frontend-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s+15s$/m);
		const pod = /^(frontend-\S+)/m.exec(outputOf(transcript, 'kubectl get pods -l app=frontend'))?.[1];
		expect(outputOf(transcript, `curl -s http://${ip}/`)).toContain(pod);
	});

	test('the same, reading the address inline as a learner would', () => {
		const {transcript} = inCorpus(`${APPLY}sleep 15\nEXTERNAL_IP=$(kubectl get svc frontend-external -o jsonpath='{.status.loadBalancer.ingress[0].ip}')\ncurl -s http://$EXTERNAL_IP/\n`);
		expect(outputOf(transcript, 'curl -s http://$EXTERNAL_IP/')).toMatch(/frontend-[a-z0-9]+-[a-z0-9]{5}/);
	});

	test('loadgenerator waits in Init:0/1 until http://frontend:80 answers', () => {
		const {transcript} = inCorpus(`${APPLY}kubectl get pods -l app=loadgenerator\nkubectl get pods -l app=frontend\nsleep 30\nkubectl get pods -l app=loadgenerator\n`);
		expect(outputOf(transcript, 'kubectl get pods -l app=frontend')).toMatch(/\s0\/1\s+Running\s/);
		expect(outputOf(transcript, 'kubectl get pods -l app=loadgenerator')).toMatch(/^loadgenerator-[a-z0-9]+-[a-z0-9]{5}\s+0\/1\s+Init:0\/1\s+0\s+0s$/m);
		expect(outputOf(transcript, 'kubectl get pods -l app=loadgenerator', 1)).toMatch(/^loadgenerator-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s+30s$/m);
	});

	test('frontend-nodeport: a nodePort from the range reaches a frontend pod', () => {
		const setup = `${APPLY}kubectl apply -f microservices-demo/frontend-nodeport.yaml\nsleep 15\n`;
		const nodePort = Number(lastOutput(`${setup}kubectl get svc frontend-nodeport -o jsonpath={.spec.ports[0].nodePort}\n`, {readFile}));
		expect(nodePort).toBeGreaterThanOrEqual(30000);
		expect(nodePort).toBeLessThanOrEqual(32767);
		expect(lastOutput(`${setup}curl -s http://172.18.0.3:${nodePort}/\n`, {readFile})).toMatch(/frontend-[a-z0-9]+-[a-z0-9]{5}/);
	});

	test('frontend-ingress has no class and no address', () => {
		const out = lastOutput('kubectl apply -f microservices-demo/frontend-ingress.yaml\nkubectl get ingress frontend-ingress\n', {readFile});
		expect(out).toMatch(/^frontend-ingress\s+<none>\s+\*\s+80\s+\d+s\n$/m);
	});
});

describe('kubernetes/website examples', () => {
	test('hello resolves the named port `http` and the frontend proxies to it from the LB IP', () => {
		const {transcript} = inCorpus(`kubectl apply -f k8s-website/access_backend-deployment.yaml
kubectl apply -f k8s-website/access_backend-service.yaml
kubectl apply -f k8s-website/access_frontend-deployment.yaml
kubectl apply -f k8s-website/access_frontend-service.yaml
sleep 2
kubectl get endpoints hello
kubectl get deploy frontend -o jsonpath={.spec.template.spec.containers[0].ports}
kubectl get svc frontend -o jsonpath={.status.loadBalancer.ingress[0].ip}
curl -s 172.18.255.200
`);
		expect(outputOf(transcript, 'kubectl get endpoints hello')).toMatch(/^hello\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\s+2s$/m);
		expect(outputOf(transcript, 'kubectl get deploy frontend -o jsonpath={.spec.template.spec.containers[0].ports}')).toBe('');
		expect(outputOf(transcript, 'kubectl get svc frontend -o jsonpath={.status.loadBalancer.ingress[0].ip}')).toBe('172.18.255.200\n');
		expect(outputOf(transcript, 'curl -s 172.18.255.200')).toBe('{"message":"Hello"}\n');
	});

	test('hello-application exposed as NodePort example-service answers on 8080 behind the nodePort', () => {
		const setup = 'kubectl apply -f k8s-website/access_hello-application.yaml\nkubectl expose deployment hello-world --type=NodePort --name=example-service\n';
		const {transcript} = inCorpus(`${setup}kubectl get svc example-service -o jsonpath={.spec.ports[0].port}/{.spec.ports[0].nodePort}\n`);
		expect(outputOf(transcript, 'kubectl expose deployment hello-world --type=NodePort --name=example-service')).toBe('service/example-service exposed\n');
		const [port, nodePort] = outputOf(transcript, 'kubectl get svc example-service -o jsonpath={.spec.ports[0].port}/{.spec.ports[0].nodePort}').trim().split('/');
		expect(port).toBe('8080');
		expect(lastOutput(`${setup}curl -s 172.18.0.4:${nodePort}\n`, {readFile})).toMatch(/^Hello, world!\nVersion: 2\.0\.0\nHostname: hello-world-[a-z0-9]+-[a-z0-9]{5}\n$/);
	});

	test('load-balancer-example exposed as LoadBalancer my-service: 5 endpoints, the LB IP answers on 8080', () => {
		const {transcript} = inCorpus(`kubectl apply -f k8s-website/load-balancer-example.yaml
kubectl expose deployment hello-world --type=LoadBalancer --name=my-service
sleep 2
kubectl get endpointslices -l kubernetes.io/service-name=my-service -o jsonpath={.items[0].endpoints[*].addresses[0]}
curl -s 172.18.255.200:8080
`);
		expect(outputOf(transcript, 'kubectl get endpointslices -l kubernetes.io/service-name=my-service -o jsonpath={.items[0].endpoints[*].addresses[0]}').trim().split(' ')).toHaveLength(5);
		expect(outputOf(transcript, 'curl -s 172.18.255.200:8080')).toMatch(/^Hello, world!\nVersion: 2\.0\.0\nHostname: hello-world-/);
	});

	test('nginx-service and simple-service have no endpoints of their own', () => {
		const {transcript} = inCorpus('kubectl apply -f k8s-website/nginx-service.yaml\nkubectl apply -f k8s-website/simple-service.yaml\nkubectl get endpoints\nkubectl get svc\n');
		const endpoints = outputOf(transcript, 'kubectl get endpoints');
		expect(endpoints).toMatch(/^nginx-service\s+<none>\s+\d+s$/m);
		expect(endpoints).toMatch(/^my-service\s+<none>\s+\d+s$/m);
		expect(outputOf(transcript, 'kubectl get svc')).toMatch(/^nginx-service\s+ClusterIP\s+10\.\S+\s+<none>\s+8000\/TCP\s+\d+s$/m);
	});

	test('my-nginx: two pod IPs on port 80, and curl http://my-nginx from inside reaches nginx', () => {
		const {transcript} = inCorpus(`kubectl apply -f k8s-website/networking_run-my-nginx.yaml
kubectl apply -f k8s-website/networking_nginx-svc.yaml
kubectl get pods -l run=my-nginx -o jsonpath={.items[*].status.podIP}
kubectl get endpoints my-nginx
kubectl run tmp --rm -it --image=curlimages/curl -- sh
curl -s http://my-nginx
exit
`);
		const ips = outputOf(transcript, 'kubectl get pods -l run=my-nginx -o jsonpath={.items[*].status.podIP}').trim().split(' ').sort();
		expect(outputOf(transcript, 'kubectl get endpoints my-nginx')).toMatch(new RegExp(`^my-nginx\\s+${ips.map(ip => `${ip}:80`).join(',').replaceAll('.', '\\.')}\\s+\\d+s$`, 'm'));
		expect(outputOf(transcript, 'curl -s http://my-nginx')).toContain('<title>Welcome to nginx!</title>');
	});

	test('curl-deployment stays ContainerCreating until Secret nginxsecret exists', () => {
		const {transcript} = inCorpus(`kubectl apply -f k8s-website/networking_curlpod.yaml
sleep 30
kubectl get pods -l app=curlpod
kubectl apply -f - <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: nginxsecret
stringData:
  tls.crt: cert
EOF
kubectl get pods -l app=curlpod
`);
		expect(outputOf(transcript, 'kubectl get pods -l app=curlpod')).toMatch(/^curl-deployment-[a-z0-9]+-[a-z0-9]{5}\s+0\/1\s+ContainerCreating\s+0\s+30s$/m);
		expect(outputOf(transcript, 'kubectl get pods -l app=curlpod', 1)).toMatch(/^curl-deployment-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s+30s$/m);
	});

	test('the Ingress examples are accepted without their classes, Services or CRDs, and get no address', () => {
		const files = FILES.filter(file => /ingress|fanout/.test(file) && file.startsWith('k8s-website/'));
		const {transcript} = inCorpus(`${files.map(file => `kubectl apply -f ${file}\n`).join('')}kubectl get ingress\n`);
		const table = outputOf(transcript, 'kubectl get ingress');
		expect(table).toMatch(/^minimal-ingress\s+nginx-example\s+\*\s+80\s+\d+s$/m);
		expect(table).toMatch(/^example-ingress\s+nginx\s+hello-world\.example\s+80\s+\d+s$/m);
		expect(table).toMatch(/^ingress-wildcard-host\s+<none>\s+foo\.bar\.com,\*\.foo\.com\s+80\s+\d+s$/m);
		expect(table.trimEnd().split('\n')).toHaveLength(files.length + 1);
	});
});

describe('guestbook', () => {
	test('all-in-one: six objects, Services first; the frontend NodePort reaches a PHP frontend pod', () => {
		const setup = 'kubectl apply -f guestbook/guestbook-all-in-one.yaml\n';
		const {transcript} = inCorpus(`${setup}kubectl get svc frontend -o jsonpath={.spec.ports[0].nodePort}\nkubectl get endpoints redis-replica\n`);
		expect(outputs(transcript)[0].output).toBe('service/redis-master created\ndeployment.apps/redis-master created\nservice/redis-replica created\ndeployment.apps/redis-replica created\nservice/frontend created\ndeployment.apps/frontend created\n');
		expect(outputOf(transcript, 'kubectl get endpoints redis-replica')).toMatch(/^redis-replica\s+10\.244\.\d+\.\d+:6379,10\.244\.\d+\.\d+:6379\s+\d+s$/m);
		const nodePort = outputOf(transcript, 'kubectl get svc frontend -o jsonpath={.spec.ports[0].nodePort}').trim();
		const {transcript: curl, exitCode} = inCorpus(`${setup}curl -s 172.18.0.2:${nodePort}\n`);
		expect(exitCode).toBe(0);
		expect(outputOf(curl, `curl -s 172.18.0.2:${nodePort}`)).toMatch(/frontend-[a-z0-9]+-[a-z0-9]{5}/);
	});
});
