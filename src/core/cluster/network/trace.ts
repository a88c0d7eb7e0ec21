/**
 * The hop-by-hop story of one request: what the shell's `trace` builtin prints. No real tool can
 * show this, so every network decision that matters to a learner records a hop here.
 */
export type TraceHopKind =
	| 'start' // who sends what
	| 'resolve' // a DNS question and its answer
	| 'route' // where the packet goes next
	| 'rule' // one iptables rule the packet matched, as iptables-save prints it
	| 'dnat' // kube-proxy rewrote the destination
	| 'snat' // the source address was rewritten (or deliberately kept)
	| 'deliver' // the packet reached a pod or host that accepted it
	| 'respond' // the server's answer
	| 'drop' // silently discarded: the client waits for a timeout
	| 'reject' // refused by a rule (ICMP port unreachable)
	| 'refused' // nothing listening (TCP RST)
	| 'proxy'; // an application (ingress controller) forwarded the request

export interface TraceHop {
	kind: TraceHopKind;
	/** Where it happened: `laptop`, `CoreDNS 10.96.0.10`, `kube-proxy on kind-worker`, `pod default/web-…`. */
	where: string;
	text: string;
	/** iptables chain or similar rule name, when one decided. */
	rule?: string;
}

const LABELS: Record<TraceHopKind, string> = {
	start: 'SEND',
	resolve: 'DNS',
	route: 'ROUTE',
	rule: 'RULE',
	dnat: 'DNAT',
	snat: 'SNAT',
	deliver: 'DELIVER',
	respond: 'REPLY',
	drop: 'DROP',
	reject: 'REJECT',
	refused: 'RST',
	proxy: 'PROXY',
};

// 76, not 80: the sandbox screen draws inside a frame, and trace lines must not wrap mid-word there.
const WIDTH = 76;
const INDENT = '            '; // under the text column

/** Plain text, one numbered hop per paragraph, wrapped at 76 columns. */
export function renderTrace(hops: readonly TraceHop[]): string {
	if (hops.length === 0) return 'No request to trace yet: run curl, wget, nslookup, dig or ping first.\n';
	const lines: string[] = [];
	hops.forEach((hop, index) => {
		const head = `${String(index + 1).padStart(2)}. ${LABELS[hop.kind].padEnd(8)}`;
		const rule = hop.rule ? ` [${hop.rule}]` : '';
		const words = `${hop.where}: ${hop.text}${rule}`.split(' ');
		lines.push(...wrap(head, words));
	});
	return lines.join('\n') + '\n';
}

function wrap(head: string, words: string[]): string[] {
	const out: string[] = [];
	let line = head;
	let empty = true;
	for (const word of words) {
		if (!empty && line.length + 1 + word.length > WIDTH) {
			out.push(line);
			line = INDENT + word;
			continue;
		}
		line += (empty ? '' : ' ') + word;
		empty = false;
	}
	out.push(line);
	return out;
}
