/**
 * What a container image ships with: its shell and which network tools are on its PATH. busybox
 * has wget/nslookup/ping but no curl; curlimages/curl is alpine (busybox) plus curl; nginx and
 * httpd are Debian with curl only; netshoot and dnsutils carry the DNS tools.
 */
export interface ImageTools {
	/** `sh` (busybox/alpine: `sh: x: not found`) or `bash` (`bash: x: command not found`). */
	shell: 'sh' | 'bash';
	tools: ReadonlySet<string>;
}

const BUSYBOX = ['wget', 'nslookup', 'ping', 'hostname', 'cat', 'env', 'echo', 'sleep', 'ls', 'grep', 'head', 'tail', 'wc', 'sort', 'true', 'false', 'pwd', 'whoami', 'date', 'ip', 'ifconfig', 'nc', 'ps', 'seq', 'printenv', 'netstat', 'sh', 'ash'];
const DEBIAN = ['hostname', 'cat', 'env', 'echo', 'sleep', 'ls', 'grep', 'head', 'tail', 'wc', 'sort', 'true', 'false', 'pwd', 'whoami', 'date', 'seq', 'printenv', 'sh', 'bash'];

const PROFILES: ReadonlyArray<[RegExp, ImageTools]> = [
	[/netshoot/, {shell: 'bash', tools: new Set([...DEBIAN, 'curl', 'wget', 'nslookup', 'dig', 'ping', 'ip', 'nc', 'iptables', 'iptables-save'])}],
	[/dnsutils|jessie-dnsutils/, {shell: 'bash', tools: new Set([...DEBIAN, 'nslookup', 'dig', 'ping', 'wget'])}],
	[/curlimages\/curl|(^|\/)curl(:|$)/, {shell: 'sh', tools: new Set([...BUSYBOX, 'curl'])}],
	[/(^|\/)(busybox)(:|$)/, {shell: 'sh', tools: new Set(BUSYBOX)}],
	[/(^|\/)(alpine)(:|$)/, {shell: 'sh', tools: new Set(BUSYBOX)}],
	[/agnhost/, {shell: 'sh', tools: new Set([...BUSYBOX, 'curl', 'dig'])}],
	[/(^|\/)(nginx|httpd|debian|ubuntu|node|python)(:|$|-)/, {shell: 'bash', tools: new Set([...DEBIAN, 'curl'])}],
];

/** Unknown images get a generous busybox-style set, so learners are not stuck on a tool gap. */
const DEFAULT_TOOLS: ImageTools = {shell: 'sh', tools: new Set([...BUSYBOX, 'curl'])};

export function imageTools(image: string | undefined): ImageTools {
	const name = image ?? '';
	for (const [pattern, tools] of PROFILES) if (pattern.test(name)) return tools;
	return DEFAULT_TOOLS;
}
