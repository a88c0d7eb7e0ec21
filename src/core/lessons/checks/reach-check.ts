/**
 * An HTTP request from a vantage point gets an answer — from a pod of the named Service, when one
 * is named. The request goes through the same simulated network as the learner's curl.
 */
import type {Cluster} from '../../cluster/cluster.js';
import {podByName} from '../../cluster/network/addresses.js';
import {CLUSTER_DOMAIN} from '../../cluster/topology.js';
import {httpRequest, type HttpOutcome, type Via} from '../../cluster/network/request.js';
import type {TraceHop} from '../../cluster/network/trace.js';
import type {CheckResult, ReachCheck, ReachPath} from '../task.js';
import {probeCluster} from './probe-cluster.js';
import {findService, formatSelector, matchesSelector, whyNoEndpoints} from './service-facts.js';
import {missingServiceWhy} from './service-check.js';
import {describeUrl, fillUrl} from './url-placeholders.js';
import {vantageMissing, vantageText} from './vantage-text.js';

const PATH_TEXT: Readonly<Record<ReachPath, string>> = {
	ClusterIP: 'its ClusterIP',
	NodePort: 'a NodePort',
	LoadBalancer: 'a LoadBalancer IP',
	ExternalIP: 'an external IP',
	Headless: 'a headless Service',
	ExternalName: 'an ExternalName alias',
	Ingress: 'an Ingress rule',
};

/** Long enough for any simulated answer, short enough that a dropped packet reads as a timeout. */
const CHECK_TIMEOUT_MS = 5000;

export function reachCheckLabel(check: ReachCheck): string {
	if (check.blocked) return `curl from ${vantageText(check.from)} to ${describeUrl(check.url)}${check.host ? ` (Host: ${check.host})` : ''} gets no answer`;
	const host = check.host ? ` (Host: ${check.host})` : '';
	const target = check.service ? `a pod of ${check.service}` : 'an answer';
	const via = check.via ? ` through ${PATH_TEXT[check.via]}` : '';
	return `curl from ${vantageText(check.from)} to ${describeUrl(check.url)}${host} reaches ${target}${via}`;
}

export function runReachCheck(cluster: Cluster, check: ReachCheck): CheckResult {
	const label = check.label ?? reachCheckLabel(check);
	const fail = (why: string): CheckResult => ({label, passed: false, why});
	const missing = vantageMissing(cluster, check.from);
	if (missing) return fail(missing);
	const filled = fillUrl(cluster, check.url, check.namespace);
	if (!filled.ok) return fail(filled.why);
	const outcome = httpRequest(probeCluster(cluster), check.from, {
		url: filled.url,
		headers: check.host ? [['Host', check.host]] : undefined,
		timeoutMs: CHECK_TIMEOUT_MS,
	});
	const why = check.blocked ? answeredProblem(check, filled.url, outcome) : outcomeProblem(cluster, check, filled.url, outcome);
	return why ? fail(why) : {label, passed: true};
}

/** A blocked request times out or is refused; any answer — an error page too — means it got through. */
function answeredProblem(check: ReachCheck, url: string, outcome: HttpOutcome): string | undefined {
	const who = `curl from ${vantageText(check.from)} to ${url}`;
	switch (outcome.kind) {
		case 'timeout':
		case 'refused':
			return undefined;
		case 'response':
			return `${who} was answered (${outcome.status} ${outcome.reason}${outcome.servedBy ? ` from pod ${outcome.servedBy.pod}` : ''}); it must get no answer`;
		case 'unresolved':
			return `${who} could not resolve ${outcome.host}; the name must resolve and the connection be stopped`;
		default:
			return `${who} reached a server (${outcome.kind}); it must get no answer`;
	}
}

function outcomeProblem(cluster: Cluster, check: ReachCheck, url: string, outcome: HttpOutcome): string | undefined {
	const who = `curl from ${vantageText(check.from)}`;
	switch (outcome.kind) {
		case 'bad-url':
			return `${who} to ${url} failed: ${outcome.message}`;
		case 'unresolved':
			return `${who} could not resolve ${outcome.host}: ${unresolvedReason(cluster, check, outcome.host)}`;
		case 'refused':
			return `${who} to ${outcome.host}:${outcome.port} was refused: ${serviceReason(cluster, outcome.via) ?? lastHop(outcome.trace, ['reject', 'refused']) ?? 'nothing accepted the connection'}`;
		case 'timeout':
			return `${who} to ${outcome.host}:${outcome.port} timed out: ${firstHop(outcome.trace, ['drop']) ?? 'no answer came back'}`;
		case 'empty-reply':
			return `${who} to ${outcome.host}:${outcome.port} got no HTTP answer: the server closed the connection`;
		case 'tls-error':
			return `${who} to ${outcome.host}:${outcome.port} failed the TLS handshake: ${outcome.message}`;
		case 'response':
			return responseProblem(cluster, check, url, outcome);
	}
}

function responseProblem(cluster: Cluster, check: ReachCheck, url: string, outcome: Extract<HttpOutcome, {kind: 'response'}>): string | undefined {
	const who = `curl from ${vantageText(check.from)} to ${url}`;
	const expected = check.status ?? 200;
	if (outcome.status !== expected) {
		const detail = lastHop(outcome.trace, ['respond']);
		return `${who} got ${outcome.status} ${outcome.reason}, not ${expected}${detail ? `: ${detail}` : ''}`;
	}
	const path = travelledPath(outcome.via);
	if (check.via && path !== check.via) {
		return `${who} was answered, but it travelled ${path ? `through ${PATH_TEXT[path]}` : 'straight to its address, without a Service'}, not ${PATH_TEXT[check.via]}`;
	}
	if (!check.service) return undefined;
	const service = findService(cluster, check.namespace, check.service);
	if (!service) return missingServiceWhy(cluster, check.namespace, check.service);
	const served = outcome.servedBy;
	if (!served) return `${who} was not answered by a pod of Service ${check.service}`;
	const pod = podByName(cluster, served.namespace, served.pod);
	const selector = service.spec?.selector ?? {};
	const selected = served.namespace === check.namespace && Object.keys(selector).length > 0 && matchesSelector(pod?.metadata.labels, selector);
	if (!selected) {
		const selects = Object.keys(selector).length > 0 ? `selects ${formatSelector(selector)}` : 'has no selector';
		return `${who} was answered by pod ${served.pod} (namespace ${served.namespace}), but Service ${check.service} ${selects} in namespace ${check.namespace}`;
	}
	return undefined;
}

function travelledPath(via: Via | undefined): ReachPath | undefined {
	if (!via) return undefined;
	return via.ingress ? 'Ingress' : via.portType;
}

/** No endpoints behind the Service the request went through: say why in selector terms. */
function serviceReason(cluster: Cluster, via: Via | undefined): string | undefined {
	if (!via) return undefined;
	const service = findService(cluster, via.service.namespace, via.service.name);
	return service ? whyNoEndpoints(cluster, service) : undefined;
}

function unresolvedReason(cluster: Cluster, check: ReachCheck, host: string): string {
	if (check.from.kind !== 'pod') return `${vantageText(check.from)} does not use the cluster's DNS; only pods resolve Service names`;
	const ref = serviceNamed(host, check.from.namespace);
	if (!ref) return `the name ${host} has no DNS records`;
	const service = findService(cluster, ref.namespace, ref.name);
	if (!service) return missingServiceWhy(cluster, ref.namespace, ref.name);
	return whyNoEndpoints(cluster, service) ?? `the name ${host} has no DNS records`;
}

/** The Service a pod means by `web`, `web.shop`, `web.shop.svc` or `web.shop.svc.cluster.local`. */
function serviceNamed(host: string, podNamespace: string): {name: string; namespace: string} | undefined {
	const parts = host.replace(/\.$/, '').split('.');
	if (parts.length === 1) return {name: parts[0], namespace: podNamespace};
	const rest = parts.slice(2).join('.');
	if (parts.length === 2 || rest === 'svc' || rest === `svc.${CLUSTER_DOMAIN}`) return {name: parts[0], namespace: parts[1]};
	return undefined;
}

/** The first drop says where and why; later ones only report the client giving up. */
function firstHop(trace: readonly TraceHop[], kinds: ReadonlyArray<TraceHop['kind']>): string | undefined {
	const hop = trace.find(h => kinds.includes(h.kind));
	return hop ? `${hop.where}: ${hop.text}` : undefined;
}

function lastHop(trace: readonly TraceHop[], kinds: ReadonlyArray<TraceHop['kind']>): string | undefined {
	const hop = [...trace].reverse().find(h => kinds.includes(h.kind));
	return hop ? `${hop.where}: ${hop.text}` : undefined;
}
