/**
 * NetworkPolicy in the API server: v1 defaulting (policyTypes, port protocol) and the validation
 * of pkg/apis/networking/validation, with its messages.
 */
import type {LabelSelector} from 'kubernetes-types/meta/v1.js';
import type {IPBlock, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec} from 'kubernetes-types/networking/v1.js';
import type {KubeObject} from '../kube-object.js';
import {portName, portNumber} from './dns-names.js';
import {forbidden, invalid, notSupported, required, type FieldError} from './field-error.js';
import {isCidr, parseIPv4} from './ip-address.js';
import {validateLabelSelector} from './label-selector.js';
import {nameCheckFor, validateObjectMeta} from './metadata.js';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const POLICY_TYPES = ['Ingress', 'Egress'];
const CIDR_EXAMPLE = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

const specOf = (object: KubeObject) => (object.spec ?? {}) as NetworkPolicySpec;

/** SetDefaults_NetworkPolicy: Ingress always, Egress too when egress rules exist; ports default to TCP. */
export function defaultNetworkPolicy(object: KubeObject): void {
	const spec = specOf(object);
	spec.podSelector ??= {};
	if (!spec.policyTypes || spec.policyTypes.length === 0) spec.policyTypes = (spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
	for (const rule of [...(spec.ingress ?? []), ...(spec.egress ?? [])]) for (const port of rule.ports ?? []) port.protocol ??= 'TCP';
	object.spec = spec as unknown as Record<string, unknown>;
}

export function validateNetworkPolicy(object: KubeObject): FieldError[] {
	const errors = validateObjectMeta(object.metadata, true, nameCheckFor('NetworkPolicy'));
	const spec = specOf(object);
	errors.push(...validateLabelSelector(spec.podSelector ?? {}, 'spec.podSelector'));
	(spec.ingress ?? []).forEach((rule, i) => errors.push(...rulePorts(rule.ports, `spec.ingress[${i}]`), ...rulePeers(rule.from, `spec.ingress[${i}].from`)));
	(spec.egress ?? []).forEach((rule, i) => errors.push(...rulePorts(rule.ports, `spec.egress[${i}]`), ...rulePeers(rule.to, `spec.egress[${i}].to`)));
	const types = spec.policyTypes ?? [];
	if (types.length > POLICY_TYPES.length) return [...errors, invalid('spec.policyTypes', types, 'may not specify more than two policyTypes')];
	types.forEach((type, i) => {
		if (!POLICY_TYPES.includes(type)) errors.push(notSupported(`spec.policyTypes[${i}]`, type, POLICY_TYPES));
	});
	return errors;
}

function rulePorts(ports: readonly NetworkPolicyPort[] | undefined, at: string): FieldError[] {
	return (ports ?? []).flatMap((port, i) => validatePort(port, `${at}.ports[${i}]`));
}

function rulePeers(peers: readonly NetworkPolicyPeer[] | undefined, at: string): FieldError[] {
	return (peers ?? []).flatMap((peer, i) => validatePeer(peer, `${at}[${i}]`));
}

function validatePort(port: NetworkPolicyPort, at: string): FieldError[] {
	const errors: FieldError[] = [];
	if (port.protocol !== undefined && !PROTOCOLS.includes(port.protocol)) errors.push(notSupported(`${at}.protocol`, port.protocol, PROTOCOLS));
	if (port.port === undefined) {
		if (port.endPort !== undefined) errors.push(invalid(`${at}.endPort`, port.endPort, 'may not be specified when `port` is not specified'));
		return errors;
	}
	if (typeof port.port === 'number') {
		for (const message of portNumber(port.port)) errors.push(invalid(`${at}.port`, port.port, message));
		if (port.endPort !== undefined) {
			if (port.endPort < port.port) errors.push(invalid(`${at}.endPort`, port.endPort, 'must be greater than or equal to `port`'));
			for (const message of portNumber(port.endPort)) errors.push(invalid(`${at}.endPort`, port.endPort, message));
		}
		return errors;
	}
	if (port.endPort !== undefined) errors.push(invalid(`${at}.endPort`, port.endPort, 'may not be specified when `port` is non-numeric'));
	for (const message of portName(port.port)) errors.push(invalid(`${at}.port`, port.port, message));
	return errors;
}

function validatePeer(peer: NetworkPolicyPeer, at: string): FieldError[] {
	const errors: FieldError[] = [];
	const selectors: Array<[LabelSelector | undefined, string]> = [
		[peer.podSelector, 'podSelector'],
		[peer.namespaceSelector, 'namespaceSelector'],
	];
	let count = 0;
	for (const [selector, name] of selectors) {
		if (!selector) continue;
		count++;
		errors.push(...validateLabelSelector(selector, `${at}.${name}`));
	}
	if (peer.ipBlock) {
		count++;
		errors.push(...validateIPBlock(peer.ipBlock, `${at}.ipBlock`));
	}
	if (count === 0) errors.push(required(at, 'must specify a peer'));
	else if (count > 1 && peer.ipBlock) errors.push(forbidden(at, 'may not specify both ipBlock and another peer'));
	return errors;
}

function validateIPBlock(block: IPBlock, at: string): FieldError[] {
	if (!block.cidr) return [required(`${at}.cidr`)];
	if (!isCidr(block.cidr)) return [invalid(`${at}.cidr`, block.cidr, CIDR_EXAMPLE)];
	const errors: FieldError[] = [];
	(block.except ?? []).forEach((except, i) => {
		const path = `${at}.except[${i}]`;
		if (!isCidr(except)) errors.push(invalid(path, except, CIDR_EXAMPLE));
		else if (!strictSubset(except, block.cidr)) errors.push(invalid(path, except, 'must be a strict subset of `cidr`'));
	});
	return errors;
}

/** net.IPNet.Contains on the except's network address, with a longer prefix. */
function strictSubset(inner: string, outer: string): boolean {
	const [innerIP, innerBits] = inner.split('/');
	const [outerIP, outerBits] = outer.split('/');
	if (Number(innerBits) <= Number(outerBits)) return false;
	const a = parseIPv4(innerIP);
	const b = parseIPv4(outerIP);
	// With a longer prefix, the except's network lies in cidr exactly when its address does.
	if (a === undefined || b === undefined) return a === undefined && b === undefined;
	const size = 2 ** (32 - Number(outerBits));
	return Math.floor(a / size) === Math.floor(b / size);
}
