import {describe, expect, it} from 'vitest';
import {recordDrill} from '../../../src/core/progress/drill-progress.js';
import type {DrillRecord} from '../../../src/core/progress/drill-record.js';
import {labReportLines} from '../../../src/core/progress/lab-report.js';
import {dueLabCards, faultStrengths, labSchedule, labOutcomes, nextLabReview} from '../../../src/core/progress/lab-review.js';
import {mergeProgress} from '../../../src/core/progress/progress-ops.js';
import {emptyProgress, parseProgress, type Progress} from '../../../src/core/progress/progress-schema.js';

const drill = (at: string, faults: string[], passed: boolean, assisted = false): DrillRecord => ({id: `${at}-1-1`, at, seed: 1, level: faults.length, template: 'web-service', faults, passed, assisted, hints: 0});

function withDrills(...records: DrillRecord[]): Progress {
	return records.reduce(recordDrill, emptyProgress());
}

describe('hands-on items in the spaced review', () => {
	it('puts each fault kind of a failed drill in box 1, due a day later', () => {
		const progress = withDrills(drill('2026-11-20T10:00:00.000Z', ['selector-typo', 'image-typo'], false));
		expect(labSchedule(labOutcomes(progress))).toEqual([
			{source: 'drill', item: 'selector-typo', domain: 'Troubleshooting', box: 1, due: '2026-11-21T10:00:00.000Z', seed: 1},
			{source: 'drill', item: 'image-typo', domain: 'Troubleshooting', box: 1, due: '2026-11-21T10:00:00.000Z', seed: 1},
		]);
		expect(dueLabCards(progress, new Date('2026-11-20T12:00:00Z'))).toEqual([]);
		expect(nextLabReview(progress, new Date('2026-11-20T12:00:00Z'))).toBe('2026-11-21T10:00:00.000Z');
		expect(dueLabCards(progress, new Date('2026-11-21T12:00:00Z')).map(card => card.item)).toEqual(['selector-typo', 'image-typo']);
	});

	it('moves a kind up a box on a clean pass and back to box 1 when the solution was needed', () => {
		const progress = withDrills(
			drill('2026-11-20T10:00:00.000Z', ['target-port'], false),
			drill('2026-11-21T10:00:00.000Z', ['target-port'], true),
			drill('2026-11-22T10:00:00.000Z', ['crash-loop'], true),
			drill('2026-11-23T10:00:00.000Z', ['crash-loop'], true, true),
		);
		expect(faultStrengths(progress)).toEqual([
			{name: 'crash-loop', attempts: 2, passed: 1, box: 1},
			{name: 'target-port', attempts: 2, passed: 1, box: 2},
		]);
	});

	it('brings back lesson tasks that needed the solution', () => {
		const progress: Progress = {...emptyProgress(), lessons: {clusterip: {tasks: {expose: {passed: true, assisted: true, at: '2026-11-20T10:00:00.000Z'}, scale: {passed: true, assisted: false, at: '2026-11-20T10:00:00.000Z'}}}}};
		expect(labSchedule(labOutcomes(progress))).toEqual([{source: 'lesson', item: 'clusterip/expose', box: 1, due: '2026-11-21T10:00:00.000Z'}]);
		expect(labReportLines(progress, new Date('2026-11-22T00:00:00Z')).slice(0, 3)).toEqual(['', 'Hands-on reviews due now: 1 (lesson clusterip/expose)', '  run `kubetutor lesson clusterip` to do its tasks again in a fresh sandbox']);
	});

	it('shows what is due, when the next review falls and the strength per domain and fault kind', () => {
		const progress = withDrills(drill('2026-11-20T10:00:00.000Z', ['selector-typo'], false), drill('2026-11-22T09:00:00.000Z', ['image-typo'], false));
		expect(labReportLines(progress, new Date('2026-11-22T12:00:00Z'))).toEqual([
			'',
			'Hands-on reviews due now: 1 (drill selector-typo)',
			'  run `kubetutor drill --review` for a fresh drill of a missed fault kind',
			'Next hands-on review: 2026-11-23 09:00 UTC',
			'',
			'Strength by domain (hands-on, clean passes)',
			'  DOMAIN           PASSED',
			'  Troubleshooting  0/2',
			'',
			'Strength by fault kind (drills)',
			'  FAULT KIND     PASSED  REVIEW',
			'  image-typo     0/1     box 1',
			'  selector-typo  0/1     box 1',
		]);
	});
});

describe('drill outcomes in the progress file', () => {
	it('loads a file written before drills existed, and keeps drills when merged', () => {
		const old = parseProgress({version: 1, lessons: {}, answers: []});
		expect(old).toEqual({ok: true, progress: {version: 1, lessons: {}, answers: []}, migrated: false});
		const a = withDrills(drill('2026-11-20T10:00:00.000Z', ['selector-typo'], false));
		const b = withDrills(drill('2026-11-21T10:00:00.000Z', ['image-typo'], true));
		expect(mergeProgress(a, b).drills?.outcomes.map(record => record.faults[0])).toEqual(['selector-typo', 'image-typo']);
		expect(mergeProgress(a, emptyProgress()).drills).toEqual(a.drills);
	});

	it('refuses a malformed drills part, naming where', () => {
		expect(parseProgress({version: 1, lessons: {}, answers: [], drills: {outcomes: [{id: 'x'}]}})).toEqual({ok: false, reason: 'drills.outcomes[0] is malformed'});
		expect(parseProgress({version: 1, lessons: {}, answers: [], drills: []})).toEqual({ok: false, reason: 'drills must be an object with a list of outcomes'});
	});
});
