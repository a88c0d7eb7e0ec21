import {describe, expect, it} from 'vitest';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';
import {servicesAtStart} from '../../../../src/core/cluster/controllers/service-environment.js';
import {apply, deployment, podsOf, service} from './helpers.js';

describe('Service environment variables are fixed when a pod starts', () => {
	it('a pod sees the Services that existed when it started, not later ones', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('early', {selector: {app: 'x'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}));
		apply(cluster, deployment('web'));
		apply(cluster, service('late', {selector: {app: 'x'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}));
		const [pod] = podsOf(cluster, 'web');
		expect([...(servicesAtStart(cluster, pod.metadata.uid) ?? [])].sort()).toEqual(['early', 'kubernetes']);
	});

	it('only the pod\'s own namespace counts, and unknown pods have no record', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('other', {selector: {app: 'x'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}, 'kube-system'));
		apply(cluster, deployment('web'));
		const [pod] = podsOf(cluster, 'web');
		expect(servicesAtStart(cluster, pod.metadata.uid)?.has('other')).toBe(false);
		expect(servicesAtStart(cluster, 'no-such-uid')).toBeUndefined();
	});

	it('a Service applied in the same command as the Deployment is in its pods, as on a real cluster where containers start seconds later', () => {
		const files: Record<string, string> = {
			'app.yaml': [
				'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: nginx}]}',
				'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}',
			].join('\n---\n'),
		};
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: path => files[path]});
		shell.run('kubectl apply -f app.yaml');
		shell.run('kubectl create service clusterip later --tcp=80');
		const env = outputText(shell.run('kubectl exec deploy/web -- env'));
		expect(env).toContain('WEB_SERVICE_PORT=80\n');
		expect(env).not.toContain('LATER_SERVICE');
	});
});
