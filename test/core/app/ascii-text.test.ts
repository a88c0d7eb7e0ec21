import {describe, expect, it} from 'vitest';
import {asciiText} from '../../../src/core/app/ascii-text.js';

describe('asciiText', () => {
	it('turns the app symbols and box drawing into ASCII and keeps letters of any script', () => {
		expect(asciiText('› ✓ done    1. Qué es un Service — ↑↓ move · Loading…')).toBe('> v done    1. Qué es un Service - ^v move . Loading.');
		expect(asciiText('┌──┐ │ → │')).toBe('+--+ | > |');
	});
});
