import type {ConfigMap, Event, Secret} from 'kubernetes-types/core/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {compareStrings} from '../format-labels.js';
import {describeEvents, printAnnotationsMultiline, printLabelsMultiline} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';

/** `kubectl describe configmap`: every key with its full value. */
export function describeConfigMap(object: KubeObject, events: Event[] | undefined, now: number): string {
	const configMap = object as unknown as ConfigMap;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, '\nData\n====\n');
	for (const key of Object.keys(configMap.data ?? {}).sort(compareStrings)) {
		w.write(0, `${key}:\n----\n`);
		w.write(0, `${configMap.data![key]}\n`);
		w.write(0, '\n');
	}
	w.write(0, '\nBinaryData\n====\n');
	for (const [key, value] of Object.entries(configMap.binaryData ?? {})) w.write(0, `${key}: ${Math.floor((value.length * 3) / 4)} bytes\n`);
	w.write(0, '\n');
	describeEvents(w, events, now);
	return w.toString();
}

/** `kubectl describe secret`: sizes only, never values (except a service-account token). */
export function describeSecret(object: KubeObject): string {
	const secret = object as unknown as Secret;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `\nType:\t${secret.type ?? 'Opaque'}\n`);
	w.write(0, '\nData\n====\n');
	const data = secret.data ?? {};
	for (const key of Object.keys(data).sort(compareStrings)) {
		const decoded = decodedLength(data[key]);
		if (key === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(0, `${key}:\t${atobSafe(data[key])}\n`);
		else w.write(0, `${key}:\t${decoded} bytes\n`);
	}
	return w.toString();
}

function decodedLength(base64: string): number {
	const clean = base64.replace(/\s/g, '');
	const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
	return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

function atobSafe(base64: string): string {
	try {
		return atob(base64);
	} catch {
		return '';
	}
}
