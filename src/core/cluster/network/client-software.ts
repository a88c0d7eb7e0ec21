/**
 * Which tool builds a vantage point has, so output matches what the learner would really see:
 * kind nodes are Debian 12 (curl 7.88.1, iputils ping, BIND tools); the laptop a current Linux;
 * busybox/alpine-based pods use busybox's applets.
 */
import type {Cluster} from '../cluster.js';
import type {Vantage} from '../vantage.js';
import {podByName} from './addresses.js';

export interface ClientSoftware {
	curlVersion: string;
	/** ping, wget and nslookup are busybox applets. */
	busybox: boolean;
	/** busybox ≤1.28 (the k8s docs' favourite): nslookup through libc, `Address 1: ip name` lines. */
	legacyNslookup: boolean;
}

const LAPTOP_CURL = '8.5.0';
const DEBIAN_CURL = '7.88.1';

export function clientSoftware(cluster: Cluster, vantage: Vantage): ClientSoftware {
	if (vantage.kind === 'laptop') return {curlVersion: LAPTOP_CURL, busybox: false, legacyNslookup: false};
	if (vantage.kind === 'node') return {curlVersion: DEBIAN_CURL, busybox: false, legacyNslookup: false};
	const pod = podByName(cluster, vantage.namespace, vantage.pod);
	const image = pod?.spec?.containers?.[0]?.image ?? '';
	const curlTag = /curlimages\/curl:(\d+\.\d+\.\d+)/.exec(image)?.[1];
	const busybox = /(^|\/)(busybox|alpine)(:|@|$)|curlimages\/curl/.test(image);
	const legacyNslookup = /(^|\/)busybox:1\.(1\d|2[0-8])(\.|$)/.test(image);
	return {curlVersion: curlTag ?? (busybox ? LAPTOP_CURL : image.includes('nginx') ? DEBIAN_CURL : LAPTOP_CURL), busybox, legacyNslookup};
}

/** curl 8.x verbose output differs a little from 7.x. */
export function isCurl8(version: string): boolean {
	return Number(version.split('.')[0]) >= 8;
}
