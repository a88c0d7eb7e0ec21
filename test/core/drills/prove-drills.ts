/**
 * Proves drills: for each seed the broken state fails the drill's check, the generated repair
 * passes it, and the symptom names at least one request that does not work.
 */
import {expect} from 'vitest';
import {drillSymptom} from '../../../src/core/drills/drill-symptom.js';
import {generateDrill, solutionScript} from '../../../src/core/drills/generate-drill.js';
import type {DrillLevel} from '../../../src/core/drills/drill-catalogue.js';
import {checkTask} from '../../../src/core/lessons/check-task.js';
import {runCommands, startTaskSandbox} from '../../../src/core/lessons/task-sandbox.js';

export const SEEDS = Array.from({length: 500}, (_, index) => index + 1);

export interface Proof {
	failures: string[];
	kinds: Set<string>;
}

export function proveDrills(level: DrillLevel, seeds: readonly number[]): Proof {
	const failures: string[] = [];
	const kinds = new Set<string>();
	for (const seed of seeds) {
		const drill = generateDrill({seed, level});
		for (const fault of drill.faults) kinds.add(fault.kind);
		const name = `seed ${seed} level ${level} (${drill.template}: ${drill.faults.map(fault => fault.kind).join(', ')})`;
		const sandbox = startTaskSandbox({setup: drill.setup}, {seed, readFile: () => undefined});
		const task = {id: name, title: name, setup: '', checks: drill.checks, hints: [], solution: ''};
		if (checkTask(sandbox.cluster, task).passed) failures.push(`${name}: the broken state passes`);
		if (!/ (fails|returns|hangs|gets)/.test(drillSymptom(sandbox.cluster, drill))) failures.push(`${name}: the symptom shows nothing wrong`);
		runCommands(sandbox.shell, solutionScript(drill));
		const after = checkTask(sandbox.cluster, task);
		if (!after.passed) failures.push(`${name}: the repair fails: ${after.checks.filter(check => !check.passed).map(check => check.why).join('; ')}`);
	}
	return {failures, kinds};
}

