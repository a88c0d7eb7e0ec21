/**
 * `-o yaml` / `-o json` for objects kubectl builds itself (dry runs). YAML goes through the
 * printers' go-yaml emitter (keys sorted); JSON keeps the Go struct's field order, as kubectl
 * prints typed objects, with four-space indentation and Go's HTML escaping.
 */
import {marshalIndent} from '../print/print-objects.js';
import {toYaml} from '../print/yaml-emitter.js';

export function toKubectlYaml(object: unknown): string {
	return toYaml(object);
}

export function toKubectlJson(object: unknown): string {
	return marshalIndent(object);
}
