/**
 * `trace` and `iptables-save` read one rule table (docs/simulation.md, "Network"): for every
 * Service type, externalTrafficPolicy and internalTrafficPolicy, with and without endpoints, from
 * every vantage point and to every address of the Service, each rule `trace` names is a line of
 * that node's `iptables-save`, the rules chain into each other, the first rule of the Service is
 * the one `iptables-save` lists first for that address, and the outcome curl reports is the one
 * the rules give.
 */
import {describe, expect, it} from 'vitest';
import {sandbox} from '../kubectl/helpers.js';

const NODES = [
	{name: 'kind-control-plane', ip: '172.18.0.2'},
	{name: 'kind-worker', ip: '172.18.0.3'},
	{name: 'kind-worker2', ip: '172.18.0.4'},
];
const BUILTIN = new Set(['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING']);

interface Case {
	name: string;
	type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
	externalIP?: string;
	etp?: 'Cluster' | 'Local';
	itp: 'Cluster' | 'Local';
	selector: string;
	extra?: string[];
}

function cases(): Case[] {
	const out: Case[] = [];
	let n = 0;
	for (const selector of ['web', 'nothing']) {
		for (const itp of ['Cluster', 'Local'] as const) {
			out.push({name: `cip-${itp}-${selector}`.toLowerCase(), type: 'ClusterIP', itp, selector});
			for (const etp of ['Cluster', 'Local'] as const) {
				n++;
				out.push({name: `eip-${etp}-${itp}-${selector}`.toLowerCase(), type: 'ClusterIP', externalIP: `192.168.7.${n}`, etp, itp, selector});
				out.push({name: `np-${etp}-${itp}-${selector}`.toLowerCase(), type: 'NodePort', etp, itp, selector, });
				out.push({name: `lb-${etp}-${itp}-${selector}`.toLowerCase(), type: 'LoadBalancer', etp, itp, selector});
			}
		}
	}
	out.push({name: 'lb-ranges', type: 'LoadBalancer', etp: 'Cluster', itp: 'Cluster', selector: 'web', extra: ['  loadBalancerSourceRanges: [203.0.113.0/24]']});
	out.push({name: 'lb-ranges-nodes', type: 'LoadBalancer', etp: 'Local', itp: 'Cluster', selector: 'web', extra: ['  loadBalancerSourceRanges: [172.18.0.0/16]']});
	out.push({name: 'sticky', type: 'NodePort', etp: 'Cluster', itp: 'Cluster', selector: 'web', extra: ['  sessionAffinity: ClientIP']});
	return out;
}

function manifest(c: Case): string {
	const lines = ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${c.name}`, 'spec:', `  type: ${c.type}`, `  internalTrafficPolicy: ${c.itp}`];
	if (c.etp) lines.push(`  externalTrafficPolicy: ${c.etp}`);
	if (c.externalIP) lines.push(`  externalIPs: [${c.externalIP}]`);
	lines.push(...(c.extra ?? []));
	lines.push(`  selector: {app: ${c.selector}}`, '  ports:', '  - port: 80', '    targetPort: 80');
	return lines.join('\n');
}

const pod = (name: string, node: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  nodeName: ${node}\n  containers:\n  - name: c\n    image: nicolaka/netshoot\n    command: [sleep, infinity]`;

/** The trace's hops with their wrapped lines joined again. */
function hops(trace: string): Array<{label: string; where: string; text: string}> {
	return trace
		.replace(/\n {12}/g, ' ')
		.trimEnd()
		.split('\n')
		.map(line => /^ *\d+\. (\S+) +([^:]+): (.*)$/.exec(line))
		.filter((m): m is RegExpExecArray => m !== null)
		.map(m => ({label: m[1], where: m[2], text: m[3]}));
}

/** iptables-save split into its tables: table → rule lines. */
function saved(text: string): Record<string, string[]> {
	const tables: Record<string, string[]> = {};
	let current = '';
	for (const line of text.split('\n')) {
		if (line.startsWith('*')) tables[(current = line.slice(1))] = [];
		else if (line.startsWith('-A ')) tables[current].push(line);
	}
	return tables;
}

describe('trace and iptables-save agree', () => {
	it('on every node, for every Service type and traffic policy, from every vantage point', () => {
		const {run} = sandbox();
		const all = cases();
		run('kubectl create deployment web --image=nginx --replicas=2');
		const applied = run('kubectl apply -f -', [...all.map(manifest), pod('c1', 'kind-worker'), pod('c2', 'kind-worker2')].join('\n---\n'));
		expect(applied.stderr.split('\n').filter(line => line && !line.startsWith('Warning: spec.externalIPs'))).toEqual([]);
		run('sleep 5');
		const svc = JSON.parse(run('kubectl get svc -o json').stdout) as {items: Array<{metadata: {name: string}; spec: {clusterIP: string; ports: Array<{nodePort?: number}>}; status: {loadBalancer: {ingress?: Array<{ip: string}>}}}>};
		const byName = new Map(svc.items.map(item => [item.metadata.name, item]));
		const webNode = run('kubectl get pods -l app=web -o jsonpath={.items[0].spec.nodeName}').stdout;
		expect(NODES.map(n => n.name)).toContain(webNode);
		const tables = new Map(NODES.map(node => [node.name, saved(run(`docker exec ${node.name} iptables-save`).stdout)]));

		const vantages = [
			{label: 'laptop', enter: '', leave: '', local: undefined as string | undefined},
			...NODES.map(node => ({label: `node ${node.name}`, enter: `ssh ${node.name}`, leave: 'exit', local: node.name})),
			{label: 'pod c1', enter: 'kubectl exec -it c1 -- bash', leave: 'exit', local: undefined},
			{label: 'pod c2', enter: 'kubectl exec -it c2 -- bash', leave: 'exit', local: undefined},
		];
		let checked = 0;
		let rulesChecked = 0;
		const outcomes = new Map<string, number>();
		for (const vantage of vantages) {
			if (vantage.enter) run(vantage.enter);
			for (const c of all) {
				const item = byName.get(c.name)!;
				const targets = [`${item.spec.clusterIP}:80`];
				if (c.externalIP) targets.push(`${c.externalIP}:80`);
				for (const ingress of item.status.loadBalancer.ingress ?? []) targets.push(`${ingress.ip}:80`);
				const nodePort = item.spec.ports[0].nodePort;
				if (nodePort) targets.push(...NODES.map(node => `${node.ip}:${nodePort}`), ...(vantage.local ? [`127.0.0.1:${nodePort}`] : []));
				for (const target of targets) {
					const curl = run(`curl -s -o /dev/null -m 1 http://${target}/`);
					const trace = hops(run('trace').stdout);
					const where = `${vantage.label} → ${c.name} ${target}`;
					outcomes.set(String(curl.exitCode), (outcomes.get(String(curl.exitCode)) ?? 0) + 1);
					const rules = trace.filter(hop => hop.label === 'RULE');
					const seen = new Set<string>();
					for (const rule of rules) {
						const m = /^iptables -t (\w+) on (\S+)$/.exec(rule.where);
						expect(m, where).not.toBeNull();
						const [, table, node] = m!;
						expect(tables.get(node)?.[table], `${where}: ${rule.text}`).toContain(rule.text);
						const chain = rule.text.split(' ')[1];
						if (!BUILTIN.has(chain)) expect(seen.has(chain), `${where}: nothing jumped to ${chain}`).toBe(true);
						const jump = / -j (KUBE-[A-Z0-9-]+)/.exec(rule.text);
						if (jump) seen.add(jump[1]);
						rulesChecked++;
					}
					checkFirstRule(where, target, rules, tables, vantage.local);
					checkOutcome(where, curl.exitCode, trace, rules);
					checked++;
				}
			}
			if (vantage.leave) run(vantage.leave);
		}
		expect(checked).toBeGreaterThan(300);
		expect(rulesChecked).toBeGreaterThan(2000);
		// every outcome happens somewhere: answered, refused (REJECT), timed out (DROP)
		expect([...outcomes.keys()].sort()).toEqual(['0', '28', '7']);
	});
});

/** The Service rule the packet meets first is the first one iptables-save lists for its address. */
function checkFirstRule(where: string, target: string, rules: Array<{where: string; text: string}>, tables: Map<string, Record<string, string[]>>, local: string | undefined): void {
	const entry = rules.find(rule => /^-A KUBE-(SERVICES|NODEPORTS|EXTERNAL-SERVICES|PROXY-FIREWALL) .*(-d |--dport )/.test(rule.text));
	if (!entry) return;
	const node = /on (\S+)$/.exec(entry.where)![1];
	const [ip, port] = target.split(':');
	const nodeIP = NODES.find(n => n.name === node)!.ip;
	const isNodeAddress = ip === nodeIP || (ip === '127.0.0.1' && local === node);
	const table = /^iptables -t (\w+)/.exec(entry.where)![1];
	const chain = entry.text.split(' ')[1];
	const candidates = tables.get(node)![table].filter(line => line.startsWith(`-A ${chain} `));
	const first = candidates.find(line => (line.includes(`-d ${ip}/32 `) || (isNodeAddress && (!line.includes(' -d ') || (ip.startsWith('127.') && line.includes(' -d 127.0.0.0/8 '))))) && line.includes(`--dport ${port} `));
	expect(entry.text, where).toBe(first);
}

/** curl's exit status is what the last rules say: a DNAT answers, a REJECT refuses, a DROP times out. */
function checkOutcome(where: string, exitCode: number, trace: Array<{label: string; where: string; text: string}>, rules: Array<{text: string}>): void {
	const dnat = trace.find(hop => hop.label === 'DNAT');
	const proxyDrop = trace.find(hop => hop.label === 'DROP' && hop.where.startsWith('kube-proxy on '));
	const reject = trace.find(hop => hop.label === 'REJECT');
	if (dnat) {
		const to = / → (\d+\.\d+\.\d+\.\d+:\d+)/.exec(dnat.text)![1];
		expect(rules.some(rule => rule.text.endsWith(`-j DNAT --to-destination ${to}`)), where).toBe(true);
		expect(exitCode, where).toBe(0);
	}
	if (reject) {
		expect(rules[rules.length - 1].text, where).toMatch(/ has no endpoints" .*-j REJECT --reject-with icmp-port-unreachable$/);
		expect(exitCode, where).toBe(7);
	}
	if (proxyDrop) {
		expect(rules[rules.length - 1].text, where).toMatch(/-j DROP$/);
		expect(exitCode, where).toBe(28);
	}
	if (rules.some(rule => rule.text.endsWith('-j REJECT --reject-with icmp-port-unreachable'))) expect(reject, where).toBeDefined();
	if (rules.some(rule => / -j DROP$/.test(rule.text))) expect(proxyDrop, where).toBeDefined();
}
