/**
 * The `pod-template-hash` label: Kubernetes hashes the pod template with FNV-32a and spells the
 * decimal number through SafeEncodeString (each digit mapped into the vowel-free alphabet), which
 * is why real hashes look like `7d4b9c7f8` and use only the characters 4-9 and b, c, d, f.
 */
import {canonicalJson} from '../../canonical-json.js';

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function fnv32a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

export function safeEncodeString(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += ALPHABET[text.charCodeAt(i) % ALPHABET.length];
	return out;
}

export function podTemplateHash(template: unknown, collisionCount = 0): string {
	const text = canonicalJson(template) + (collisionCount ? String(collisionCount) : '');
	return safeEncodeString(String(fnv32a(text)));
}

/** 64 hex characters derived from a text (image digests that stay the same for one image). */
export function hexDigest(text: string): string {
	let out = '';
	let seed = fnv32a(text);
	while (out.length < 64) {
		seed = fnv32a(`${seed}:${text}`);
		out += seed.toString(16).padStart(8, '0');
	}
	return out;
}
