import {describe, expect, test} from 'vitest';
import {sandbox} from './helpers.js';

describe('--dry-run=client builds the object as kubectl does', () => {
	test('create deployment -o yaml', () => {
		expect(sandbox().run('kubectl create deployment web --image=nginx:1.25 --replicas=2 --port=80 --dry-run=client -o yaml').stdout).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.25
        name: nginx
        ports:
        - containerPort: 80
        resources: {}
status: {}
`);
	});

	test('create deployment -o json keeps the Go field order', () => {
		expect(sandbox().run('kubectl create deployment web --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --dry-run=client -o json').stdout).toBe(`{
    "kind": "Deployment",
    "apiVersion": "apps/v1",
    "metadata": {
        "name": "web",
        "creationTimestamp": null,
        "labels": {
            "app": "web"
        }
    },
    "spec": {
        "replicas": 1,
        "selector": {
            "matchLabels": {
                "app": "web"
            }
        },
        "template": {
            "metadata": {
                "creationTimestamp": null,
                "labels": {
                    "app": "web"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "agnhost",
                        "image": "registry.k8s.io/e2e-test-images/agnhost:2.39",
                        "resources": {}
                    }
                ]
            }
        },
        "strategy": {}
    },
    "status": {}
}
`);
	});

	test('create service nodeport: port name from --tcp, label and selector app=NAME (§5.8)', () => {
		expect(sandbox().run('kubectl create service nodeport web --tcp=80:9376 --node-port=30080 --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: 80-9376
    nodePort: 30080
    port: 80
    protocol: TCP
    targetPort: 9376
  selector:
    app: web
  type: NodePort
status:
  loadBalancer: {}
`);
	});

	test('create service clusterip --clusterip=None makes a headless Service without ports', () => {
		expect(sandbox().run('kubectl create service clusterip db --clusterip=None --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: db
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  type: ClusterIP
status:
  loadBalancer: {}
`);
	});

	test('run -o yaml', () => {
		expect(sandbox().run('kubectl run web --image=nginx --port=80 --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: web
  name: web
spec:
  containers:
  - image: nginx
    name: web
    ports:
    - containerPort: 80
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`);
	});

	test('run with a command puts it in args', () => {
		expect(sandbox().run('kubectl run tmp --image=busybox --restart=Never --dry-run=client -o yaml -- sleep 3600').stdout).toContain(
			'  - args:\n    - sleep\n    - "3600"\n    image: busybox\n    name: tmp\n',
		);
	});

	test('create namespace -o yaml', () => {
		expect(sandbox().run('kubectl create namespace dev --dry-run=client -o yaml').stdout).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: dev\nspec: {}\nstatus: {}\n');
	});

	test('without -o: the usual line with "(dry run)", nothing stored', () => {
		const {run} = sandbox();
		expect(run('kubectl create deployment web --image=nginx --dry-run=client').stdout).toBe('deployment.apps/web created (dry run)\n');
		expect(run('kubectl get deploy web').stderr).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
	});

	test('-o name', () => {
		expect(sandbox().run('kubectl create service clusterip web --tcp=80 --dry-run=client -o name').stdout).toBe('service/web\n');
	});

	test('a bad --dry-run value', () => {
		expect(sandbox().run('kubectl create deployment web --image=nginx --dry-run=maybe').stderr).toBe('error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n');
	});
});

describe('create ingress', () => {
	test('rules: a trailing * makes a Prefix path; named ports stay names', () => {
		expect(sandbox().run('kubectl create ingress simple --class=nginx --rule=foo.com/bar=svc1:8080 --rule=foo.com/api*=svc2:http --dry-run=client -o yaml').stdout).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  creationTimestamp: null
  name: simple
spec:
  ingressClassName: nginx
  rules:
  - host: foo.com
    http:
      paths:
      - backend:
          service:
            name: svc1
            port:
              number: 8080
        path: /bar
        pathType: Exact
      - backend:
          service:
            name: svc2
            port:
              name: http
        path: /api
        pathType: Prefix
status:
  loadBalancer: {}
`);
	});

	test('created through the API server', () => {
		const {run} = sandbox();
		expect(run('kubectl create ingress web --rule=/*=web:80').stdout).toBe('ingress.networking.k8s.io/web created\n');
		expect(run('kubectl create ingress empty').stderr).toMatch(/^error: not enough information provided/);
	});
});

describe('run -o json keeps the Pod struct order', () => {
	test('restartPolicy before dnsPolicy', () => {
		const json = sandbox().run('kubectl run web --image=nginx --dry-run=client -o json').stdout;
		expect(json).toMatch(/^\{\n {4}"kind": "Pod",\n {4}"apiVersion": "v1",\n/);
		expect(json).toContain('        ],\n        "restartPolicy": "Always",\n        "dnsPolicy": "ClusterFirst"\n    },\n    "status": {}\n}\n');
	});
});
