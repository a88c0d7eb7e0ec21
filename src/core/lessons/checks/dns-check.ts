/**
 * A name resolves from a vantage point the way the Service's type promises: a ClusterIP, the
 * ready pods' IPs (headless), a CNAME (ExternalName), or nothing at all.
 */
import type {Cluster} from '../../cluster/cluster.js';
import type {Service} from '../../cluster/kube-object.js';
import {resolve} from '../../cluster/network/request.js';
import type {CheckResult, DnsCheck, DnsExpectation} from '../task.js';
import {probeCluster} from './probe-cluster.js';
import {findService, readyEndpoints, whyNoEndpoints} from './service-facts.js';
import {missingServiceWhy} from './service-check.js';
import {vantageMissing, vantageText} from './vantage-text.js';

const EXPECTATION_TEXT: Readonly<Record<DnsExpectation, string>> = {
	'service-ip': "the Service's ClusterIP",
	'pod-ips': "the IPs of the Service's ready pods",
	cname: "a CNAME to the Service's external name",
	nxdomain: 'nothing (NXDOMAIN)',
};

export function dnsCheckLabel(check: DnsCheck): string {
	return `${check.name} resolves from ${vantageText(check.from)} to ${EXPECTATION_TEXT[check.expect]}`;
}

export function runDnsCheck(cluster: Cluster, check: DnsCheck): CheckResult {
	const label = check.label ?? dnsCheckLabel(check);
	const fail = (why: string): CheckResult => ({label, passed: false, why});
	const missing = vantageMissing(cluster, check.from);
	if (missing) return fail(missing);
	const service = findService(cluster, check.namespace, check.service);
	if (!service && check.expect !== 'nxdomain') return fail(missingServiceWhy(cluster, check.namespace, check.service));
	const {lookup} = resolve(probeCluster(cluster), check.from, check.name, 'A');
	const answer = lookup.found?.response.answer ?? [];
	const addresses = answer.filter(r => r.type === 'A').map(r => r.data).sort();
	const cname = answer.find(r => r.type === 'CNAME')?.data;
	const got = describeAnswer(addresses, cname);
	const prefix = `${check.name} from ${vantageText(check.from)}`;
	if (check.expect === 'nxdomain') return lookup.found ? fail(`${prefix} still resolves to ${got}`) : {label, passed: true};
	if (!lookup.found) return fail(`${prefix} does not resolve: ${noAnswerReason(cluster, check, service as Readonly<Service>)}`);
	const why = mismatch(cluster, check, service as Readonly<Service>, addresses, cname);
	return why ? fail(`${prefix} resolves to ${got}, ${why}`) : {label, passed: true};
}

function describeAnswer(addresses: readonly string[], cname: string | undefined): string {
	const parts = [...(cname ? [`CNAME ${cname}`] : []), ...addresses];
	return parts.length ? parts.join(', ') : 'no address';
}

function mismatch(cluster: Cluster, check: DnsCheck, service: Readonly<Service>, addresses: readonly string[], cname: string | undefined): string | undefined {
	const spec = service.spec ?? {};
	switch (check.expect) {
		case 'service-ip':
			return spec.clusterIP && addresses.length === 1 && addresses[0] === spec.clusterIP ? undefined : `not the ClusterIP ${spec.clusterIP ?? '<none>'} of Service ${check.service}`;
		case 'pod-ips': {
			if (spec.clusterIP !== 'None') return `the ClusterIP of Service ${check.service}: it is not headless (clusterIP: None)`;
			const ready = readyEndpoints(cluster, service);
			const same = ready.length === addresses.length && ready.every(ip => addresses.includes(ip));
			return same ? undefined : `not the ready pods' IPs (${ready.join(', ') || 'none'})`;
		}
		case 'cname': {
			const target = spec.externalName ? `${spec.externalName.replace(/\.$/, '')}.` : undefined;
			if (spec.type !== 'ExternalName') return `not a CNAME: Service ${check.service} is ${spec.type ?? 'ClusterIP'}, not ExternalName`;
			return cname === target ? undefined : `not a CNAME to ${target}`;
		}
		case 'nxdomain':
			return undefined;
	}
}

function noAnswerReason(cluster: Cluster, check: DnsCheck, service: Readonly<Service>): string {
	if (check.from.kind !== 'pod') return `${vantageText(check.from)} does not use the cluster's DNS; only pods resolve Service names`;
	if (service.spec?.clusterIP === 'None') return whyNoEndpoints(cluster, service) ?? `a headless Service's name has records only while pods are ready`;
	return `no record for ${check.name} (a Service in another namespace needs <name>.<namespace>)`;
}
