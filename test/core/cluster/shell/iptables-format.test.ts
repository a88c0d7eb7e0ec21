/**
 * iptables' own formats for the rules kube-proxy writes (docs/simulation.md, "Network"):
 * `iptables-save`, `iptables -S` and `iptables -L [-n] [--line-numbers]` on a node, as
 * iptables-nft 1.8.9 prints what proxier.go (v1.34) restores.
 */
import {describe, expect, it} from 'vitest';
import {probabilityText, savedProbability} from '../../../../src/core/cluster/network/iptables-rule.js';
import {nodeRuleTable} from '../../../../src/core/cluster/network/proxy-rules.js';
import {iptablesCommand, iptablesSaveCommand} from '../../../../src/core/cluster/shell/iptables.js';
import {addService, bareCluster, streamText, text, webApp} from '../network/fixtures.js';
import {sandbox} from '../kubectl/helpers.js';

const WORKER = {name: 'kind-worker', ip: '172.18.0.3'};
const WORKER2 = {name: 'kind-worker2', ip: '172.18.0.4'};

/** web: a NodePort Service with externalTrafficPolicy Local, one pod on each worker. */
function localNodePort() {
	const cluster = bareCluster();
	webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}});
	return cluster;
}

const webRules = (output: string) => output.split('\n').filter(line => /LOLE4ISW44XBNF3G|CBPCTALQVABL5M2H|XQWD6PXGZUTOOIVQ|default\/web/.test(line)).join('\n');

describe('iptables -S on a node', () => {
	it('lists the chains and rules of a Service with externalTrafficPolicy Local', () => {
		const table = nodeRuleTable(localNodePort(), WORKER2);
		expect(webRules(text(iptablesCommand(table, ['-t', 'nat', '-S'])))).toBe(
			[
				'-N KUBE-EXT-LOLE4ISW44XBNF3G',
				'-N KUBE-SEP-CBPCTALQVABL5M2H',
				'-N KUBE-SEP-XQWD6PXGZUTOOIVQ',
				'-N KUBE-SVC-LOLE4ISW44XBNF3G',
				'-N KUBE-SVL-LOLE4ISW44XBNF3G',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-LOLE4ISW44XBNF3G',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "masquerade LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "route LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-LOLE4ISW44XBNF3G',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -j KUBE-SVL-LOLE4ISW44XBNF3G',
				'-A KUBE-NODEPORTS -d 127.0.0.0/8 -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j KUBE-EXT-LOLE4ISW44XBNF3G',
				'-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-EXT-LOLE4ISW44XBNF3G',
				'-A KUBE-SEP-CBPCTALQVABL5M2H -s 10.244.2.7/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ',
				'-A KUBE-SEP-CBPCTALQVABL5M2H -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.2.7:8080',
				'-A KUBE-SEP-XQWD6PXGZUTOOIVQ -s 10.244.1.5/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ',
				'-A KUBE-SEP-XQWD6PXGZUTOOIVQ -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
				'-A KUBE-SERVICES -d 10.96.12.34/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G',
				'-A KUBE-SVC-LOLE4ISW44XBNF3G ! -s 10.244.0.0/16 -d 10.96.12.34/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
				'-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-XQWD6PXGZUTOOIVQ',
				'-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.2.7:8080" -j KUBE-SEP-CBPCTALQVABL5M2H',
				'-A KUBE-SVL-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.2.7:8080" -j KUBE-SEP-CBPCTALQVABL5M2H',
			].join('\n'),
		);
	});

	it('starts with the built-in chains and the fixed kube-proxy rules, and lists one chain on request', () => {
		expect(text(iptablesCommand(nodeRuleTable(localNodePort(), WORKER2), ['-t', 'filter', '-S', 'KUBE-FORWARD'])).split('\n')[1]).toBe('-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name  ct_state_invalid_dropped_pkts -j DROP');
		const table = nodeRuleTable(localNodePort(), WORKER2);
		const nat = text(iptablesCommand(table, ['-t', 'nat', '-S'])).split('\n');
		expect(nat.slice(0, 4)).toEqual(['-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT']);
		expect(nat).toContain('-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN');
		expect(nat).toContain('-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0');
		expect(nat).toContain('-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully');
		expect(nat).toContain('-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000');
		expect(nat[nat.length - 2]).toBe('-A KUBE-SVL-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.2.7:8080" -j KUBE-SEP-CBPCTALQVABL5M2H');
		expect(text(iptablesCommand(table, ['-t', 'nat', '-S', 'KUBE-NODEPORTS']))).toBe('-N KUBE-NODEPORTS\n-A KUBE-NODEPORTS -d 127.0.0.0/8 -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j KUBE-EXT-LOLE4ISW44XBNF3G\n-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-EXT-LOLE4ISW44XBNF3G\n');
		expect(text(iptablesCommand(table, ['-t', 'nat', '-S', 'POSTROUTING']))).toBe('-P POSTROUTING ACCEPT\n-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING\n');
	});

	it('has no local-policy chain on a node without a local endpoint, and drops external traffic in the filter table', () => {
		const cluster = bareCluster();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}]});
		const table = nodeRuleTable(cluster, WORKER2);
		expect(webRules(text(iptablesCommand(table, ['-t', 'nat', '-S'])))).not.toContain('KUBE-SVL-');
		expect(webRules(text(iptablesCommand(table, ['-t', 'nat', '-S', 'KUBE-EXT-LOLE4ISW44XBNF3G'])))).toBe(
			[
				'-N KUBE-EXT-LOLE4ISW44XBNF3G',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-LOLE4ISW44XBNF3G',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "masquerade LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
				'-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "route LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-LOLE4ISW44XBNF3G',
			].join('\n'),
		);
		expect(text(iptablesCommand(table, ['-t', 'filter', '-S', 'KUBE-EXTERNAL-SERVICES']))).toBe(
			'-N KUBE-EXTERNAL-SERVICES\n-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP\n',
		);
		expect(text(iptablesCommand(nodeRuleTable(cluster, WORKER), ['-t', 'filter', '-S', 'KUBE-EXTERNAL-SERVICES']))).toBe('-N KUBE-EXTERNAL-SERVICES\n');
	});

	it('rejects traffic to a Service without endpoints in the filter table', () => {
		const cluster = bareCluster();
		addService(cluster, {name: 'empty', type: 'LoadBalancer', clusterIP: '10.96.5.5', ports: [{name: 'http', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30081}], selector: {app: 'none'}, status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}});
		const table = nodeRuleTable(cluster, WORKER);
		expect(text(iptablesCommand(table, ['-t', 'filter', '-S', 'KUBE-SERVICES']))).toBe(
			'-N KUBE-SERVICES\n-A KUBE-SERVICES -d 10.96.5.5/32 -p tcp -m comment --comment "default/empty:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable\n',
		);
		expect(text(iptablesCommand(table, ['-t', 'filter', '-S', 'KUBE-EXTERNAL-SERVICES']))).toBe(
			[
				'-N KUBE-EXTERNAL-SERVICES',
				'-A KUBE-EXTERNAL-SERVICES -d 172.18.255.200/32 -p tcp -m comment --comment "default/empty:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
				'-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/empty:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30081 -j REJECT --reject-with icmp-port-unreachable',
				'',
			].join('\n'),
		);
		expect(text(iptablesCommand(table, ['-t', 'nat', '-S']))).not.toContain('default/empty');
	});

	it('writes session affinity with the recent module and source ranges through a firewall chain', () => {
		const cluster = bareCluster();
		webApp(cluster, {
			type: 'LoadBalancer',
			nodePort: 30080,
			spec: {sessionAffinity: 'ClientIP', sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}, loadBalancerSourceRanges: ['203.0.113.0/24']},
			replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}],
		});
		cluster.store.put({...(cluster.store.peek('Service', 'default', 'web') as object), status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}} as never);
		const nat = text(iptablesCommand(nodeRuleTable(cluster, WORKER), ['-t', 'nat', '-S'])).split('\n');
		expect(nat).toContain('-A KUBE-SERVICES -d 172.18.255.200/32 -p tcp -m comment --comment "default/web loadbalancer IP" -m tcp --dport 80 -j KUBE-FW-LOLE4ISW44XBNF3G');
		expect(nat).toContain('-A KUBE-FW-LOLE4ISW44XBNF3G -s 203.0.113.0/24 -m comment --comment "default/web loadbalancer IP" -j KUBE-EXT-LOLE4ISW44XBNF3G');
		expect(nat).toContain('-A KUBE-FW-LOLE4ISW44XBNF3G -m comment --comment "other traffic to default/web will be dropped by KUBE-PROXY-FIREWALL"');
		expect(nat).toContain('-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.5:8080" -m recent --rcheck --seconds 600 --reap --name KUBE-SEP-XQWD6PXGZUTOOIVQ --mask 255.255.255.255 --rsource -j KUBE-SEP-XQWD6PXGZUTOOIVQ');
		expect(nat).toContain('-A KUBE-SEP-XQWD6PXGZUTOOIVQ -p tcp -m comment --comment "default/web" -m recent --set --name KUBE-SEP-XQWD6PXGZUTOOIVQ --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.5:8080');
		expect(text(iptablesCommand(nodeRuleTable(cluster, WORKER), ['-t', 'filter', '-S', 'KUBE-PROXY-FIREWALL']))).toBe(
			'-N KUBE-PROXY-FIREWALL\n-A KUBE-PROXY-FIREWALL -d 172.18.255.200/32 -p tcp -m comment --comment "default/web traffic not accepted by KUBE-FW-LOLE4ISW44XBNF3G" -m tcp --dport 80 -j DROP\n',
		);
	});
});

describe('iptables -L on a node', () => {
	it('prints a chain in columns, numerically with -n', () => {
		const table = nodeRuleTable(localNodePort(), WORKER2);
		expect(text(iptablesCommand(table, ['-t', 'nat', '-n', '-L', 'KUBE-SVC-LOLE4ISW44XBNF3G']))).toBe(
			[
				'Chain KUBE-SVC-LOLE4ISW44XBNF3G (3 references)',
				'target     prot opt source               destination         ',
				'KUBE-MARK-MASQ  tcp  -- !10.244.0.0/16        10.96.12.34          /* default/web cluster IP */ tcp dpt:80',
				'KUBE-SEP-XQWD6PXGZUTOOIVQ  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.1.5:8080 */ statistic mode random probability 0.50000000000',
				'KUBE-SEP-CBPCTALQVABL5M2H  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.2.7:8080 */',
				'',
			].join('\n'),
		);
		expect(text(iptablesCommand(table, ['-t', 'nat', '-nL', 'KUBE-POSTROUTING']))).toBe(
			[
				'Chain KUBE-POSTROUTING (1 references)',
				'target     prot opt source               destination         ',
				'RETURN     all  --  0.0.0.0/0            0.0.0.0/0            mark match ! 0x4000/0x4000',
				'MARK       all  --  0.0.0.0/0            0.0.0.0/0            MARK xor 0x4000',
				'MASQUERADE  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service traffic requiring SNAT */ random-fully',
				'',
			].join('\n'),
		);
	});

	it('names "anywhere" and well-known ports without -n, and numbers lines on request', () => {
		const table = nodeRuleTable(localNodePort(), WORKER2);
		expect(text(iptablesCommand(table, ['-t', 'nat', '-L', 'KUBE-SERVICES', '--line-numbers']))).toBe(
			[
				'Chain KUBE-SERVICES (2 references)',
				'num  target     prot opt source               destination         ',
				'1    KUBE-SVC-NPX46M4PTMTKRN6Y  tcp  --  anywhere             10.96.0.1            /* default/kubernetes:https cluster IP */ tcp dpt:https',
				'2    KUBE-SVC-LOLE4ISW44XBNF3G  tcp  --  anywhere             10.96.12.34          /* default/web cluster IP */ tcp dpt:http',
				'3    KUBE-SVC-ERIFXISQEP7F7OF4  tcp  --  anywhere             10.96.0.10           /* kube-system/kube-dns:dns-tcp cluster IP */ tcp dpt:domain',
				'4    KUBE-SVC-TCOU7JCQXEZGVUNU  udp  --  anywhere             10.96.0.10           /* kube-system/kube-dns:dns cluster IP */ udp dpt:domain',
				'5    KUBE-SVC-JD5MR3NA4I4DYORP  tcp  --  anywhere             10.96.0.10           /* kube-system/kube-dns:metrics cluster IP */ tcp dpt:9153',
				'6    KUBE-NODEPORTS  all  --  anywhere             anywhere             /* kubernetes service nodeports; NOTE: this must be the last rule in this chain */ ADDRTYPE match dst-type LOCAL',
				'',
			].join('\n'),
		);
	});

	it('separates chains with a blank line and shows built-in policies', () => {
		const output = text(iptablesCommand(nodeRuleTable(localNodePort(), WORKER2), ['-t', 'nat', '-L', '-n']));
		expect(output.startsWith('Chain PREROUTING (policy ACCEPT)\ntarget     prot opt source               destination         \nKUBE-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service portals */\n\nChain INPUT (policy ACCEPT)\n')).toBe(true);
		expect(output).toContain('\n\nChain KUBE-MARK-MASQ (15 references)\ntarget     prot opt source               destination         \nMARK       all  --  0.0.0.0/0            0.0.0.0/0            MARK or 0x4000\n\n');
	});
});

describe('iptables-save on a node', () => {
	it('dumps mangle, filter and nat with the simulated time in the header', () => {
		const output = text(iptablesSaveCommand(nodeRuleTable(localNodePort(), WORKER2), 65_000, []));
		const lines = output.split('\n');
		expect(lines[0]).toBe('# Generated by iptables-save v1.8.9 (nf_tables) on Thu Jan  1 00:01:05 2026');
		expect(lines.filter(line => line.startsWith('*'))).toEqual(['*mangle', '*filter', '*nat']);
		expect(lines.filter(line => line === 'COMMIT')).toHaveLength(3);
		expect(lines[lines.length - 2]).toBe('# Completed on Thu Jan  1 00:01:05 2026');
		expect(output).toContain('*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n:KUBE-EXT-LOLE4ISW44XBNF3G - [0:0]\n:KUBE-KUBELET-CANARY - [0:0]\n:KUBE-MARK-MASQ - [0:0]\n');
		expect(output).toContain('\n-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y\n');
		expect(output).toContain('\n-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS\n-A KUBE-SVC-ERIFXISQEP7F7OF4 ');
		expect(text(iptablesSaveCommand(nodeRuleTable(localNodePort(), WORKER2), 0, ['-t', 'mangle']))).toBe(
			'# Generated by iptables-save v1.8.9 (nf_tables) on Thu Jan  1 00:00:00 2026\n*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n:KUBE-IPTABLES-HINT - [0:0]\n:KUBE-KUBELET-CANARY - [0:0]\n:KUBE-PROXY-CANARY - [0:0]\nCOMMIT\n# Completed on Thu Jan  1 00:00:00 2026\n',
		);
	});

	it('prints the probabilities kube-proxy writes as the kernel stores them', () => {
		expect([2, 3, 4, 5, 6, 7, 10].map(n => savedProbability(probabilityText(n)))).toEqual(['0.50000000000', '0.33333333349', '0.25000000000', '0.20000000019', '0.16666666651', '0.14285714272', '0.10000000009']);
		expect(probabilityText(3)).toBe('0.3333333333');
	});
});

describe('iptables usage errors', () => {
	const table = nodeRuleTable(bareCluster(), WORKER);
	it('says what is wrong, as iptables does', () => {
		expect(streamText(iptablesCommand(table, ['-t', 'nat', '-S', 'KUBE-NOPE']), 'stderr')).toBe('iptables: No chain/target/match by that name.\n');
		expect(iptablesCommand(table, ['-t', 'nat', '-S', 'KUBE-NOPE']).exitCode).toBe(1);
		expect(streamText(iptablesCommand(table, ['-t', 'nay', '-S']), 'stderr')).toBe("iptables v1.8.9 (nf_tables): table 'nay' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n");
		expect(streamText(iptablesCommand(table, ['-t', 'nat']), 'stderr')).toBe("iptables v1.8.9 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n");
		expect(streamText(iptablesCommand(table, ['-t', 'nat', '-F']), 'stderr')).toMatch(/only listing \(-S, -L\) is simulated/);
		expect(streamText(iptablesSaveCommand(table, 0, ['-t', 'raw']), 'stderr')).toBe("iptables-save v1.8.9 (nf_tables): table 'raw' does not exist\n");
	});

	it('lists the filter table when no table is named', () => {
		expect(text(iptablesCommand(table, ['-S', 'INPUT'])).split('\n')[0]).toBe('-P INPUT ACCEPT');
	});
});

describe('iptables in the sandbox', () => {
	it('prints the table of the node you are on, and a pod cannot read it', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		run('kubectl expose deployment web --port=80 --type=NodePort --name=web');
		run('kubectl run tools --image=nicolaka/netshoot -- sleep infinity');
		run('sleep 5');
		const nodePort = run('kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}').stdout;
		run('ssh kind-worker');
		expect(run('iptables -t nat -S KUBE-NODEPORTS').stdout).toBe(`-N KUBE-NODEPORTS\n-A KUBE-NODEPORTS -d 127.0.0.0/8 -p tcp -m comment --comment "default/web" -m tcp --dport ${nodePort} -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j KUBE-EXT-LOLE4ISW44XBNF3G\n-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport ${nodePort} -j KUBE-EXT-LOLE4ISW44XBNF3G\n`);
		expect(run('iptables-save -t nat | grep -c KUBE-SEP-').stdout).toMatch(/^\d+\n$/);
		run('exit');
		run('kubectl exec -it tools -- bash');
		expect(run('iptables-save')).toMatchObject({stderr: 'iptables-save v1.8.10 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n', exitCode: 1});
	});
});
