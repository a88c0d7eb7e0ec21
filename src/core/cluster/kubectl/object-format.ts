/**
 * `-o yaml` / `-o json` for objects kubectl builds itself (dry runs). YAML goes through the
 * printers' go-yaml emitter (keys sorted); JSON keeps the Go struct's field order, as kubectl
 * prints typed objects, with four-space indentation and Go's HTML escaping.
 */
import {toYaml} from '../print/yaml-emitter.js';

export function toKubectlYaml(object: unknown): string {
	return toYaml(object);
}

export function toKubectlJson(object: unknown): string {
	const text = JSON.stringify(object, null, 4);
	return text.replace(/[<>&\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
