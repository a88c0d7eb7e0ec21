/** The hands-on part of `kubetutor progress`: reviews due, the next one, strength per domain and per drill fault kind. */
import {needsReview} from './lab-outcome.js';
import {dueLabCards, faultStrengths, labOutcomes, nextLabReview, type LabCard, type Strength} from './lab-review.js';
import type {Progress} from './progress-schema.js';

const cardName = (card: LabCard): string => `${card.source} ${card.item}`;

/** Clean passes out of attempts per domain, over every hands-on outcome that names one. */
export function domainStrengths(progress: Progress): Strength[] {
	const outcomes = labOutcomes(progress).filter(outcome => outcome.domain);
	const domains = [...new Set(outcomes.map(outcome => outcome.domain as string))].sort();
	return domains.map(domain => {
		const mine = outcomes.filter(outcome => outcome.domain === domain);
		return {name: domain, attempts: mine.length, passed: mine.filter(outcome => !needsReview(outcome)).length, box: 0};
	});
}

export function labReportLines(progress: Progress, now: Date): string[] {
	const due = dueLabCards(progress, now);
	const next = nextLabReview(progress, now);
	const lines = ['', `Hands-on reviews due now: ${due.length}${due.length ? ` (${due.slice(0, 4).map(cardName).join(', ')}${due.length > 4 ? ', …' : ''})` : ''}`];
	if (due.some(card => card.source === 'drill')) lines.push('  run `kubetutor drill --review` for a fresh drill of a missed fault kind');
	if (due.some(card => card.source === 'exam')) lines.push('  run `kubetutor exam --review` to sit the missed exam tasks again in a fresh cluster');
	const lessons = [...new Set(due.filter(card => card.source === 'lesson').map(card => card.item.split('/')[0]))];
	for (const lesson of lessons) lines.push(`  run \`kubetutor lesson ${lesson}\` to do its tasks again in a fresh sandbox`);
	if (next) lines.push(`Next hands-on review: ${next.slice(0, 16).replace('T', ' ')} UTC`);
	const domains = domainStrengths(progress);
	if (domains.length) lines.push('', 'Strength by domain (hands-on, clean passes)', ...table(domains, 'DOMAIN', false));
	const faults = faultStrengths(progress);
	if (faults.length) lines.push('', 'Strength by fault kind (drills)', ...table(faults, 'FAULT KIND', true));
	return lines;
}

function table(rows: readonly Strength[], title: string, withBox: boolean): string[] {
	const width = Math.max(title.length, ...rows.map(row => row.name.length));
	const head = `  ${title.padEnd(width)}  PASSED${withBox ? '  REVIEW' : ''}`;
	return [head, ...rows.map(row => `  ${row.name.padEnd(width)}  ${`${row.passed}/${row.attempts}`.padEnd(6)}${withBox ? `  ${row.box === 0 ? '-' : `box ${row.box}`}` : ''}`.trimEnd())];
}
