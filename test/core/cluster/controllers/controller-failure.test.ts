import {describe, expect, it, vi} from 'vitest';

// A controller with a bug: the EndpointSlice controller throws on the Service `default/web`.
vi.mock('../../../../src/core/cluster/controllers/endpointslice-controller.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../../../src/core/cluster/controllers/endpointslice-controller.js')>();
	return {
		...actual,
		syncEndpointSlices: (...args: Parameters<typeof actual.syncEndpointSlices>) => {
			if (args[2] === 'Service|default|web') throw new TypeError('service.spec.ports is not iterable\n    at syncEndpointSlices (endpointslice-controller.ts:40:3)');
			actual.syncEndpointSlices(...args);
		},
	};
});
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {ControllerError} from '../../../../src/core/cluster/controllers/controller-error.js';
import {settle} from '../../../../src/core/cluster/controllers/settle.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';
import {deployment, podsOf, service} from './helpers.js';

describe('a controller that throws', () => {
	it('makes settle throw, naming the controller, after the rest of the cluster settled', () => {
		const cluster = createCluster({seed: 1});
		cluster.store.put(deployment('web', {replicas: 2}));
		cluster.store.put(service('web', {selector: {app: 'web'}, ports: [{port: 80}]}));
		expect(() => settle(cluster)).toThrow(ControllerError);
		expect(() => settle(cluster)).not.toThrow(); // the failed work was dropped, not retried forever
		expect(podsOf(cluster, 'web').map(pod => pod.status?.phase)).toEqual(['Running', 'Running']);
		expect(cluster.store.has('Endpoints', 'default', 'web')).toBe(false); // the same piece of work
	});

	it('is one line in the shell, naming the controller, and fails the command', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined});
		expect(shell.run('kubectl create deployment web --image=nginx').exitCode).toBe(0);
		const result = shell.run('kubectl expose deployment web --port=80');
		expect(outputText(result)).toBe('service/web exposed\nkubetutor: controller "endpointslice" failed: service.spec.ports is not iterable\n');
		expect(result.exitCode).toBe(1);
		expect(outputText(shell.run('kubectl get svc web -o name'))).toBe('service/web\n');
	});
});
