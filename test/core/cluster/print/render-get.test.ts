import {describe, expect, it} from 'vitest';
import {renderGet} from '../../../../src/core/cluster/print/render-get.js';
import {MINUTE, pod, service} from './fixtures.js';

const NOW = 10 * MINUTE;
const web = service('web', NOW - 2 * MINUTE, {type: 'ClusterIP', clusterIP: '10.96.45.12', clusterIPs: ['10.96.45.12'], ports: [{port: 80, protocol: 'TCP'}]});
const db = service('db', NOW - 5 * MINUTE, {type: 'ClusterIP', clusterIP: '10.96.45.13', clusterIPs: ['10.96.45.13'], ports: [{port: 5432, protocol: 'TCP'}]});
const services = [{resource: 'Service', objects: [db, web]}];

describe('renderGet (kubectl get by output format)', () => {
	it('prints a table, or several with kind prefixes', () => {
		expect(renderGet({groups: services, list: true, now: NOW})).toEqual({
			ok: true,
			text: 'NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)    AGE\ndb     ClusterIP   10.96.45.13   <none>        5432/TCP   5m\nweb    ClusterIP   10.96.45.12   <none>        80/TCP     2m\n',
		});
		const both = renderGet({groups: [{resource: 'Pod', objects: [pod('web-1', NOW - MINUTE)]}, ...services], list: true, now: NOW});
		expect(both.ok && both.text.split('\n')[0]).toBe('NAME        READY   STATUS    RESTARTS   AGE');
		expect(both.ok && both.text).toContain('\n\nNAME          TYPE        CLUSTER-IP');
		expect(both.ok && both.text).toContain('service/db    ClusterIP');
	});

	it('prints names, jsonpath over the List and custom columns, sorted on request', () => {
		expect(renderGet({output: 'name', groups: services, list: true, now: NOW})).toEqual({ok: true, text: 'service/db\nservice/web\n'});
		expect(renderGet({output: 'jsonpath={.items[*].spec.clusterIP}', groups: services, list: true, now: NOW})).toEqual({ok: true, text: '10.96.45.13 10.96.45.12'});
		expect(renderGet({output: 'jsonpath={.spec.clusterIP}', groups: [{resource: 'Service', objects: [web]}], list: false, now: NOW})).toEqual({ok: true, text: '10.96.45.12'});
		expect(renderGet({output: 'custom-columns=NAME:.metadata.name', groups: services, list: true, now: NOW, sortBy: '.metadata.creationTimestamp'})).toEqual({
			ok: true,
			text: 'NAME\ndb\nweb\n',
		});
	});

	it('explains unknown formats', () => {
		expect(renderGet({output: 'xml', groups: services, list: true, now: NOW})).toEqual({
			ok: false,
			error:
				'error: unable to match a printer suitable for the output format "xml", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
		});
		const template = renderGet({output: 'go-template={{range .items}}{{.metadata.name}} {{end}}', groups: services, list: true, now: NOW});
		expect(template).toEqual({ok: true, text: services[0].objects.map(object => `${object.metadata.name} `).join('')});
	});
});

describe('renderGet with kinds named', () => {
	it('prefixes names with the kind for --show-kind even for one kind', () => {
		const shown = renderGet({groups: services, list: true, now: NOW, withKind: true});
		expect(shown.ok && shown.text.split('\n')[1]).toMatch(/^service\/db {2,}ClusterIP/);
	});
});
