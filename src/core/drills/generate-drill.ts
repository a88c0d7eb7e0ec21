/**
 * A drill from a seed: a working app from a template, broken by one fault (level 1), two (level
 * 2), or up to three where the first leaves no pod answering or no name resolving, so the others
 * show only once it is repaired (level 3). Plain data; the same seed, level and node count give
 * the same drill.
 */
import {SeededRandom} from '../cluster/seeded-random.js';
import {kindNodes} from '../cluster/topology.js';
import type {PracticeTask} from '../practice/practice-session.js';
import type {TaskCheck} from '../lessons/task.js';
import {cloneApp, podLabels, type AppModel} from './drill-app.js';
import {DRILL_TEMPLATES, FAULT_KINDS, type DrillLevel} from './drill-catalogue.js';
import type {DrillTarget, FaultEffect, FaultKind} from './drill-fault.js';
import {setupCommands} from './drill-manifests.js';

export interface DrillOptions {
	seed: number;
	level: DrillLevel;
	/** Worker nodes of the drill's cluster (2 when not given). */
	workers?: number;
	/** A fault kind the drill must have (a review re-runs the kind that was missed). */
	fault?: string;
}

export interface Drill {
	seed: number;
	level: DrillLevel;
	workers: number;
	template: string;
	/** The app as it should be. */
	app: AppModel;
	/** The app as the setup leaves it. */
	broken: AppModel;
	faults: FaultEffect[];
	setup: string;
	checks: TaskCheck[];
}

const FAULT_COUNT: Readonly<Record<DrillLevel, number>> = {1: 1, 2: 2, 3: 3};

export function generateDrill(options: DrillOptions): Drill {
	const workers = options.workers ?? 2;
	const random = new SeededRandom(options.seed * 4 + options.level);
	const nodes = kindNodes(workers).filter(node => !node.controlPlane).map(node => node.name);
	const wanted = options.fault === undefined ? undefined : FAULT_KINDS.find(fault => fault.kind === options.fault);
	if (options.fault !== undefined && !wanted) throw new Error(`there is no fault kind "${options.fault}"`);
	const templates = DRILL_TEMPLATES.filter(template => template.minWorkers <= workers);
	// A template fits a wanted fault when the app it builds has a target for it; names vary by seed.
	const builds = templates.map(template => ({template, app: template.build(new SeededRandom(random.int(2 ** 31)), nodes)}));
	const fitting = wanted ? builds.filter(build => wanted.targets(build.app).length > 0) : builds;
	if (fitting.length === 0) throw new Error(`no drill template fits fault kind "${options.fault}" with ${workers} worker node${workers === 1 ? '' : 's'}`);
	const {template, app} = random.pick(fitting);
	const {broken, faults} = breakApp(app, options.level, random, wanted);
	return {seed: options.seed, level: options.level, workers, template: template.id, app, broken, faults, setup: setupCommands(broken), checks: drillChecks(app)};
}

interface Candidate {
	fault: FaultKind;
	target: DrillTarget;
}

function breakApp(app: AppModel, level: DrillLevel, random: SeededRandom, first?: FaultKind): {broken: AppModel; faults: FaultEffect[]} {
	let broken = cloneApp(app);
	const faults: FaultEffect[] = [];
	const wanted = FAULT_COUNT[level];
	while (faults.length < wanted) {
		const pool = candidates(broken, faults).filter(candidate => {
			if (faults.length > 0) return true;
			if (first) return candidate.fault === first;
			return level !== 3 || candidate.fault.hides;
		});
		const next = pickApplicable(broken, pool, faults, random);
		if (!next) break;
		broken = next.app;
		faults.push(next.effect);
	}
	if (faults.length === 0) throw new Error(`drill template ${app.template} has no fault that fits`);
	return {broken, faults};
}

function candidates(app: AppModel, faults: readonly FaultEffect[]): Candidate[] {
	const used = new Set(faults.map(fault => fault.kind));
	return FAULT_KINDS.filter(fault => !used.has(fault.kind)).flatMap(fault => fault.targets(app).map(target => ({fault, target})));
}

/** Tries candidates in a random order until one edits nothing an earlier fault edited. */
function pickApplicable(app: AppModel, pool: Candidate[], faults: readonly FaultEffect[], random: SeededRandom): {app: AppModel; effect: FaultEffect} | undefined {
	const remaining = [...pool];
	while (remaining.length > 0) {
		const [candidate] = remaining.splice(random.int(remaining.length), 1);
		const trial = cloneApp(app);
		const effect = candidate.fault.apply(trial, candidate.target, random);
		if (!faults.some(fault => overlaps(fault.slots, effect.slots))) return {app: trial, effect};
	}
	return undefined;
}

/** `Service/web.*` overlaps every field of Service web. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
	const split = (slot: string): [string, string] => {
		const dot = slot.indexOf('.');
		return [slot.slice(0, dot), slot.slice(dot + 1)];
	};
	return a.some(left => b.some(right => {
		const [objectA, fieldA] = split(left);
		const [objectB, fieldB] = split(right);
		return objectA === objectB && (fieldA === fieldB || fieldA === '*' || fieldB === '*');
	}));
}

/**
 * The symptom is gone (every user's request works from where they make it, answered by the
 * app's own pods) and the app is still what it was (its pods run, its Services keep their types).
 */
function drillChecks(app: AppModel): TaskCheck[] {
	const reach: TaskCheck[] = app.requests.map(request => ({
		kind: 'reach',
		from: request.from,
		url: request.url,
		namespace: request.namespace,
		label: `${request.command} from ${request.fromText} works`,
		...(request.host ? {host: request.host} : {}),
		...(request.service ? {service: request.service} : {}),
		...(request.via ? {via: request.via} : {}),
	}));
	const pods: TaskCheck[] = app.workloads.map(workload => ({kind: 'pods', selector: podLabels(workload), namespace: workload.namespace, min: workload.replicas}));
	const services: TaskCheck[] = app.services.map(service => ({kind: 'service', name: service.name, namespace: service.namespace, type: service.type, ...(service.headless ? {headless: true} : {})}));
	const ingresses: TaskCheck[] = app.ingresses.map(ingress => ({kind: 'object', objectKind: 'Ingress', name: ingress.name, namespace: ingress.namespace, fields: {}}));
	return [...reach, ...pods, ...services, ...ingresses];
}

/** The drill as a practice task: its goal is that the users' requests work again; `check` hides which check fails. */
export function drillTask(drill: Drill): PracticeTask {
	const tier = (index: number): string => drill.faults.length === 1 ? drill.faults[0].hints[index] : drill.faults.map((fault, at) => `(${at + 1}) ${fault.hints[index]}`).join(' ');
	return {
		id: `drill-${drill.seed}-${drill.level}`,
		title: `Repair ${drill.app.description}`,
		goal: `Make ${drill.app.requests.map(request => `${request.command} from ${request.fromText}`).join(', and ')} work again`,
		setup: drill.setup,
		checks: drill.checks,
		hints: [0, 1, 2].map(tier),
		solution: solutionScript(drill),
		domain: 'Troubleshooting',
	};
}

/** The faults and one repair, as a script that passes when fed back (`--print-solution`). */
export function solutionScript(drill: Drill): string {
	return drill.faults.map(fault => `# fault: ${fault.kind}\n# ${fault.what}\n${fault.repair}`).join('');
}
