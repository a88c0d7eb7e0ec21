import {describe, expect, it} from 'vitest';
import {sandbox} from './helpers.js';

describe('kubectl v1.34 answers the oddities of issue 12 as the real client does', () => {
	it('wait --for=delete on a pod that is already gone succeeds silently', () => {
		const {run} = sandbox();
		expect(run('kubectl wait --for=delete pod/gone --timeout=5s')).toMatchObject({text: '', exitCode: 0});
		expect(run('kubectl wait --for=condition=Ready pod/gone --timeout=5s')).toMatchObject({stderr: 'Error from server (NotFound): pods "gone" not found\n', exitCode: 1});
	});

	it('create ingress keeps a rule’s ,tls=SECRET and the --annotation values', () => {
		const {run} = sandbox();
		const yaml = run('kubectl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert" --annotation=team=web --dry-run=client -o yaml').stdout;
		expect(yaml).toContain('metadata:\n  annotations:\n    team: web\n');
		expect(yaml).toContain('  tls:\n  - hosts:\n    - foo.com\n    secretName: my-cert\n');
	});

	it('expose --external-ip prints no deprecation warning (that came with v1.36)', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		expect(run('kubectl expose deploy web --port=80 --external-ip=172.18.0.100')).toMatchObject({text: 'service/web exposed\n', exitCode: 0});
	});

	it('get -o name and -o jsonpath print nothing when there are no pods', () => {
		const {run} = sandbox();
		expect(run('kubectl get pods -o name')).toMatchObject({text: '', exitCode: 0});
		expect(run(`kubectl get pods -o jsonpath='{.items[*].metadata.name}'`)).toMatchObject({text: '', exitCode: 0});
	});

	it('describe pod names a named container port', () => {
		const {run} = sandbox({'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: named\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n    ports:\n    - containerPort: 80\n      name: http-web\n'});
		run('kubectl apply -f pod.yaml');
		expect(run('kubectl describe pod named').stdout).toContain('    Port:           80/TCP (http-web)\n    Host Port:      0/TCP\n');
	});

	it('CoreDNS shares the SRV weight among a two-port Service’s records', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip two --tcp=80:80 --tcp=443:443');
		run('kubectl run c --image=busybox:1.37 -- sleep 3600');
		run('sleep 10');
		expect(run('kubectl exec c -- nslookup -type=SRV two.default.svc.cluster.local').stdout).toBe(
			'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\ntwo.default.svc.cluster.local\tservice = 0 50 80 two.default.svc.cluster.local\ntwo.default.svc.cluster.local\tservice = 0 50 443 two.default.svc.cluster.local\n\n',
		);
	});

	it('BusyBox nslookup prints a forwarded name under "Non-authoritative answer:", once per query type', () => {
		const {run} = sandbox();
		run('kubectl run c --image=busybox:1.37 -- sleep 3600');
		run('sleep 10');
		expect(run('kubectl exec c -- nslookup example.com').stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nNon-authoritative answer:\nName:\texample.com\nAddress: 192.0.2.10\n\nNon-authoritative answer:\n\n');
	});

	it('an anonymous curl of the API server’s /version gets the version (system:public-info-viewer), other paths 403', () => {
		const {run} = sandbox();
		run('kubectl run cu --image=curlimages/curl -- sleep 3600');
		run('sleep 10');
		const version = run('kubectl exec cu -- curl -sk https://kubernetes.default/version').stdout;
		expect(JSON.parse(version)).toMatchObject({major: '1', minor: '34', gitVersion: 'v1.34.0', platform: 'linux/amd64'});
		expect(run('kubectl exec cu -- curl -sk https://kubernetes.default/healthz').stdout).toBe('ok');
		expect(run('kubectl exec cu -- curl -sk https://kubernetes.default/api').stdout).toContain('"code": 403');
	});

	it('api-resources lists every resource a kind v1.34 cluster serves', () => {
		const rows = sandbox().run('kubectl api-resources --no-headers').stdout.trim().split('\n');
		expect(rows).toHaveLength(65);
		expect(rows.map(row => row.split(/\s+/)[0])).toEqual(expect.arrayContaining(['bindings', 'componentstatuses', 'apiservices', 'tokenreviews', 'certificatesigningrequests', 'flowschemas', 'runtimeclasses', 'resourceclaims', 'csidrivers', 'volumeattributesclasses']));
		expect(rows.filter(row => /^events\s+ev\s+events\.k8s\.io\/v1\s+true\s+Event$/.test(row))).toHaveLength(1);
	});
});
