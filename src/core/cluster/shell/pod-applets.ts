/**
 * The BusyBox 1.37 applets learners run inside a pod, with BusyBox's own output formats: ls, ps,
 * hostname -i, ip addr|route, ifconfig, netstat -tln, nc -zv, date, seq, printenv.
 */
import type {Cluster} from '../cluster.js';
import {advanceTime} from '../controllers/settle.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import {clientFor} from '../network/addresses.js';
import {httpRequest} from '../network/request.js';
import {listeningPorts} from '../network/workload-ports.js';
import {SIM_EPOCH_MS} from '../sim-clock.js';
import {answerLater} from './job-control.js';
import type {Vantage} from '../vantage.js';
import {gatewayOf, macOf, peerIndexOf, podCIDROf} from './pod-network.js';
import type {Session} from './session.js';
import {environmentText, hostnameOf, podOf} from './system-files.js';

const ok = (text = ''): ShellResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

export const POD_APPLETS = ['ls', 'ps', 'ip', 'ifconfig', 'netstat', 'nc', 'date', 'seq', 'printenv'] as const;

export function runPodApplet(session: Session, vantage: Vantage, name: string, args: readonly string[]): ShellResult | undefined {
	switch (name) {
		case 'ls':
			return ls(session, vantage, args);
		case 'ps':
			return ps(session, vantage);
		case 'ip':
			return ip(session.cluster, vantage, args);
		case 'ifconfig':
			return ifconfig(session.cluster, vantage);
		case 'netstat':
			return netstat(session.cluster, vantage, args);
		case 'nc':
			return nc(session, vantage, args);
		case 'date':
			return date(session.cluster, args);
		case 'seq':
			return seq(args);
		case 'printenv':
			return printenv(session.cluster, vantage, args);
		default:
			return undefined;
	}
}

/** The small, real-looking filesystem of a BusyBox image. */
const DIRECTORIES: Readonly<Record<string, readonly string[]>> = {
	'/': ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
	'/etc': ['group', 'hostname', 'hosts', 'localtime', 'mtab', 'network', 'nsswitch.conf', 'passwd', 'resolv.conf', 'shadow'],
	'/proc': ['1', 'cpuinfo', 'meminfo', 'mounts', 'net', 'self', 'uptime', 'version'],
	'/root': [],
	'/tmp': [],
	'/home': [],
	'/var': ['run', 'spool', 'www'],
	'/usr': ['bin', 'sbin'],
	'/dev': ['null', 'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'termination-log', 'tty', 'urandom', 'zero'],
	'/var/run': ['secrets'],
	'/var/run/secrets': ['kubernetes.io'],
	'/var/run/secrets/kubernetes.io': ['serviceaccount'],
	'/var/run/secrets/kubernetes.io/serviceaccount': ['ca.crt', 'namespace', 'token'],
};

function ls(session: Session, vantage: Vantage, args: readonly string[]): ShellResult {
	const paths = args.filter(arg => !arg.startsWith('-') || arg === '-');
	const targets = paths.length > 0 ? paths : ['/'];
	const out: string[] = [];
	const errors: string[] = [];
	for (const target of targets) {
		const path = target.length > 1 ? target.replace(/\/+$/, '') : target;
		const entries = DIRECTORIES[path];
		if (entries) {
			if (targets.length > 1) out.push(`${path}:`);
			out.push(...(entries.length > 0 ? [entries.join('  ')] : []));
			continue;
		}
		const parent = path.slice(0, path.lastIndexOf('/')) || '/';
		if (DIRECTORIES[parent]?.includes(path.slice(path.lastIndexOf('/') + 1)) || session.files.has(path)) out.push(path);
		else errors.push(`ls: ${target}: No such file or directory\n`);
	}
	void vantage;
	return {output: [...(out.length > 0 ? [{stream: 'stdout' as const, text: `${out.join('\n')}\n`}] : []), ...errors.map(text => ({stream: 'stderr' as const, text}))], exitCode: errors.length > 0 ? 1 : 0};
}

/** The container's own command line (its command and args, or the image's default). */
export function containerCommand(image: string | undefined, command: readonly string[] | undefined, args: readonly string[] | undefined): string[] {
	if (command && command.length > 0) return [[...command, ...(args ?? [])].join(' ')];
	if (/(^|\/)nginx(:|$)/.test(image ?? '')) return ['nginx: master process nginx -g daemon off;', 'nginx: worker process'];
	if (/agnhost/.test(image ?? '')) return [['/agnhost', ...(args ?? [])].join(' ')];
	if (args && args.length > 0) return [args.join(' ')];
	return ['sh'];
}

function ps(session: Session, vantage: Vantage): ShellResult {
	const pod = podOf(session.cluster, vantage);
	const container = pod?.spec?.containers?.[0];
	const main = containerCommand(container?.image, container?.command, container?.args);
	const rows: Array<[number, string, string]> = main.map((line, index) => [index === 0 ? 1 : 29 + index, index === 0 ? 'root' : 'nginx', line]);
	// The learner's shell when they came in with kubectl exec, then ps itself.
	let pid = main.length > 1 ? 32 : 7;
	if (session.vantage === vantage && session.entered?.via === 'exec') rows.push([pid++, 'root', 'sh']);
	rows.push([pid + 6, 'root', 'ps']);
	const lines = rows.map(([id, user, command]) => `${String(id).padStart(5)} ${user.padEnd(8)} ${'0:00'.padStart(5)} ${command}`);
	return ok(`PID   USER     TIME  COMMAND\n${lines.join('\n')}\n`);
}

interface PodNet {
	ip: string;
	prefix: number;
	gateway: string;
	broadcast: string;
	mac: string;
	peer: number;
}

function podNet(cluster: Cluster, vantage: Vantage): PodNet | undefined {
	const pod = podOf(cluster, vantage);
	const ip = pod?.status?.podIP;
	if (!ip) return undefined;
	const cidr = podCIDROf(pod.spec?.nodeName, ip);
	return {ip, prefix: Number(cidr.split('/')[1]), gateway: gatewayOf(cidr), broadcast: cidr.replace(/\.0\/\d+$/, '.255'), mac: macOf(ip), peer: peerIndexOf(ip)};
}

function ip(cluster: Cluster, vantage: Vantage, args: readonly string[]): ShellResult {
	const net = podNet(cluster, vantage);
	const object = args.find(arg => !arg.startsWith('-')) ?? '';
	if (!net) return fail('ip: RTNETLINK answers: Network is unreachable\n', 2);
	if ('address'.startsWith(object) && object !== '') {
		return ok(
			[
				'1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000',
				'    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
				'    inet 127.0.0.1/8 scope host lo',
				'       valid_lft forever preferred_lft forever',
				'    inet6 ::1/128 scope host ',
				'       valid_lft forever preferred_lft forever',
				`2: eth0@if${net.peer}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue `,
				`    link/ether ${net.mac} brd ff:ff:ff:ff:ff:ff`,
				`    inet ${net.ip}/${net.prefix} brd ${net.broadcast} scope global eth0`,
				'       valid_lft forever preferred_lft forever',
				'',
			].join('\n'),
		);
	}
	if (('route'.startsWith(object) && object !== '') || object === 'r') {
		const network = `${net.ip.split('.').slice(0, 3).join('.')}.0/${net.prefix}`;
		return ok(`default via ${net.gateway} dev eth0 \n${network} via ${net.gateway} dev eth0 src ${net.ip} \n${net.gateway} dev eth0 scope link src ${net.ip} \n`);
	}
	if (object === '') return fail('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n', 1);
	return fail(`ip: unknown command '${object}'\n`, 1);
}

function ifconfig(cluster: Cluster, vantage: Vantage): ShellResult {
	const net = podNet(cluster, vantage);
	if (!net) return ok();
	const mask = '255.255.255.0';
	return ok(
		[
			`eth0      Link encap:Ethernet  HWaddr ${net.mac.toUpperCase()}  `,
			`          inet addr:${net.ip}  Bcast:${net.broadcast}  Mask:${mask}`,
			'          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1',
			'          RX packets:0 errors:0 dropped:0 overruns:0 frame:0',
			'          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0',
			'          collisions:0 txqueuelen:0 ',
			'          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)',
			'',
			'lo        Link encap:Local Loopback  ',
			'          inet addr:127.0.0.1  Mask:255.0.0.0',
			'          UP LOOPBACK RUNNING  MTU:65536  Metric:1',
			'          RX packets:0 errors:0 dropped:0 overruns:0 frame:0',
			'          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0',
			'          collisions:0 txqueuelen:1000 ',
			'          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)',
			'',
			'',
		].join('\n'),
	);
}

function netstat(cluster: Cluster, vantage: Vantage, args: readonly string[]): ShellResult {
	const pod = podOf(cluster, vantage);
	const flags = args.filter(arg => arg.startsWith('-')).join('');
	const listening = /l/.test(flags);
	const header = listening || /a/.test(flags) ? 'Active Internet connections (only servers)' : 'Active Internet connections (w/o servers)';
	const lines = [header, 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       '];
	if (listening && pod) {
		for (const port of listeningPorts(pod).filter(entry => entry.protocol === 'TCP')) {
			lines.push(`tcp        0      0 ${`0.0.0.0:${port.port}`.padEnd(23)} ${'0.0.0.0:*'.padEnd(23)} LISTEN      `);
		}
	}
	return ok(`${lines.join('\n')}\n`);
}

/** BusyBox nc: `-z` only connects, `-v` says "open", `-vv` also the refusals, `-w SECS` caps the wait. */
function nc(session: Session, vantage: Vantage, args: readonly string[]): ShellResult {
	const {cluster} = session;
	let verbose = 0;
	let zero = false;
	let waitSeconds: number | undefined;
	const operands: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg.startsWith('-') && arg.length > 1) {
			for (let j = 1; j < arg.length; j++) {
				const letter = arg[j];
				if (letter === 'v') verbose++;
				else if (letter === 'z') zero = true;
				else if (letter === 'n') continue;
				else if (letter === 'w') {
					const value = arg.slice(j + 1) || args[++i];
					if (value === undefined || !/^\d+$/.test(value)) return fail(`nc: invalid number '${value ?? ''}'\n`);
					waitSeconds = Number(value);
					break;
				} else return fail(`nc: invalid option -- '${letter}'\n${NC_USAGE}`);
			}
		} else operands.push(arg);
	}
	if (operands.length < 2) return fail(NC_USAGE);
	const [host, portText] = operands;
	const port = Number(portText);
	if (!/^\d+$/.test(portText) || port < 1 || port > 65535) return fail(`nc: bad port '${portText}'\n`);
	const outcome = httpRequest(cluster, vantage, {url: `http://${host}:${port}/`, timeoutMs: waitSeconds !== undefined ? waitSeconds * 1000 : undefined});
	const trace = outcome.trace;
	if (outcome.kind === 'unresolved' || outcome.kind === 'bad-url') return {...fail(`nc: bad address '${host}'\n`), trace};
	const dotted = `${'ip' in outcome && outcome.ip ? outcome.ip : host}:${port}`;
	if (outcome.kind === 'refused' || outcome.kind === 'timeout') {
		// a refusal comes back at once; a timeout is waited for as a job (docs/simulation.md, "Jobs")
		if (outcome.kind === 'refused' && !session.clockStays) advanceTime(cluster, outcome.afterMs);
		// one -v stays quiet about a refusal, as nc 1.10 does when scanning
		const reason = outcome.kind === 'refused' ? 'Connection refused' : 'Connection timed out';
		const say = verbose > 1 || (verbose > 0 && outcome.kind === 'timeout');
		const answer = {output: say ? [{stream: 'stderr' as const, text: `nc: ${host} (${dotted}): ${reason}\n`}] : [], exitCode: 1, trace};
		return outcome.kind === 'timeout' ? answerLater(cluster, ['nc', ...args].join(' '), {...answer, waitMs: outcome.afterMs}) : answer;
	}
	// -z: connect and close; without it nc would shovel stdin to the server, which the sandbox does not do
	void zero;
	return {output: verbose > 0 ? [{stream: 'stderr', text: `${host} (${dotted}) open\n`}] : [], exitCode: 0, trace};
}

const NC_USAGE = `BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

Usage: nc [OPTIONS] HOST PORT  - connect
nc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen

	-e PROG	Run PROG after connect (must be last)
	-l	Listen mode, for inbound connects
	-lk	With -e, provides persistent server
	-p PORT	Local port
	-s ADDR	Local address
	-w SEC	Timeout for connects and final net reads
	-i SEC	Delay interval for lines sent
	-n	Don't do DNS resolution
	-u	UDP mode
	-b	Allow broadcasts
	-v	Verbose
	-o FILE	Hex dump traffic
	-z	Zero-I/O mode (scanning)
`;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** BusyBox date: `Thu Jan  1 00:05:00 UTC 2026` (pods run in UTC); `-u`, `-I`, `+%s` and friends. */
function date(cluster: Cluster, args: readonly string[]): ShellResult {
	const now = new Date(SIM_EPOCH_MS + cluster.clock.now());
	const two = (n: number) => String(n).padStart(2, '0');
	const fields: Record<string, string> = {
		a: WEEKDAYS[now.getUTCDay()],
		b: MONTHS[now.getUTCMonth()],
		d: two(now.getUTCDate()),
		e: String(now.getUTCDate()).padStart(2),
		H: two(now.getUTCHours()),
		M: two(now.getUTCMinutes()),
		S: two(now.getUTCSeconds()),
		Y: String(now.getUTCFullYear()),
		m: two(now.getUTCMonth() + 1),
		y: two(now.getUTCFullYear() % 100),
		s: String(Math.floor(now.getTime() / 1000)),
		Z: 'UTC',
		z: '+0000',
		T: `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`,
		F: `${now.getUTCFullYear()}-${two(now.getUTCMonth() + 1)}-${two(now.getUTCDate())}`,
		'%': '%',
		n: '\n',
	};
	const format = args.find(arg => arg.startsWith('+'));
	if (format) return ok(`${format.slice(1).replace(/%(.)/g, (all, letter: string) => fields[letter] ?? all)}\n`);
	const unknown = args.find(arg => arg.startsWith('-') && !['-u', '-I', '-Iseconds', '-R'].includes(arg));
	if (unknown) return fail(`date: unrecognized option '${unknown}'\n`);
	if (args.includes('-I')) return ok(`${fields.F}\n`);
	if (args.includes('-Iseconds')) return ok(`${fields.F}T${fields.T}+00:00\n`);
	if (args.includes('-R')) return ok(`${fields.a}, ${fields.d} ${fields.b} ${fields.Y} ${fields.T} +0000\n`);
	return ok(`${fields.a} ${fields.b} ${fields.e} ${fields.T} UTC ${fields.Y}\n`);
}

/** `seq LAST`, `seq FIRST LAST`, `seq FIRST INC LAST` (at most 100000 numbers). */
function seq(args: readonly string[]): ShellResult {
	const numbers = args.filter(arg => !/^-[ws]/.test(arg));
	if (numbers.length < 1 || numbers.length > 3) return fail('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n');
	for (const value of numbers) if (!Number.isFinite(Number(value))) return fail(`seq: invalid number '${value}'\n`);
	const [first, step, last] = numbers.length === 1 ? [1, 1, Number(numbers[0])] : numbers.length === 2 ? [Number(numbers[0]), 1, Number(numbers[1])] : numbers.map(Number);
	const out: string[] = [];
	if (step !== 0) for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
		out.push(String(n));
		if (out.length >= 100_000) break;
	}
	return ok(out.length > 0 ? `${out.join('\n')}\n` : '');
}

function printenv(cluster: Cluster, vantage: Vantage, args: readonly string[]): ShellResult {
	const text = environmentText(cluster, vantage);
	if (args.length === 0) return ok(text);
	const variables = new Map(text.split('\n').filter(Boolean).map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const));
	const found = args.filter(name => variables.has(name)).map(name => `${variables.get(name)}\n`);
	return {output: found.length > 0 ? [{stream: 'stdout', text: found.join('')}] : [], exitCode: found.length === args.length ? 0 : 1};
}

/** `hostname -i` prints the pod's IP (BusyBox); plain `hostname` its name. */
export function hostnameCommand(cluster: Cluster, vantage: Vantage, args: readonly string[]): ShellResult {
	if (args.includes('-i') || args.includes('-I')) {
		const ip = vantage.kind === 'pod' ? podOf(cluster, vantage)?.status?.podIP : clientFor(cluster, vantage).ip;
		if (ip) return ok(`${ip}\n`);
	}
	return ok(`${hostnameOf(cluster, vantage)}\n`);
}
