import type {LabelSelector} from 'kubernetes-types/meta/v1.js';
import {qualifiedName} from './dns-names.js';
import {forbidden, invalid, required, type FieldError} from './field-error.js';
import {validateLabels} from './metadata.js';

/** metav1.LabelSelector: validation and matching (matchLabels and matchExpressions). */

export function validateLabelSelector(selector: LabelSelector, path: string): FieldError[] {
	const errors: FieldError[] = [];
	(selector.matchExpressions ?? []).forEach((expression, i) => {
		const at = `${path}.matchExpressions[${i}]`;
		const values = expression.values ?? [];
		if (expression.operator === 'In' || expression.operator === 'NotIn') {
			if (values.length === 0) errors.push(required(`${at}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
		} else if (expression.operator === 'Exists' || expression.operator === 'DoesNotExist') {
			if (values.length > 0) errors.push(forbidden(`${at}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
		} else {
			errors.push(invalid(`${at}.operator`, expression.operator, 'not a valid selector operator'));
		}
		for (const message of qualifiedName(expression.key)) errors.push(invalid(`${at}.key`, expression.key, message));
	});
	errors.push(...validateLabels(selector.matchLabels, `${path}.matchLabels`));
	return errors;
}

export function isEmptySelector(selector: LabelSelector): boolean {
	return Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions ?? []).length === 0;
}

export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
	for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
	for (const expression of selector.matchExpressions ?? []) {
		const has = Object.hasOwn(labels, expression.key);
		const inValues = has && (expression.values ?? []).includes(labels[expression.key]);
		if (expression.operator === 'In' && !inValues) return false;
		if (expression.operator === 'NotIn' && inValues) return false;
		if (expression.operator === 'Exists' && !has) return false;
		if (expression.operator === 'DoesNotExist' && has) return false;
	}
	return true;
}
