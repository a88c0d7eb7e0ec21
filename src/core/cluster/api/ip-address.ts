/** IPv4 helpers for the Service CIDR. */

export function parseIPv4(text: string): number | undefined {
	const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
	if (!match) return undefined;
	const octets = match.slice(1).map(Number);
	if (octets.some(octet => octet > 255)) return undefined;
	return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}

export function formatIPv4(value: number): string {
	return [24, 16, 8, 0].map(shift => (value >>> shift) & 255).join('.');
}

/** Loose IPv6 recognition: enough to tell a v6 address from garbage. */
export function isIPv6(text: string): boolean {
	if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
	const doubleColons = text.split('::').length - 1;
	if (doubleColons > 1) return false;
	const groups = text.split(':').filter(group => group !== '');
	return groups.every(group => /^[0-9a-fA-F]{1,4}$/.test(group) || parseIPv4(group) !== undefined) && (doubleColons === 1 || groups.length === 8);
}

export const isIP = (text: string): boolean => parseIPv4(text) !== undefined || isIPv6(text);

/** An IPv4 or IPv6 CIDR as net.ParseCIDR accepts it (host bits may be set). */
export function isCidr(text: string): boolean {
	const [ip, bits, extra] = text.split('/');
	if (extra !== undefined || bits === undefined || !/^\d+$/.test(bits)) return false;
	const max = ip.includes(':') ? 128 : 32;
	return isIP(ip) && Number(bits) <= max;
}

export interface Cidr {
	base: number;
	size: number;
	text: string;
}

export function parseCidr(text: string): Cidr {
	const [ip, bits] = text.split('/');
	const size = 2 ** (32 - Number(bits));
	return {base: parseIPv4(ip) ?? 0, size, text};
}
