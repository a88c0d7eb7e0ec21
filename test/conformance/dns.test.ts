/**
 * §6: cluster DNS as each vantage point sees it — search paths, headless and ExternalName
 * records, BIND nslookup/dig formats, and nodes and the laptop that do not use CoreDNS.
 */
import {describe, expect, test} from 'vitest';
import {applyHere, outputOf, run, UNRESOLVED} from './script.js';

const DNSUTILS = 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3';
const SETUP = `kubectl create namespace dev
kubectl create namespace prod
kubectl create deployment web --image=nginx -n dev
kubectl expose deployment web --port=80 -n dev
kubectl create deployment web --image=nginx -n prod --replicas=2
kubectl expose deployment web --port=80 -n prod
kubectl create service clusterip nobody --clusterip=None -n prod
${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: pods
  namespace: prod
spec:
  clusterIP: None
  selector:
    app: web
  ports:
  - port: 80`)}kubectl create service externalname db --external-name=db.example.com -n prod
kubectl create service externalname ipname --external-name=10.0.0.1 -n prod
kubectl run dns -n dev --image=${DNSUTILS} -- sleep 1d
kubectl get svc -n dev web -o jsonpath={.spec.clusterIP}
kubectl get svc -n prod web -o jsonpath={.spec.clusterIP}
kubectl get pods -n prod -l app=web -o jsonpath={.items[*].status.podIP}
`;

const {transcript} = run(`${SETUP}kubectl exec -n dev dns -- cat /etc/resolv.conf
kubectl exec -n dev dns -- nslookup web
kubectl exec -n dev dns -- nslookup web.prod
kubectl exec -n dev dns -- nslookup web.prod.svc
kubectl exec -n dev dns -- nslookup web.prod.svc.cluster.local
kubectl exec -n dev dns -- nslookup nobody
kubectl exec -n dev dns -- nslookup nobody.prod
kubectl exec -n dev dns -- dig +short pods.prod.svc.cluster.local
kubectl exec -n dev dns -- nslookup db.prod
kubectl exec -n dev dns -- nslookup ipname.prod
kubectl exec -n dev dns -- dig +short web.prod.svc.cluster.local
kubectl exec -n dev dns -- dig web.dev.svc.cluster.local
kubectl exec -n dev dns -- nslookup 10.96.0.10
kubectl exec -n dev dns -- nslookup kubernetes.default
nslookup web.dev.svc.cluster.local
curl web.dev.svc.cluster.local
ssh kind-worker
cat /etc/resolv.conf
nslookup web.dev.svc.cluster.local
nslookup web.dev.svc.cluster.local 10.96.0.10
exit
kubectl delete svc web -n prod
kubectl exec -n dev dns -- nslookup web.prod
`);

const devIP = outputOf(transcript, 'kubectl get svc -n dev web -o jsonpath={.spec.clusterIP}').trim();
const prodIP = outputOf(transcript, 'kubectl get svc -n prod web -o jsonpath={.spec.clusterIP}').trim();
const podIPs = outputOf(transcript, 'kubectl get pods -n prod -l app=web -o jsonpath={.items[*].status.podIP}').trim().split(' ');
const HEADER = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n';
const answer = (name: string, ip: string) => `${HEADER}Name:\t${name}\nAddress: ${ip}\n\n`;
const nxdomain = (name: string) => `${HEADER}** server can't find ${name}: NXDOMAIN\n\ncommand terminated with exit code 1\n`;

describe('search paths from a pod in namespace dev', () => {
	test('resolv.conf lists dev first, then svc and cluster.local, ndots 5', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- cat /etc/resolv.conf')).toBe('search dev.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
	});

	test('`web` is the dev Service; `web.prod`, `web.prod.svc` and the FQDN are the prod one', () => {
		expect(devIP).not.toBe(prodIP);
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup web')).toBe(answer('web.dev.svc.cluster.local', devIP));
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup web.prod')).toBe(answer('web.prod.svc.cluster.local', prodIP));
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup web.prod.svc')).toBe(answer('web.prod.svc.cluster.local', prodIP));
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup web.prod.svc.cluster.local')).toBe(answer('web.prod.svc.cluster.local', prodIP));
	});

	test('a Service of another namespace is not found by its short name', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup nobody')).toBe(nxdomain('nobody'));
	});

	test('a deleted Service is NXDOMAIN', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup web.prod', 1)).toBe(nxdomain('web.prod'));
	});

	test('kubernetes.default resolves with BIND nslookup (search path applied)', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup kubernetes.default')).toBe(answer('kubernetes.default.svc.cluster.local', '10.96.0.1'));
	});
});

describe('headless and ExternalName records', () => {
	test('a headless Service with no ready pods is NXDOMAIN', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup nobody.prod')).toBe(nxdomain('nobody.prod'));
	});

	test('a headless Service with pods answers with the pod IPs', () => {
		const ips = outputOf(transcript, 'kubectl exec -n dev dns -- dig +short pods.prod.svc.cluster.local').trim().split('\n').sort();
		expect(ips).toEqual([...podIPs].sort());
		expect(ips).toHaveLength(2);
	});

	test('ExternalName is a CNAME, followed by the target\'s addresses', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup db.prod')).toMatch(/^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10#53\n\ndb\.prod\.svc\.cluster\.local\tcanonical name = db\.example\.com\.\nName:\tdb\.example\.com\nAddress: \d+\.\d+\.\d+\.\d+\n\n$/);
	});

	test('an IP-looking ExternalName is only a name: the CNAME leads nowhere', () => {
		const out = outputOf(transcript, 'kubectl exec -n dev dns -- nslookup ipname.prod');
		expect(out).toContain('ipname.prod.svc.cluster.local\tcanonical name = 10.0.0.1.\n');
		expect(out).not.toContain('Address: 10.0.0.1');
	});
});

describe('not-ready pods and headless DNS', () => {
	const unready = (name: string, publish: boolean) => applyHere(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        readinessProbe:
          httpGet: {path: /, port: 8080}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: None
  publishNotReadyAddresses: ${publish}
  selector: {app: web}
  ports:
  - port: 80`);

	test('no ready pod: NXDOMAIN; with publishNotReadyAddresses the not-ready pods are published', () => {
		const {transcript: out} = run(`${unready('hidden', false)}${unready('shown', true)}kubectl run dns --image=${DNSUTILS} -- sleep 1d
kubectl get pods -l app=web -o jsonpath={.items[*].status.podIP}
kubectl exec dns -- nslookup hidden
kubectl exec dns -- dig +short shown.default.svc.cluster.local
`);
		const ips = outputOf(out, 'kubectl get pods -l app=web -o jsonpath={.items[*].status.podIP}').trim().split(' ').sort();
		expect(outputOf(out, 'kubectl exec dns -- nslookup hidden')).toBe(nxdomain('hidden'));
		expect(outputOf(out, 'kubectl exec dns -- dig +short shown.default.svc.cluster.local').trim().split('\n').sort()).toEqual(ips);
	});
});

describe('dig and reverse lookups', () => {
	test('dig +short prints the bare address', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- dig +short web.prod.svc.cluster.local')).toBe(`${prodIP}\n`);
	});

	test('dig shows an authoritative answer with TTL 30', () => {
		const out = outputOf(transcript, 'kubectl exec -n dev dns -- dig web.dev.svc.cluster.local');
		expect(out).toContain('status: NOERROR');
		expect(out).toContain(`;; ANSWER SECTION:\nweb.dev.svc.cluster.local. 30\tIN\tA\t${devIP}\n`);
		expect(out).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n');
	});

	test('the kube-dns ClusterIP has a PTR record', () => {
		expect(outputOf(transcript, 'kubectl exec -n dev dns -- nslookup 10.96.0.10')).toBe(`${HEADER}10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local.\n\n`);
	});
});

describe('SRV, AAAA and pod records', () => {
	const {transcript: out} = run(`kubectl create deployment web --image=nginx
kubectl create service clusterip named --tcp=80
${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: unnamed
spec:
  ports:
  - port: 80`)}kubectl get pods -l app=web -o jsonpath={.items[0].status.podIP}
kubectl get svc named -o jsonpath={.spec.clusterIP}
kubectl run dns --image=${DNSUTILS} -- sleep 1d
kubectl exec dns -- dig +short SRV _80._tcp.named.default.svc.cluster.local
kubectl exec dns -- dig +short SRV _80._tcp.unnamed.default.svc.cluster.local
kubectl exec dns -- dig +short AAAA named.default.svc.cluster.local
`);
	const podIP = outputOf(out, 'kubectl get pods -l app=web -o jsonpath={.items[0].status.podIP}').trim();
	const ip = outputOf(out, 'kubectl get svc named -o jsonpath={.spec.clusterIP}').trim();

	test('a named port has an SRV record; an unnamed one has none', () => {
		expect(outputOf(out, 'kubectl exec dns -- dig +short SRV _80._tcp.named.default.svc.cluster.local')).toBe('0 100 80 named.default.svc.cluster.local.\n');
		expect(outputOf(out, 'kubectl exec dns -- dig +short SRV _80._tcp.unnamed.default.svc.cluster.local')).toBe('');
	});

	test('AAAA of an IPv4-only Service is an empty answer', () => {
		expect(outputOf(out, 'kubectl exec dns -- dig +short AAAA named.default.svc.cluster.local')).toBe('');
	});

	test('pods have dashed-IP names, and the ClusterIP has a PTR', () => {
		const dashed = podIP.replaceAll('.', '-');
		const more = run(`kubectl create deployment web --image=nginx
kubectl create service clusterip named --tcp=80
kubectl run dns --image=${DNSUTILS} -- sleep 1d
kubectl exec dns -- nslookup ${dashed}.default.pod.cluster.local
kubectl exec dns -- nslookup ${ip}
`).transcript;
		expect(outputOf(more, `kubectl exec dns -- nslookup ${dashed}.default.pod.cluster.local`)).toBe(answer(`${dashed}.default.pod.cluster.local`, podIP));
		const reversed = ip.split('.').reverse().join('.');
		expect(outputOf(more, `kubectl exec dns -- nslookup ${ip}`)).toBe(`${HEADER}${reversed}.in-addr.arpa\tname = named.default.svc.cluster.local.\n\n`);
	});
});

describe('nodes and the laptop do not use cluster DNS', () => {
	test('the laptop cannot resolve a Service FQDN', () => {
		expect(outputOf(transcript, 'nslookup web.dev.svc.cluster.local')).toMatch(/\*\* server can't find web\.dev\.svc\.cluster\.local: NXDOMAIN\n/);
		expect(outputOf(transcript, 'curl web.dev.svc.cluster.local')).toBe(UNRESOLVED('web.dev.svc.cluster.local'));
	});

	test('a node\'s resolver is not CoreDNS, but CoreDNS answers when asked explicitly', () => {
		expect(outputOf(transcript, 'cat /etc/resolv.conf')).not.toContain('10.96.0.10');
		expect(outputOf(transcript, 'nslookup web.dev.svc.cluster.local', 1)).toMatch(/\*\* server can't find web\.dev\.svc\.cluster\.local: NXDOMAIN\n/);
		expect(outputOf(transcript, 'nslookup web.dev.svc.cluster.local 10.96.0.10')).toBe(answer('web.dev.svc.cluster.local', devIP));
	});
});

describe('the A record exists whatever the endpoints', () => {
	test('a Service with no pods still resolves, and a newer busybox does not search dotted names', () => {
		const out = run(`kubectl create service clusterip lonely --tcp=80
kubectl get svc lonely -o jsonpath={.spec.clusterIP}
kubectl run tmp --rm -it --image=busybox -- sh
nslookup lonely
nslookup kubernetes.default
exit
`).transcript;
		const ip = outputOf(out, 'kubectl get svc lonely -o jsonpath={.spec.clusterIP}').trim();
		// BusyBox 1.37 asks A and AAAA in every search domain and prints each reply, NXDOMAIN included
		expect(outputOf(out, 'nslookup lonely')).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tlonely.default.svc.cluster.local\nAddress: ${ip}\n\n** server can't find lonely.svc.cluster.local: NXDOMAIN\n\n** server can't find lonely.cluster.local: NXDOMAIN\n\n\n** server can't find lonely.svc.cluster.local: NXDOMAIN\n\n** server can't find lonely.cluster.local: NXDOMAIN\n\n`);
		expect(outputOf(out, 'nslookup kubernetes.default')).toContain("** server can't find kubernetes.default: NXDOMAIN\n");
	});
});
