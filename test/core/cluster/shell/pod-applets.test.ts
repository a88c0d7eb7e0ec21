import {describe, expect, test} from 'vitest';
import {Cluster} from '../../../../src/core/cluster/cluster.js';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';

function pod(cluster: Cluster, name: string, ip: string, spec: Record<string, unknown>): void {
	cluster.store.put({
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {name, namespace: 'default', uid: `uid-${name}`, labels: {app: name}, creationTimestamp: cluster.clock.timestamp()},
		spec: {nodeName: 'kind-worker', dnsPolicy: 'ClusterFirst', ...spec},
		status: {phase: 'Running', podIP: ip, startTime: cluster.clock.timestamp(), conditions: [{type: 'Ready', status: 'True'}], containerStatuses: [{name: 'main', ready: true, restartCount: 0, state: {running: {}}}]},
	} as KubeObject);
}

function setup() {
	const cluster = createCluster({seed: 3});
	pod(cluster, 'box', '10.244.1.10', {containers: [{name: 'main', image: 'busybox:1.37', command: ['sleep', '3600']}]});
	pod(cluster, 'web', '10.244.1.11', {containers: [{name: 'main', image: 'nginx:1.27', ports: [{containerPort: 80}]}]});
	pod(cluster, 'db-0', '10.244.1.12', {hostname: 'db-0', subdomain: 'db', containers: [{name: 'main', image: 'busybox:1.37', command: ['sleep', 'infinity']}]});
	const shell = createShell({cluster, readFile: () => undefined});
	const run = (line: string) => {
		const result = shell.run(line);
		return {text: outputText(result), exitCode: result.exitCode};
	};
	return {cluster, shell, run};
}

describe('BusyBox applets in a pod', () => {
	test('hostname, hostname -i and $HOSTNAME', () => {
		const {run} = setup();
		expect(run('kubectl exec -it box -- sh').exitCode).toBe(0);
		expect(run('hostname').text).toBe('box\n');
		expect(run('hostname -i').text).toBe('10.244.1.10\n');
		expect(run('echo $HOSTNAME').text).toBe('box\n');
		expect(run('printenv HOSTNAME HOME').text).toBe('box\n/root\n');
	});

	test('/etc/resolv.conf and /etc/hosts as the kubelet writes them', () => {
		const {run} = setup();
		run('kubectl exec -it db-0 -- sh');
		expect(run('cat /etc/resolv.conf').text).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
		expect(run('tail -1 /etc/hosts').text).toBe('10.244.1.12\tdb-0.db.default.svc.cluster.local\tdb-0\n');
	});

	test('ls of the pod filesystem', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		expect(run('ls').text).toBe('bin  dev  etc  home  lib  lib64  proc  root  sys  tmp  usr  var\n');
		expect(run('ls /etc/resolv.conf').text).toBe('/etc/resolv.conf\n');
		expect(run('ls /nope')).toEqual({text: 'ls: /nope: No such file or directory\n', exitCode: 1});
	});

	test('ps shows the container command as PID 1, the shell and ps', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		expect(run('ps').text).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 sh\n   14 root      0:00 ps\n');
	});

	test('ip addr, ip route, ifconfig: eth0 in the node pod CIDR, default via its .1', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		expect(run('ip route').text).toBe('default via 10.244.1.1 dev eth0 \n10.244.1.0/24 via 10.244.1.1 dev eth0 src 10.244.1.10 \n10.244.1.1 dev eth0 scope link src 10.244.1.10 \n');
		expect(run('ip addr | grep inet').text).toBe('    inet 127.0.0.1/8 scope host lo\n    inet6 ::1/128 scope host \n    inet 10.244.1.10/24 brd 10.244.1.255 scope global eth0\n');
		expect(run('ifconfig | grep "inet addr"').text).toBe('          inet addr:10.244.1.10  Bcast:10.244.1.255  Mask:255.255.255.0\n          inet addr:127.0.0.1  Mask:255.0.0.0\n');
	});

	test('netstat -tln lists what the container listens on', () => {
		const {run} = setup();
		expect(run('kubectl exec box -- netstat -tln').text).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n');
		run('kubectl run tool --image=busybox:1.37 --restart=Never -- sleep 3600');
	});

	test('nc -zv: open, refused (quiet with one -v, said with -vv), bad address', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		expect(run('nc -zv 10.244.1.11 80')).toEqual({text: '10.244.1.11 (10.244.1.11:80) open\n', exitCode: 0});
		expect(run('nc -zv 10.244.1.11 81')).toEqual({text: '', exitCode: 1});
		expect(run('nc -zvv 10.244.1.11 81')).toEqual({text: 'nc: 10.244.1.11 (10.244.1.11:81): Connection refused\n', exitCode: 1});
		expect(run('nc -zv nosuch 80')).toEqual({text: "nc: bad address 'nosuch'\n", exitCode: 1});
		expect(run('nc -zv 10.244.1.11 80 && echo reachable').text).toBe('10.244.1.11 (10.244.1.11:80) open\nreachable\n');
	});

	test('date follows the simulated clock; seq counts', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		expect(run('date').text).toBe('Thu Jan  1 00:00:00 UTC 2026\n');
		run('sleep 65');
		expect(run('date +%H:%M:%S').text).toBe('00:01:05\n');
		expect(run('seq 3').text).toBe('1\n2\n3\n');
		expect(run('seq 2 2 6').text).toBe('2\n4\n6\n');
		expect(run('for i in $(seq 2); do echo "try $i"; done').text).toBe('try 1\ntry 2\n');
	});

	test('curl through a pipe still leaves a request to trace', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		run('wget -qO- 10.244.1.11 | grep nothing');
		expect(run('trace').text).not.toContain('No request to trace yet');
	});
});

describe('a kind node', () => {
	test('crictl ps and crictl pods list what runs on the node', () => {
		const {run} = setup();
		run('ssh kind-worker');
		const ps = run('crictl ps').text.split('\n');
		expect(ps[0]).toBe('CONTAINER           IMAGE               CREATED                  STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE');
		expect(ps.find(line => / box /.test(line))).toMatch(/^[0-9a-f]{13} {7}[0-9a-f]{13} {7}Less than a second ago   Running {13}main {16}0 {19}[0-9a-f]{13} {7}box {17}default$/);
		expect(run('crictl pods').text.split('\n')[0]).toBe('POD ID              CREATED                  STATE               NAME                NAMESPACE           ATTEMPT             RUNTIME');
	});

	test('ip route: the docker gateway, the other nodes pod CIDRs, one veth per local pod', () => {
		const {run} = setup();
		run('ssh kind-worker');
		const routes = run('ip route').text;
		expect(routes).toMatch(/^default via 172\.18\.0\.1 dev eth0\n10\.244\.0\.0\/24 via 172\.18\.0\.2 dev eth0\n10\.244\.1\.10 dev veth[0-9a-f]{8} scope host\n/);
		expect(routes).toContain('10.244.2.0/24 via 172.18.0.4 dev eth0\n172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.3\n');
	});
});

describe('BusyBox wget options', () => {
	test('--timeout=1 and --quiet are accepted as getopt_long takes them', () => {
		const {run} = setup();
		run('kubectl exec -it box -- sh');
		const result = run('wget --quiet --timeout=1 -O- 10.244.1.11');
		expect(result.exitCode).toBe(0);
		expect(result.text).toContain('<title>Welcome to nginx!</title>');
		expect(run('wget -q -T 1 -O- 10.244.1.11:81')).toEqual({text: "wget: can't connect to remote host (10.244.1.11): Connection refused\n", exitCode: 1});
	});
});

describe('help says what works where', () => {
	test('the laptop lists the shell features, a node crictl, a pod the applets', () => {
		const {run} = setup();
		expect(run('help').text).toContain('Shell:        $? && || ; | > <<EOF, $VAR (split into words unless "quoted"), $(cmd), $((1+2)),\n              for i in 1 2 3; do …; done, while [ $i -lt 3 ]; do …; done\n');
		run('ssh kind-worker');
		expect(run('help').text).toContain("Node:         crictl ps, crictl pods (what containerd runs here), ip route (kindnetd's routes)\n");
		run('exit');
		run('kubectl exec -it box -- sh');
		const help = run('help').text;
		expect(help).toContain('Look around:  hostname -i, ip addr, ip route, netstat -tln, ps, cat /etc/resolv.conf, nc -zv HOST PORT\n');
		expect(help).toContain('nc, netstat, nslookup, ping, printenv, ps, pwd, seq');
	});
});
