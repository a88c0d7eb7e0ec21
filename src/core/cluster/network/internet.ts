/**
 * The tiny fixed "internet" the simulator knows: a few public names with documentation-range
 * addresses (RFC 5737), so that ExternalName Services and `curl example.com` have something to
 * reach without the sandbox ever touching the real network.
 */
export interface InternetHost {
	names: readonly string[];
	ip: string;
	/** What the site's web server says it is. */
	server: string;
	title: string;
}

export const INTERNET: readonly InternetHost[] = [
	{names: ['example.com', 'www.example.com'], ip: '192.0.2.10', server: 'ECAcc (sim/0000)', title: 'Example Domain'},
	{names: ['example.org', 'www.example.org'], ip: '192.0.2.11', server: 'ECAcc (sim/0000)', title: 'Example Domain'},
	{names: ['example.net'], ip: '192.0.2.12', server: 'ECAcc (sim/0000)', title: 'Example Domain'},
	{names: ['api.example.com'], ip: '203.0.113.30', server: 'nginx', title: 'Example API'},
	{names: ['db.example.com', 'my.database.example.com'], ip: '203.0.113.40', server: 'nginx', title: 'Example database console'},
	{names: ['kubernetes.io', 'www.kubernetes.io'], ip: '198.51.100.20', server: 'Netlify', title: 'Kubernetes'},
	{names: ['google.com', 'www.google.com'], ip: '198.51.100.30', server: 'gws', title: 'Google'},
	{names: ['github.com'], ip: '198.51.100.40', server: 'github.com', title: 'GitHub'},
];

/** The upstream resolver's answer for a public name (case-insensitive, trailing dot ignored). */
export function internetHostByName(name: string): InternetHost | undefined {
	const bare = name.toLowerCase().replace(/\.$/, '');
	return INTERNET.find(host => host.names.includes(bare));
}

export function internetHostByIP(ip: string): InternetHost | undefined {
	return INTERNET.find(host => host.ip === ip);
}
