import {describe, expect, it} from 'vitest';
import {printCustomColumns} from '../../../../src/core/cluster/print/custom-columns.js';
import {sortObjects} from '../../../../src/core/cluster/print/sort-by.js';
import {MINUTE, pod, service} from './fixtures.js';

const web = service('web', 2 * MINUTE, {type: 'ClusterIP', clusterIP: '10.96.45.12', selector: {app: 'web'}, ports: [{port: 80}, {port: 443}]});
const db = service('db', MINUTE, {type: 'ClusterIP', clusterIP: 'None'});

describe('-o custom-columns', () => {
	it('prints one column per HEADER:path with <none> for missing values and commas between matches', () => {
		expect(printCustomColumns([web, db], 'NAME:.metadata.name,IP:spec.clusterIP,PORTS:{.spec.ports[*].port},SEL:.spec.selector')).toEqual({
			ok: true,
			text: 'NAME   IP            PORTS    SEL\n' + 'web    10.96.45.12   80,443   map[app:web]\n' + 'db     None          <none>   <none>\n',
		});
	});

	it('omits headers on request and explains a malformed spec', () => {
		expect(printCustomColumns([db], 'NAME:.metadata.name', {noHeaders: true})).toEqual({ok: true, text: 'db\n'});
		expect(printCustomColumns([db], 'NAME')).toEqual({ok: false, error: 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n'});
	});
});

describe('--sort-by', () => {
	it('sorts by timestamps, numbers and strings', () => {
		const sorted = sortObjects([web, db], '.metadata.creationTimestamp');
		expect(sorted.ok && sorted.objects.map(o => o.metadata.name)).toEqual(['db', 'web']);
		const a = pod('a', 0, {status: {phase: 'Running', containerStatuses: [{name: 'web', restartCount: 5, ready: true, image: '', imageID: ''}]}});
		const b = pod('b', 0, {status: {phase: 'Running', containerStatuses: [{name: 'web', restartCount: 10, ready: true, image: '', imageID: ''}]}});
		const byRestarts = sortObjects([b, a], '{.status.containerStatuses[0].restartCount}');
		expect(byRestarts.ok && byRestarts.objects.map(o => o.metadata.name)).toEqual(['a', 'b']);
		const byName = sortObjects([web, db], 'metadata.name');
		expect(byName.ok && byName.objects.map(o => o.metadata.name)).toEqual(['db', 'web']);
	});
});

describe('kubectl differences the renderer keeps', () => {
	it('keeps spaces inside a value and prints nested lists of maps as Go does', () => {
		const annotated = {...web, metadata: {...web.metadata, annotations: {note: 'hello world'}}};
		expect(printCustomColumns([annotated], 'NOTE:.metadata.annotations.note,PORTS:.spec.ports')).toEqual({
			ok: true,
			text: 'NOTE          PORTS\nhello world   [map[port:80] map[port:443]]\n',
		});
	});

	it('sorts strings byte by byte, quantities by amount, and refuses a field no object has', () => {
		const named = ['web-9', 'web-10', 'web-2'].map(name => service(name, 0, {}));
		const byName = sortObjects(named, '.metadata.name');
		expect(byName.ok && byName.objects.map(o => o.metadata.name)).toEqual(['web-10', 'web-2', 'web-9']);
		const sized = ['1Gi', '500Mi', '2'].map(memory => pod(memory, 0, {spec: {containers: [{name: 'c', image: 'nginx', resources: {requests: {memory}}}]}}));
		const bySize = sortObjects(sized, '.spec.containers[0].resources.requests.memory');
		expect(bySize.ok && bySize.objects.map(o => o.metadata.name)).toEqual(['2', '500Mi', '1Gi']);
		expect(sortObjects(named, '.spec.nope')).toEqual({ok: false, error: 'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n'});
		expect(sortObjects(named.slice(0, 1), '.spec.nope').ok).toBe(true);
	});
});
