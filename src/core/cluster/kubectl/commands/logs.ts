/**
 * `kubectl logs`: what each container's process printed (containerOutput, kept by the kubelet in
 * controllers/kubelet-containers.ts), as the kubelet serves it and kubectl v1.34 prints it: the
 * default container and its `Defaulted container` line, `-c`, `--all-containers`, `--previous`,
 * `-l` (10 lines per container unless `--tail` says otherwise), `--prefix`, `--tail`, `--since`,
 * `--since-time`, `--timestamps`, `deploy/NAME` (`Found 3 pods, using pod/…`), and `-f`, which
 * keeps printing what comes until the container stops or Ctrl+C (a job, shell/job.ts).
 */
import type {Cluster} from '../../cluster.js';
import type {OutputChunk} from '../../command-result.js';
import {containerOutput} from '../../controllers/kubelet-containers.js';
import {SIM_EPOCH_MS, SimClock} from '../../sim-clock.js';
import type {Job} from '../../shell/job.js';
import {type KubectlCommand, type KubectlContext, SELECTOR_FLAG} from '../command.js';
import {parseGoDuration} from '../go-duration.js';
import {Output} from '../kubectl-env.js';
import {matchesSelector, parseSelector} from '../label-selector.js';
import {findPod, type StoredPod} from '../pod-access.js';

const USAGE = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n";
const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';
/** With a selector kubectl shows the last 10 lines of each container unless --tail says otherwise. */
const SELECTOR_TAIL = 10;

/** One container's log as a stream kubectl reads. */
interface Stream {
	namespace: string;
	pod: string;
	container: string;
	/** How much of its output has been printed (for -f). */
	printed: number;
}

interface Options {
	tail: number;
	sinceMs?: number;
	sinceTime?: number;
	timestamps: boolean;
	prefix: boolean;
	previous: boolean;
}

export const logsCommand: KubectlCommand = {
	name: 'logs',
	short: 'Print the logs for a container in a pod',
	flags: [
		{name: 'container', short: 'c', type: 'string'},
		{name: 'follow', short: 'f', type: 'bool'},
		{name: 'previous', short: 'p', type: 'bool'},
		{name: 'all-containers', type: 'bool'},
		{name: 'all-pods', type: 'bool'},
		SELECTOR_FLAG,
		{name: 'tail', type: 'string'},
		{name: 'since', type: 'string'},
		{name: 'since-time', type: 'string'},
		{name: 'timestamps', type: 'bool'},
		{name: 'prefix', type: 'bool'},
		{name: 'limit-bytes', type: 'string'},
		{name: 'max-log-requests', type: 'string'},
		{name: 'ignore-errors', type: 'bool'},
		{name: 'pod-running-timeout', type: 'string'},
		{name: 'insecure-skip-tls-verify-backend', type: 'bool'},
	],
	run: context => {
		const out = new Output();
		const options = readOptions(context);
		if (typeof options === 'string') return out.err(options).done(1);
		const streams = context.flags.has('selector') ? selectorStreams(context, out) : namedStreams(context, out);
		if (!streams) return out.done(1);
		const follow = context.flags.bool('follow');
		const limit = Number(context.flags.string('max-log-requests') || '5');
		if (follow && streams.length > limit) {
			return out.err(`error: you are attempting to follow ${streams.length} log streams, but maximum allowed concurrency is ${limit}, use --max-log-requests to increase the limit\n`).done(1);
		}
		for (const stream of streams) {
			const read = readStream(context.env.cluster, stream, options);
			if (!read.ok) return out.err(read.message).done(1);
			out.out(read.text);
		}
		// a container that is not running any more has nothing more to say: -f ends with its log
		if (follow && !options.previous) {
			const job = followJob(context, streams, options);
			if (job.drain().exitCode === undefined) out.job = job;
		}
		return out.done(0);
	},
};

function readOptions(context: KubectlContext): Options | string {
	const {flags} = context;
	const selector = flags.has('selector');
	const tailText = flags.string('tail');
	const tail = tailText === '' ? (selector ? SELECTOR_TAIL : -1) : Number(tailText);
	if (!/^-?\d+$/.test(tailText || '0')) return `error: invalid argument "${tailText}" for "--tail" flag: strconv.ParseInt: parsing "${tailText}": invalid syntax\n`;
	const options: Options = {tail, timestamps: flags.bool('timestamps'), prefix: flags.bool('prefix'), previous: flags.bool('previous')};
	if (flags.has('since')) {
		const ms = parseGoDuration(flags.string('since'));
		if (ms === undefined) return `error: invalid argument "${flags.string('since')}" for "--since" flag: time: invalid duration "${flags.string('since')}"\n`;
		options.sinceMs = ms;
	}
	if (flags.has('since-time')) {
		const text = flags.string('since-time');
		if (Number.isNaN(Date.parse(text)) || !/^\d{4}-\d\d-\d\dT/.test(text)) return `error: parsing time "${text}" as "2006-01-02T15:04:05Z07:00": cannot parse "${text}" as "2006"\n`;
		options.sinceTime = SimClock.toSimMs(text);
	}
	if (options.sinceMs !== undefined && options.sinceTime !== undefined) return 'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n';
	return options;
}

/** `logs POD [CONTAINER]`, `logs deploy/web`, `logs job/pi`. */
function namedStreams(context: KubectlContext, out: Output): Stream[] | undefined {
	const args = context.flags.args;
	if (args.length === 0) {
		out.err(USAGE);
		return undefined;
	}
	if (args.length > 2) {
		out.err("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n");
		return undefined;
	}
	const found = findPod(context, args[0]);
	if (!found.ok) {
		// kubectl waits --pod-running-timeout for a pod to appear, then gives up
		out.err(found.message.startsWith('error: no pods found for') ? 'error: timed out waiting for the condition\n' : found.message);
		return undefined;
	}
	if (found.count > 1) out.err(`Found ${found.count} pods, using pod/${found.pod.metadata.name}\n`);
	const container = args[1] ?? context.flags.string('container');
	return podStreams(context, found.pod, container, out);
}

/** `logs -l app=web`: every pod the selector matches, in name order. */
function selectorStreams(context: KubectlContext, out: Output): Stream[] | undefined {
	if (context.flags.args.length > 0) {
		out.err('error: only a selector (-l) or a POD name is allowed\nSee \'kubectl logs -h\' for help and examples\n');
		return undefined;
	}
	const parsed = parseSelector(context.flags.string('selector'));
	if (!parsed.ok) {
		out.err(`error: ${parsed.message}\n`);
		return undefined;
	}
	const pods = (context.env.cluster.store.view('Pod', context.namespace) as readonly StoredPod[])
		.filter(pod => matchesSelector(parsed.requirements, pod.metadata.labels as Record<string, string> | undefined))
		.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
	if (pods.length === 0) {
		out.err(`No resources found in ${context.namespace} namespace.\n`);
		return [];
	}
	const streams: Stream[] = [];
	for (const pod of pods) {
		const more = podStreams(context, pod, context.flags.string('container'), out);
		if (!more) return undefined;
		streams.push(...more);
	}
	return streams;
}

/** The containers whose logs are read, chosen as kubectl's logsForObject chooses them. */
function podStreams(context: KubectlContext, pod: StoredPod, asked: string, out: Output): Stream[] | undefined {
	const namespace = pod.metadata.namespace ?? context.namespace;
	const stream = (container: string): Stream => ({namespace, pod: pod.metadata.name, container, printed: 0});
	const containers = pod.spec?.containers ?? [];
	const inits = pod.spec?.initContainers ?? [];
	if (context.flags.bool('all-containers')) return [...inits, ...containers].map(container => stream(container.name));
	let name = asked;
	if (!name) {
		const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
		if (annotated && [...containers, ...inits].some(container => container.name === annotated)) name = annotated;
		else if (annotated) out.err(`Default container name "${annotated}" not found in pod ${pod.metadata.name}\n`);
	}
	if (!name) {
		name = containers[0]?.name ?? '';
		if (containers.length > 1 || inits.length > 0) out.err(`Defaulted container "${name}" out of: ${allContainerNames(containers, inits)}\n`);
	}
	if (![...containers, ...inits].some(container => container.name === name)) {
		out.err(`error: container ${name} is not valid for pod ${pod.metadata.name}\n`);
		return undefined;
	}
	return [stream(name)];
}

function allContainerNames(containers: ReadonlyArray<{name: string}>, inits: ReadonlyArray<{name: string}>): string {
	return [...containers.map(container => container.name), ...inits.map(container => `${container.name} (init)`)].join(', ');
}

type Read = {ok: true; text: string} | {ok: false; message: string};

/** The kubelet's answer for one container: its log, or why there is none (kubelet's validateContainerLogStatus). */
function readStream(cluster: Cluster, stream: Stream, options: Options): Read {
	const pod = cluster.store.get<StoredPod>('Pod', stream.namespace, stream.pod);
	if (!pod) return {ok: false, message: `Error from server (NotFound): pods "${stream.pod}" not found\n`};
	if (!pod.spec?.nodeName) return {ok: true, text: ''};
	const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(entry => entry.name === stream.container);
	const bad = (message: string): Read => ({ok: false, message: `Error from server (BadRequest): ${message}\n`});
	if (options.previous) {
		if (!status?.lastState?.terminated) return bad(`previous terminated container "${stream.container}" in pod "${stream.pod}" not found`);
	} else if (status?.state?.waiting && !status.lastState?.terminated && containerOutput(cluster, stream.namespace, stream.pod, stream.container) === undefined) {
		const reason = status.state.waiting.reason ?? 'ContainerCreating';
		const why = reason === 'ErrImagePull' ? "image can't be pulled" : reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason;
		return bad(`container "${stream.container}" in pod "${stream.pod}" is waiting to start: ${why}`);
	}
	const text = containerOutput(cluster, stream.namespace, stream.pod, stream.container, options.previous) ?? '';
	stream.printed = text.length;
	const startedAt = SimClock.toSimMs((options.previous ? status?.lastState?.terminated?.startedAt : status?.state?.running?.startedAt ?? status?.state?.terminated?.startedAt) ?? '') || 0;
	return {ok: true, text: shown(cluster, stream, text, startedAt, options)};
}

/** --since, --tail, --timestamps and --prefix applied to a log, as the kubelet and kubectl apply them. */
function shown(cluster: Cluster, stream: Stream, text: string, startedAt: number, options: Options): string {
	const from = options.sinceMs !== undefined ? cluster.clock.now() - options.sinceMs : options.sinceTime;
	// the process prints what it prints as it starts: every line carries that moment
	let lines = from !== undefined && startedAt < from ? [] : logLines(text);
	if (options.tail >= 0) lines = lines.slice(Math.max(0, lines.length - options.tail));
	return lines.map((line, index) => `${options.prefix ? `[pod/${stream.pod}/${stream.container}] ` : ''}${options.timestamps ? `${rfc3339Nano(startedAt, index)} ` : ''}${line}\n`).join('');
}

function logLines(text: string): string[] {
	if (text === '') return [];
	return text.replace(/\n$/, '').split('\n');
}

/**
 * containerd's timestamp for a log line, RFC 3339 with nanoseconds and Go's trailing zeros cut:
 * the second the line was written and a fraction that grows line by line.
 */
function rfc3339Nano(ms: number, index: number): string {
	const date = new Date(SIM_EPOCH_MS + ms);
	const nanos = String(((date.getUTCMilliseconds() * 1_000_000 + 104_629_213 + index * 1_537_482) % 1_000_000_000)).padStart(9, '0').replace(/0+$/, '');
	return `${date.toISOString().slice(0, 19)}${nanos ? `.${nanos}` : ''}Z`;
}

/** `logs -f`: each drain prints what the containers wrote since; it ends when they have all stopped. */
function followJob(context: KubectlContext, streams: Stream[], options: Options): Job {
	const {cluster} = context.env;
	let stopped = false;
	return {
		command: `kubectl logs ${context.flags.args.join(' ')}`.trim(),
		drain: () => {
			const output: OutputChunk[] = [];
			let running = 0;
			for (const stream of streams) {
				const text = containerOutput(cluster, stream.namespace, stream.pod, stream.container) ?? '';
				// a shorter log is a new run: the stream kubectl followed ended with the old one
				if (text.length < stream.printed) continue;
				const fresh = text.slice(stream.printed);
				stream.printed = text.length;
				if (fresh) output.push({stream: 'stdout', text: shown(cluster, stream, fresh, cluster.clock.now(), {...options, tail: -1, sinceMs: undefined, sinceTime: undefined})});
				const pod = cluster.store.get<StoredPod>('Pod', stream.namespace, stream.pod);
				const status = pod?.status?.containerStatuses?.find(entry => entry.name === stream.container);
				if (pod && !pod.metadata.deletionTimestamp && status?.state?.running) running++;
			}
			return stopped || running > 0 ? {output} : {output, exitCode: 0};
		},
		stop: () => {
			stopped = true;
		},
	};
}
