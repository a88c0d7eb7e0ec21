/**
 * docs/simulation.md, "Batch mode": the same script and seed print the same transcript; the seed is what
 * makes generated names (pod suffixes, slice names) and random choices differ.
 */
import {describe, expect, test} from 'vitest';
import {run} from './script.js';

const SCRIPT = `kubectl create deployment hostnames --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --replicas=3 -- /agnhost serve-hostname
kubectl expose deployment hostnames --port=80 --target-port=9376 --type=LoadBalancer
kubectl run client --image=curlimages/curl -- sleep 1d
kubectl get pods -o wide
kubectl get endpointslices
sleep 2
kubectl get svc
${'kubectl exec client -- curl -s hostnames\n'.repeat(6)}kubectl delete pod -l app=hostnames
kubectl get pods
kubectl describe svc hostnames
`;

const podNames = (transcript: string) => [...transcript.matchAll(/\bhostnames-[a-z0-9]+-[a-z0-9]{5}\b/g)].map(match => match[0]);

describe('determinism', () => {
	test('the same script and seed give the same transcript and exit code', () => {
		const first = run(SCRIPT, {seed: 1234});
		const second = run(SCRIPT, {seed: 1234});
		expect(second).toEqual(first);
		expect(first.exitCode).toBe(0);
		expect(podNames(first.transcript).length).toBeGreaterThan(6);
	});

	test('a different seed gives different pod names', () => {
		const a = new Set(podNames(run(SCRIPT, {seed: 1}).transcript));
		const b = new Set(podNames(run(SCRIPT, {seed: 2}).transcript));
		expect([...a].filter(name => b.has(name))).toEqual([]);
	});

	test('the same seed with --cloud none differs only where the load balancer matters', () => {
		const kind = run(SCRIPT, {seed: 5}).transcript;
		const none = run(SCRIPT, {seed: 5, cloud: 'none'}).transcript;
		expect(podNames(none).slice(0, 3)).toEqual(podNames(kind).slice(0, 3));
		expect(kind).toContain('172.18.255.200');
		expect(none).not.toContain('172.18.255.200');
		expect(none).toMatch(/^hostnames\s+LoadBalancer\s+\S+\s+<pending>\s/m);
	});

	test('deleted pods are replaced by new names, reproducibly', () => {
		const {transcript} = run(SCRIPT, {seed: 9});
		const [before, after] = transcript.split('$ kubectl delete pod -l app=hostnames\n');
		const original = new Set(podNames(before.slice(before.indexOf('$ kubectl get pods -o wide'))).slice(0, 3));
		const replacement = podNames(after.slice(after.indexOf('$ kubectl get pods\n'), after.indexOf('$ kubectl describe')));
		expect(replacement).toHaveLength(3);
		for (const name of replacement) expect(original.has(name)).toBe(false);
	});
});
