import {Deployment} from 'kubernetes-models/apps/v1';
import {Ingress} from 'kubernetes-models/networking.k8s.io/v1';
import {Namespace, Pod, Service} from 'kubernetes-models/v1';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createShell, type Shell} from '../../../../src/core/cluster/shell/shell.js';
import {runScriptIn} from '../../../../src/core/cluster/shell/batch.js';

const SCRIPT = `kubectl create deployment web --image=nginx --replicas=2
kubectl create service nodeport web --tcp=80:80 --node-port=30080
kubectl create namespace dev
kubectl create deployment api --image=nginx -n dev
kubectl expose deployment api -n dev --port=8080 --target-port=80 --type=NodePort
kubectl apply -f - <<YAML
apiVersion: v1
kind: Service
metadata:
  name: fixed
spec:
  clusterIP: 10.96.100.100
  selector:
    app: web
  ports:
  - port: 81
    targetPort: 80
YAML
kubectl scale deployment web --replicas=3
kubectl label service web tier=front`;

/** A sandbox whose `save` writes into a map and whose `kubectl apply -f` reads from it. */
function sandbox(files: Map<string, string>): Shell {
	return createShell({
		cluster: createCluster({seed: 7}),
		readFile: path => files.get(path.replace(/^\.\//, '')),
		listDir: path => {
			const prefix = `${path.replace(/\/+$/, '')}/`;
			const names = [...files.keys()].filter(name => name.startsWith(prefix)).map(name => name.slice(prefix.length));
			return names.length > 0 ? names.sort() : undefined;
		},
		writeFiles: (dir, written) => {
			if ([...files.keys()].some(name => name.startsWith(`${dir}/`))) return `${dir} is not empty; choose a new folder (nothing is overwritten)`;
			for (const [name, text] of Object.entries(written)) files.set(`${dir}/${name}`, text);
			return undefined;
		},
	});
}

const REACH = ['curl -s -o /dev/null -w "%{http_code}\\n" http://172.18.0.3:30080/', 'kubectl run probe --image=busybox --restart=Never -- sleep 3600', 'sleep 5'];
const FROM_POD = ['web', 'fixed:81', '10.96.100.100:81', 'api.dev:8080', 'web.default.svc.cluster.local'].map(target => `kubectl exec probe -- wget -q -O /dev/null -T 2 http://${target}/ && echo ${target} answers`);

function reachability(shell: Shell): string[] {
	return [...REACH, ...FROM_POD].map(line => `${line} → ${outputText(shell.run(line)).trim()}`);
}

describe('save DIR in the sandbox', () => {
	const files = new Map<string, string>();
	const shell = sandbox(files);
	runScriptIn(shell, SCRIPT);
	const saved = outputText(shell.run('save out'));

	it('lists what it wrote and refuses to write over it', () => {
		expect(saved).toBe(
			[
				'Saved 6 objects:',
				'  out/manifests/01-namespace-dev.yaml',
				'  out/manifests/02-deployment-web.yaml',
				'  out/manifests/03-deployment-dev-api.yaml',
				'  out/manifests/04-service-fixed.yaml',
				'  out/manifests/05-service-web.yaml',
				'  out/manifests/06-service-dev-api.yaml',
				'  out/kind-config.yaml',
				'  out/README.md',
				'To recreate them on kind, follow out/README.md',
				'',
			].join('\n'),
		);
		expect(outputText(shell.run('save out'))).toBe('save: out is not empty; choose a new folder (nothing is overwritten)\n');
		expect(outputText(shell.run('save'))).toBe('save: usage: save DIR (writes your objects as manifests, a kind config and a README to a new folder)\n');
	});

	it('writes clean manifests: the live state without status, server fields or defaults', () => {
		expect(files.get('out/manifests/05-service-web.yaml')).toBe(
			['kind: Service', 'apiVersion: v1', 'metadata:', '  name: web', '  labels:', '    app: web', '    tier: front', 'spec:', '  ports:', '    - name: 80-80', '      port: 80', '      nodePort: 30080', '  selector:', '    app: web', '  type: NodePort', ''].join('\n'),
		);
		expect(parse(files.get('out/manifests/02-deployment-web.yaml')!)).toEqual({
			kind: 'Deployment',
			apiVersion: 'apps/v1',
			metadata: {name: 'web', labels: {app: 'web'}},
			spec: {replicas: 3, selector: {matchLabels: {app: 'web'}}, template: {metadata: {labels: {app: 'web'}}, spec: {containers: [{name: 'nginx', image: 'nginx'}]}}},
		});
		expect(parse(files.get('out/manifests/01-namespace-dev.yaml')!)).toEqual({kind: 'Namespace', apiVersion: 'v1', metadata: {name: 'dev'}});
		const all = [...files.entries()].filter(([name]) => name.startsWith('out/manifests/')).map(([, text]) => text).join('---\n');
		for (const field of ['status:', 'uid:', 'resourceVersion:', 'managedFields:', 'creationTimestamp:', 'last-applied-configuration', 'deployment.kubernetes.io', 'clusterIPs:', 'ipFamilies:', 'sessionAffinity:', 'kubernetes.io/metadata.name']) {
			expect(all).not.toContain(field);
		}
		// A clusterIP or nodePort only where the learner chose one.
		expect(all.match(/clusterIP: .*/g)).toEqual(['clusterIP: 10.96.100.100']);
		expect(all.match(/nodePort: .*/g)).toEqual(['nodePort: 30080']);
	});

	it('writes manifests that validate against the Kubernetes OpenAPI schema', () => {
		const models: Record<string, (value: never) => {validate(): void}> = {
			Namespace: value => new Namespace(value),
			Deployment: value => new Deployment(value),
			Service: value => new Service(value),
		};
		const manifests = [...files.entries()].filter(([name]) => name.startsWith('out/manifests/')).map(([, text]) => parse(text));
		expect(manifests.map(manifest => manifest.kind)).toEqual(['Namespace', 'Deployment', 'Deployment', 'Service', 'Service', 'Service']);
		for (const manifest of manifests) expect(() => models[manifest.kind](manifest as never).validate()).not.toThrow();
		// The schema check is a real one: a wrong type is caught.
		expect(() => new Service({metadata: {name: 'x'}, spec: {ports: [{port: 'eighty' as never}]}}).validate()).toThrow(/must be integer/);
	});

	it('writes a kind config for the same three nodes with the chosen NodePort mapped, and a README', () => {
		expect(files.get('out/kind-config.yaml')).toBe(
			['# kind create cluster --config kind-config.yaml', 'kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4', 'nodes:', '  - role: control-plane', '    extraPortMappings:', '      - containerPort: 30080', '        hostPort: 30080', '        protocol: TCP', '  - role: worker', '  - role: worker', ''].join('\n'),
		);
		const readme = files.get('out/README.md')!;
		expect(readme).toContain('kind create cluster --config kind-config.yaml --image kindest/node:v1.34.0\nkubectl apply -f manifests/\n');
		expect(readme).toContain('- `curl http://localhost:30080/`');
		expect(readme).toContain("These Services get a NodePort picked by the cluster, so it differs from the sandbox's: api.");
	});

	it('applied in a fresh sandbox, recreates the same Services with the same reachability', () => {
		const fresh = sandbox(new Map([...files.entries()].filter(([name]) => name.startsWith('out/')).map(([name, text]) => [name.slice(4), text])));
		const applied = outputText(fresh.run('kubectl apply -f manifests/'));
		expect(applied).toBe(['namespace/dev created', 'deployment.apps/web created', 'deployment.apps/api created', 'service/fixed created', 'service/web created', 'service/api created', ''].join('\n'));
		fresh.run('sleep 30');
		shell.run('sleep 30');
		const shape = (s: Shell) => outputText(s.run("kubectl get services -A -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name} {.spec.type} {.spec.selector} {.spec.ports[*].port}/{.spec.ports[*].targetPort}{\"\\n\"}{end}'"));
		expect(shape(fresh)).toBe(shape(shell));
		expect(outputText(fresh.run('kubectl get service fixed web -o jsonpath={.items[*].spec.clusterIP}'))).toMatch(/^10\.96\.100\.100 /);
		const before = reachability(shell);
		expect(before).toContain('curl -s -o /dev/null -w "%{http_code}\\n" http://172.18.0.3:30080/ → 200');
		expect(before.filter(line => line.endsWith('answers'))).toHaveLength(5);
		expect(reachability(fresh)).toEqual(before);
	});
});

describe('save with an Ingress, a LoadBalancer and a bare Pod', () => {
	it('leaves ingress-nginx to the README, maps 80 and 443 on an ingress-ready node, and keeps every manifest valid', () => {
		const files = new Map<string, string>();
		const shell = sandbox(files);
		runScriptIn(
			shell,
			[
				'kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.12.1/deploy/static/provider/cloud/deploy.yaml',
				'kubectl create deployment web --image=nginx',
				'kubectl expose deployment web --port=80 --type=LoadBalancer',
				'kubectl create ingress web --class=nginx --rule="web.example/*=web:80"',
				'kubectl run solo --image=busybox -- sleep 3600',
				'sleep 10',
			].join('\n'),
		);
		expect(outputText(shell.run('save lab')).split('\n').slice(0, 5)).toEqual(['Saved 4 objects:', '  lab/manifests/01-deployment-web.yaml', '  lab/manifests/02-pod-solo.yaml', '  lab/manifests/03-service-web.yaml', '  lab/manifests/04-ingress-web.yaml']);
		expect(parse(files.get('lab/manifests/02-pod-solo.yaml')!)).toEqual({kind: 'Pod', apiVersion: 'v1', metadata: {name: 'solo', labels: {run: 'solo'}}, spec: {containers: [{name: 'solo', image: 'busybox', args: ['sleep', '3600']}]}});
		expect(() => new Pod(parse(files.get('lab/manifests/02-pod-solo.yaml')!)).validate()).not.toThrow();
		expect(() => new Ingress(parse(files.get('lab/manifests/04-ingress-web.yaml')!)).validate()).not.toThrow();
		expect(files.get('lab/kind-config.yaml')).toContain('            node-labels: "ingress-ready=true"\n    extraPortMappings:\n      - containerPort: 80\n        hostPort: 80\n');
		const readme = files.get('lab/README.md')!;
		expect(readme).toContain('kubectl apply -f https://kind.sigs.k8s.io/examples/ingress/deploy-ingress-nginx.yaml\n');
		expect(readme).toContain('LoadBalancer Services (web) get an external IP on kind only with [cloud-provider-kind]');
	});
});
