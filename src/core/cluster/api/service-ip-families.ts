import type {ServiceSpec} from '../kube-object.js';
import {isHeadless} from './service-defaults.js';
import {duplicate, invalid, notSupported, required, type FieldError} from './field-error.js';
import {isIP, isIPv6} from './ip-address.js';

/**
 * The loose clusterIP / IP-family checks the registry runs before allocating
 * (ValidateServiceClusterIPsRelatedFields), and the family defaults of a single-stack IPv4
 * cluster (initIPFamilyFields).
 */
export function validateClusterIPFields(spec: ServiceSpec): FieldError[] {
	if (spec.type === 'ExternalName') return [];
	const errors: FieldError[] = [];
	const clusterIPs = spec.clusterIPs ?? [];
	if (spec.clusterIP) {
		if (clusterIPs.length === 0) errors.push(required('spec.clusterIPs'));
		else if (clusterIPs[0] !== spec.clusterIP) errors.push(invalid('spec.clusterIPs', clusterIPs, 'first value must match `clusterIP`'));
	} else if (clusterIPs.length > 0) {
		errors.push(invalid('spec.clusterIPs', clusterIPs, 'must be empty when `clusterIP` is not specified'));
	}
	const seen = new Set<string>();
	(spec.ipFamilies ?? []).forEach((family, i) => {
		if (family !== 'IPv4' && family !== 'IPv6') errors.push(notSupported(`spec.ipFamilies[${i}]`, family, ['IPv4', 'IPv6']));
		if (seen.has(family)) errors.push(duplicate(`spec.ipFamilies[${i}]`, family));
		seen.add(family);
	});
	if (spec.ipFamilyPolicy && !['SingleStack', 'PreferDualStack', 'RequireDualStack'].includes(spec.ipFamilyPolicy)) {
		errors.push(notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, ['PreferDualStack', 'RequireDualStack', 'SingleStack']));
	}
	let badIPs = false;
	clusterIPs.forEach((ip, i) => {
		if (i === 0 && ip === 'None') {
			if (clusterIPs.length > 1) {
				badIPs = true;
				errors.push(invalid('spec.clusterIPs', clusterIPs, "'None' must be the first and only value"));
			}
			return;
		}
		if (!isIP(ip)) {
			badIPs = true;
			errors.push(invalid(`spec.clusterIPs[${i}]`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
		}
	});
	if (clusterIPs.length > 2) {
		badIPs = true;
		errors.push(invalid('spec.clusterIPs', clusterIPs, 'may only hold up to 2 values'));
	}
	if (badIPs) return errors;
	if (clusterIPs.length > 1 && isIPv6(clusterIPs[0]) === isIPv6(clusterIPs[1])) {
		errors.push(invalid('spec.clusterIPs', clusterIPs, 'may specify no more than one IP for each IP family'));
	}
	if (!isHeadless(spec)) {
		clusterIPs.forEach((ip, i) => {
			const family = spec.ipFamilies?.[i];
			if (family === 'IPv4' && isIPv6(ip)) errors.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
			if (family === 'IPv6' && !isIPv6(ip)) errors.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
		});
	}
	return errors;
}

/**
 * Fills ipFamilyPolicy and ipFamilies for an IPv4-only cluster. Quirk kept from the real
 * allocator: a headless Service without selector becomes RequireDualStack with both families.
 */
export function initIPFamilies(spec: ServiceSpec): FieldError[] {
	if (spec.type === 'ExternalName') return [];
	const headlessSelectorless = isHeadless(spec) && Object.keys(spec.selector ?? {}).length === 0;
	const errors: FieldError[] = [];
	if (!spec.ipFamilyPolicy) {
		if (headlessSelectorless || (spec.clusterIPs?.length ?? 0) > 1) spec.ipFamilyPolicy = 'RequireDualStack';
		else spec.ipFamilyPolicy = 'SingleStack';
	}
	if (headlessSelectorless) {
		if (spec.ipFamilyPolicy !== 'SingleStack' && (spec.ipFamilies?.length ?? 0) < 2) {
			spec.ipFamilies = spec.ipFamilies?.[0] === 'IPv6' ? ['IPv6', 'IPv4'] : ['IPv4', 'IPv6'];
		}
		spec.ipFamilies ??= ['IPv4'];
		return errors;
	}
	if (spec.ipFamilyPolicy === 'RequireDualStack') {
		errors.push(invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services'));
	}
	const families = spec.ipFamilies?.length ? spec.ipFamilies : (spec.clusterIPs ?? []).filter(ip => ip !== 'None').map(ip => (isIPv6(ip) ? 'IPv6' : 'IPv4'));
	families.forEach((family, i) => {
		if (family !== 'IPv4') errors.push(invalid(`spec.ipFamilies[${i}]`, family, 'not configured on this cluster'));
	});
	if (errors.length === 0) spec.ipFamilies = families.length ? families : ['IPv4'];
	return errors;
}
