import {describe, expect, test} from 'vitest';
import {containerOutput} from '../../../../src/core/cluster/controllers/kubelet-containers.js';
import {sandbox} from '../kubectl/helpers.js';

const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.53';

describe('servers answer per path, as the real images do', () => {
	test('nginx serves its welcome page at / and its 404 page for any other path', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx:1.29.3');
		run('kubectl expose deployment web --port=80 --type=NodePort');
		const port = run("kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}'").stdout;
		const page = run(`curl -s http://172.18.0.3:${port}/`).stdout;
		expect(page).toMatch(/^<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!<\/title>/);
		expect(page).toMatch(/<p><em>Thank you for using nginx\.<\/em><\/p>\n<\/body>\n<\/html>\n$/);
		expect(page).not.toContain('web-');
		expect(run(`curl -si http://172.18.0.3:${port}/`).stdout).toMatch(/^HTTP\/1\.1 200 OK\r?\nServer: nginx\/1\.29\.3\r?\n.*\nContent-Length: 615\r?\n/s);
		expect(run(`curl -s http://172.18.0.3:${port}/healthz`).stdout).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.3</center>\r\n</body>\r\n</html>\r\n');
		expect(run(`curl -s -o /dev/null -w '%{http_code}' http://172.18.0.3:${port}/index.html`).stdout).toBe('200');
	});

	test('httpd says It works!', () => {
		const {run} = sandbox();
		run('kubectl create deployment h --image=httpd:2.4');
		run('kubectl expose deployment h --port=80 --type=NodePort');
		const port = run("kubectl get svc h -o jsonpath='{.spec.ports[0].nodePort}'").stdout;
		expect(run(`curl -s http://172.18.0.3:${port}/`).stdout).toBe('<html><body><h1>It works!</h1></body></html>\n');
		expect(run(`curl -s -o /dev/null -w '%{http_code}' http://172.18.0.3:${port}/missing`).stdout).toBe('404');
	});

	test('agnhost netexec: /hostname names the pod, /echo echoes, /clientip shows the client, / the time', () => {
		const {shell, run} = sandbox();
		run(`kubectl run api --image=${AGNHOST} -- netexec --http-port=8080`);
		run('kubectl run c --image=busybox --restart=Never -- sleep 3600');
		const ip = run("kubectl get pod api -o jsonpath='{.status.podIP}'").stdout;
		const clientIP = run("kubectl get pod c -o jsonpath='{.status.podIP}'").stdout;
		expect(run(`kubectl exec c -- wget -qO- http://${ip}:8080/hostname`).stdout).toBe('api');
		expect(run(`kubectl exec c -- wget -qO- "http://${ip}:8080/echo?msg=hello+world"`).stdout).toBe('hello world');
		expect(run(`kubectl exec c -- wget -qO- http://${ip}:8080/clientip`).stdout).toMatch(new RegExp(`^${clientIP.replaceAll('.', '\\.')}:\\d+$`));
		expect(run(`kubectl exec c -- wget -qO- http://${ip}:8080/`).stdout).toMatch(/^NOW: 2026-01-01 00:00:\d\d \+0000 UTC$/);
		expect(containerOutput(shell.cluster, 'default', 'api', 'api')).toMatch(/^2026\/01\/01 00:00:\d\d GET \/hostname\n2026\/01\/01 00:00:\d\d GET \/echo\?msg=hello world&code=\n/);
		expect(run(`kubectl exec c -- wget -qO- http://${ip}:8081/`).text).toBe(`wget: can't connect to remote host (${ip}): Connection refused\ncommand terminated with exit code 1\n`);
	});

	test('nginxdemos/hello names the pod that answered', () => {
		const {run} = sandbox();
		run('kubectl run hello --image=nginxdemos/hello:plain-text');
		run('kubectl run c --image=busybox --restart=Never -- sleep 3600');
		const ip = run("kubectl get pod hello -o jsonpath='{.status.podIP}'").stdout;
		expect(run(`kubectl exec c -- wget -qO- http://${ip}/`).stdout).toMatch(new RegExp(`^Server address: ${ip.replaceAll('.', '\\.')}:80\nServer name: hello\nDate: 01/Jan/2026:00:00:\\d\\d \\+0000\nURI: /\nRequest ID: [0-9a-f]{32}\n$`));
	});
});

describe('access logs show the client address the server sees', () => {
	const setup = (policy: string) => {
		const {shell, run} = sandbox();
		run('kubectl create deployment web --image=nginx:1.29.3');
		run(`kubectl expose deployment web --port=80 --type=LoadBalancer`);
		run(`kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"${policy}"}}'`);
		run('sleep 2');
		const lb = run("kubectl get svc web -o jsonpath='{.status.loadBalancer.ingress[0].ip}'").stdout;
		run(`curl -s http://${lb}/`);
		const pod = run("kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}'").stdout;
		return containerOutput(shell.cluster, 'default', pod, 'nginx') ?? '';
	};

	test('externalTrafficPolicy Cluster: nginx logs a node address (the source was masqueraded)', () => {
		expect(setup('Cluster')).toMatch(/(^|\n)172\.18\.0\.\d - - \[01\/Jan\/2026:00:00:0\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"\n/);
	});

	test('externalTrafficPolicy Local: nginx logs the laptop\'s own address', () => {
		expect(setup('Local')).toMatch(/(^|\n)172\.18\.0\.1 - - \[01\/Jan\/2026:00:00:0\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"\n/);
	});
});
