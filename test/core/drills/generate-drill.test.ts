import {describe, expect, it} from 'vitest';
import {DRILL_TEMPLATES, FAULT_KINDS} from '../../../src/core/drills/drill-catalogue.js';
import {finishDrill, startDrill} from '../../../src/core/drills/drill-session.js';
import {generateDrill} from '../../../src/core/drills/generate-drill.js';
import {runCommands} from '../../../src/core/lessons/task-sandbox.js';
import {runTutorCommand} from '../../../src/core/practice/practice-session.js';

const noFiles = {readFile: () => undefined};

describe('the drill generator', () => {
	it('has six templates and at least fifteen fault kinds', () => {
		expect(DRILL_TEMPLATES.map(template => template.id)).toEqual(['web-service', 'frontend-backend', 'statefulset-headless', 'ingress-two-services', 'nodeport-local', 'externalname']);
		expect(FAULT_KINDS.length).toBeGreaterThanOrEqual(15);
	});

	it('builds the same drill from the same seed, and another from the next', () => {
		expect(generateDrill({seed: 42, level: 2})).toEqual(generateDrill({seed: 42, level: 2}));
		expect(generateDrill({seed: 43, level: 2}).setup).not.toBe(generateDrill({seed: 42, level: 2}).setup);
	});

	it('breaks with one fault at level 1, two at level 2, and starts level 3 with one that hides the others', () => {
		for (let seed = 1; seed <= 40; seed++) {
			expect(generateDrill({seed, level: 1}).faults).toHaveLength(1);
			expect(generateDrill({seed, level: 2}).faults.length).toBe(2);
			const level3 = generateDrill({seed, level: 3});
			expect(FAULT_KINDS.find(fault => fault.kind === level3.faults[0].kind)?.hides).toBe(true);
			expect(level3.faults.length).toBeGreaterThanOrEqual(2);
		}
	});

	it('builds a drill around a wanted fault kind, for the review', () => {
		for (const fault of FAULT_KINDS) expect(generateDrill({seed: 9, level: 1, fault: fault.kind}).faults.map(effect => effect.kind)).toEqual([fault.kind]);
		expect(() => generateDrill({seed: 9, level: 1, fault: 'local-traffic-elsewhere', workers: 1})).toThrow('no drill template fits fault kind "local-traffic-elsewhere" with 1 worker node');
	});

	it('randomises namespaces and app names', () => {
		const namespaces = new Set(Array.from({length: 30}, (_, index) => generateDrill({seed: index + 1, level: 1}).app.namespace));
		expect(namespaces.size).toBeGreaterThan(25);
	});
});

describe('a drill session', () => {
	it('does not pass when the app is deleted to make the symptom go away', () => {
		const run = startDrill({seed: 3, level: 1, ...noFiles});
		runCommands(run.sandbox.shell, `kubectl delete namespace ${run.drill.app.namespace}\n`);
		expect(finishDrill(run, run.practice).outcome.passed).toBe(false);
	});

	it('reports the symptom the users see, and check says only not yet', () => {
		const run = startDrill({seed: 17, level: 1, ...noFiles});
		expect(run.drill.faults.map(fault => fault.kind)).toEqual(['target-port']);
		expect(run.symptom).toBe("curl -H 'Host: shop.example.com' http://<EXTERNAL-IP of ingress-nginx-controller>/cart/items from your laptop returns 502 Bad Gateway; and curl -H 'Host: shop.example.com' http://<EXTERNAL-IP of ingress-nginx-controller>/catalog/items from your laptop works");
		expect(startDrill({seed: 5, level: 1, ...noFiles}).symptom).toBe("kubectl exec -n inventory-b2x worker -- curl -s -H 'Host: api.example.com' http://partner-api/ from pod worker in namespace inventory-b2x fails: could not resolve host partner-api");
		const reply = runTutorCommand(run.practice, run.sandbox.cluster, {kind: 'check', all: false});
		expect(reply.output).toBe(`Task 1: ${run.task.goal}\n  ✗ not yet\n`);
	});
});
