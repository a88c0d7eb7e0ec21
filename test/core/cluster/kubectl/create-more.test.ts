import {describe, expect, it} from 'vitest';
import {sandbox} from './helpers.js';

describe('kubectl create for the everyday kinds, against the sandbox cluster', () => {
	it('stores a ConfigMap from a file and literals (commas kept), and lists it', () => {
		const {run} = sandbox({'app.properties': 'color=blue\n'});
		expect(run('kubectl create configmap app --from-file=app.properties --from-literal=list=a,b').text).toBe('configmap/app created\n');
		expect(run('kubectl get configmap app -o jsonpath={.data.list}').text).toBe('a,b');
		expect(run('kubectl get cm app').text).toBe('NAME   DATA   AGE\napp    2      0s\n');
	});

	it('stores a Secret with base64 data and its type', () => {
		const {run} = sandbox();
		expect(run('kubectl create secret generic db --from-literal=password=s3cr3t').text).toBe('secret/db created\n');
		expect(run('kubectl get secret db -o jsonpath={.data.password}').text).toBe('czNjcjN0');
		expect(run('kubectl get secrets').text).toBe('NAME   TYPE     DATA   AGE\ndb     Opaque   1      0s\n');
		expect(run('kubectl create secret generic db --from-literal=a=b').text).toBe('error: failed to create secret secrets "db" already exists\n');
	});

	it('creates a Job by hand from a CronJob, owned by it and marked manual', () => {
		const {run} = sandbox();
		expect(run("kubectl create cronjob tick --image=busybox --schedule='*/5 * * * *' -- date").text).toBe('cronjob.batch/tick created\n');
		expect(run('kubectl create job tick-now --from=cronjob/tick').text).toBe('job.batch/tick-now created\n');
		expect(run("kubectl get job tick-now -o jsonpath='{.metadata.annotations}{\" \"}{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}'").text).toBe(
			'{"cronjob.kubernetes.io/instantiate":"manual"} CronJob/tick',
		);
		expect(run('kubectl create job other --from=cronjob/nope').text).toBe('Error from server (NotFound): cronjobs.batch "nope" not found\n');
	});

	it('creates a Role with one rule per API group and binds it to a service account', () => {
		const {run} = sandbox();
		expect(run('kubectl create sa bot').text).toBe('serviceaccount/bot created\n');
		expect(run('kubectl create role reader --verb=get,list --resource=pods,deploy').text).toBe('role.rbac.authorization.k8s.io/reader created\n');
		expect(run("kubectl get role reader -o jsonpath='{range .rules[*]}{.apiGroups}{.resources}{.verbs}{\"\\n\"}{end}'").text).toBe('[""]["pods"]["get","list"]\n["apps"]["deployments"]["get","list"]\n');
		expect(run('kubectl create rolebinding reader-bot --role=reader --serviceaccount=default:bot').text).toBe('rolebinding.rbac.authorization.k8s.io/reader-bot created\n');
		expect(run('kubectl get rolebinding reader-bot').text).toBe('NAME         ROLE          AGE\nreader-bot   Role/reader   0s\n');
		expect(run('kubectl create role bad --verb=get --resource=widgets').text).toBe('error: the server doesn\'t have a resource type "widgets"\n');
		expect(run('kubectl create role bad --verb=bind --resource=pods').text).toBe("error: can not perform 'bind' on 'pods' in group ''\n");
	});

	it('prints a bound service-account token shaped like a JWT, for an existing account only', () => {
		const {run} = sandbox();
		const token = run('kubectl create token default').stdout.trim();
		const [header, claims, signature] = token.split('.');
		expect(JSON.parse(atob(header.replace(/-/g, '+').replace(/_/g, '/')))).toMatchObject({alg: 'RS256'});
		expect(JSON.parse(atob(claims.replace(/-/g, '+').replace(/_/g, '/')))).toMatchObject({sub: 'system:serviceaccount:default:default', iss: 'https://kubernetes.default.svc.cluster.local'});
		expect(signature).toMatch(/^[-\w]{342}$/);
		expect(run('kubectl create token ghost').text).toBe('error: failed to create token: serviceaccounts "ghost" not found\n');
		expect(run('kubectl create token default --duration=1m').text).toBe('error: --duration must be at least 10m\n');
	});

	it('creates a quota and a priority class', () => {
		const {run} = sandbox();
		expect(run('kubectl create quota pods --hard=pods=2,cpu=1000m').text).toBe('resourcequota/pods created\n');
		expect(run('kubectl get quota pods -o jsonpath={.spec.hard}').text).toBe('{"cpu":"1","pods":"2"}');
		expect(run('kubectl create priorityclass high --value=1000').text).toBe('priorityclass.scheduling.k8s.io/high created\n');
		expect(run('kubectl get pc high').text).toBe('NAME   VALUE   GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY\nhigh   1000    false            0s    PreemptLowerPriority\n');
	});
});

describe('kubectl config and auth can-i, as exam takers use them', () => {
	it('switches the default namespace of later commands with set-context --current', () => {
		const {run} = sandbox();
		run('kubectl create namespace dev');
		expect(run('kubectl config current-context').text).toBe('kind-kind\n');
		expect(run('kubectl config set-context --current --namespace=dev').text).toBe('Context "kind-kind" modified.\n');
		expect(run('kubectl create configmap here --from-literal=a=b').text).toBe('configmap/here created\n');
		expect(run('kubectl get configmap here -o jsonpath={.metadata.namespace}').text).toBe('dev');
		expect(run('kubectl config get-contexts').text).toBe('CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n*         kind-kind   kind-kind   kind-kind   dev\n');
		expect(run("kubectl config view --minify -o jsonpath='{..namespace}'").text).toBe('dev');
		run('kubectl config set-context --current --namespace=default');
		expect(run('kubectl config get-contexts --no-headers').text).toBe('*     kind-kind   kind-kind   kind-kind   default\n');
	});

	it('prints kind\'s kubeconfig with the certificates redacted', () => {
		expect(sandbox().run('kubectl config view').text).toBe(
			'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://127.0.0.1:6443\n  name: kind-kind\ncontexts:\n- context:\n    cluster: kind-kind\n    user: kind-kind\n  name: kind-kind\ncurrent-context: kind-kind\nkind: Config\npreferences: {}\nusers:\n- name: kind-kind\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n',
		);
	});

	it('answers yes for the cluster admin, and from RBAC objects for --as', () => {
		const {run} = sandbox();
		expect(run('kubectl auth can-i create deployments').text).toBe('yes\n');
		run('kubectl create sa bot');
		expect(run('kubectl auth can-i list pods --as=system:serviceaccount:default:bot')).toMatchObject({text: 'no\n', exitCode: 1});
		run('kubectl create role reader --verb=get,list --resource=pods');
		run('kubectl create rolebinding bot-reads --role=reader --serviceaccount=default:bot');
		expect(run('kubectl auth can-i list pods --as=system:serviceaccount:default:bot')).toMatchObject({text: 'yes\n', exitCode: 0});
		expect(run('kubectl auth can-i delete pods --as=system:serviceaccount:default:bot').text).toBe('no\n');
		expect(run('kubectl auth can-i list pods -n kube-system --as=system:serviceaccount:default:bot').text).toBe('no\n');
		expect(run('kubectl auth can-i get').text).toBe("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
		expect(run('kubectl auth can-i --list').stdout.split('\n').slice(0, 3)).toEqual([
			'Resources                                       Non-Resource URLs   Resource Names   Verbs',
			'*.*                                             []                  []               [*]',
			'                                                [*]                 []               [*]',
		]);
	});
});

describe('kubectl get --field-selector and empty machine-readable output', () => {
	it('filters by the fields the API server supports and refuses the others', () => {
		const {run} = sandbox();
		run('kubectl run web --image=nginx');
		expect(run('kubectl get pods --field-selector=status.phase=Running -o name').text).toBe('pod/web\n');
		expect(run('kubectl get pods --field-selector status.phase!=Running').text).toBe('No resources found in default namespace.\n');
		expect(run('kubectl get svc --field-selector=metadata.name==kubernetes -o name').text).toBe('service/kubernetes\n');
		expect(run('kubectl get pods --field-selector=foo=bar')).toMatchObject({
			text: 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n',
			exitCode: 1,
		});
		expect(run('kubectl get deploy -l app=web --field-selector=status.phase=Running').text).toBe(
			'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "app=web", field selector "status.phase=Running": field label not supported: status.phase\n',
		);
	});

	it('prints nothing at all for -o name or -o jsonpath when nothing matches, as kubectl does', () => {
		const {run} = sandbox();
		expect(run('kubectl get pods -o name')).toEqual({text: '', stdout: '', stderr: '', exitCode: 0});
		expect(run('kubectl get pods -o jsonpath={.items[*].metadata.name}')).toEqual({text: '', stdout: '', stderr: '', exitCode: 0});
		expect(run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
	});
});

describe('kubectl oddities fixed to what kubectl prints', () => {
	it('says "(server dry run)" for a server-side dry-run patch', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		expect(run(`kubectl patch deployment web -p '{"spec":{"replicas":3}}' --dry-run=server`).text).toBe('deployment.apps/web patched (server dry run)\n');
		expect(run(`kubectl patch deployment web -p '{"spec":{"replicas":3}}' --dry-run=client`).text).toBe('deployment.apps/web patched (dry run)\n');
	});

	it('warns as klog does for a bare --dry-run, and still prints the object', () => {
		const ran = sandbox().run('kubectl create deployment x --image=nginx --dry-run -o name');
		expect(ran.stderr).toMatch(/^W\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ helpers\.go:703\] --dry-run is deprecated and can be replaced with --dry-run=client\.\n$/);
		expect(ran.stdout).toBe('deployment.apps/x\n');
	});

	it('explains a get without a type in kubectl\'s words', () => {
		expect(sandbox().run('kubectl get').stderr).toBe(
			'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
		);
	});
});
