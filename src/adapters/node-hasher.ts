import {createHash, createHmac} from 'node:crypto';
import type {Hasher} from '../core/classes/hasher.js';

export const nodeHasher: Hasher = {
	sha256: text => createHash('sha256').update(text, 'utf8').digest('hex'),
	hmacSha256: (key, text) => createHmac('sha256', key).update(text, 'utf8').digest('hex'),
};
