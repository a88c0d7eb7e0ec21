import {describe, expect, it} from 'vitest';
import {httpRequest, parseUrl, resolve} from '../../../../src/core/cluster/network/request.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, addService, bareCluster, syncSlice, webApp} from './fixtures.js';

const client: Vantage = {kind: 'pod', namespace: 'default', pod: 'client'};

function cluster() {
	const c = bareCluster();
	addPod(c, {name: 'client', ip: '10.244.1.10', image: 'busybox', command: ['sleep', '1d']});
	return c;
}

describe('httpRequest tells other features how a request travelled', () => {
	it('via names the Service and port type for ClusterIP and NodePort', () => {
		const c = cluster();
		webApp(c, {type: 'NodePort', nodePort: 30080});
		const inside = httpRequest(c, client, {url: 'http://web'});
		expect(inside).toMatchObject({kind: 'response', status: 200, servedBy: {namespace: 'default', ip: expect.stringMatching(/^10\.244\./), port: 8080}, via: {service: {namespace: 'default', name: 'web'}, portType: 'ClusterIP', port: 80, targetPort: 8080, node: 'kind-worker'}});
		const outside = httpRequest(c, LAPTOP, {url: 'http://172.18.0.2:30080'});
		expect(outside).toMatchObject({kind: 'response', via: {portType: 'NodePort', port: 30080, node: 'kind-control-plane'}});
	});

	it('via marks headless and ExternalName Services, which work through DNS only', () => {
		const c = cluster();
		webApp(c);
		addService(c, {name: 'direct', clusterIP: 'None', selector: {app: 'web'}, ports: [{port: 8080, protocol: 'TCP', targetPort: 8080}]});
		syncSlice(c, 'default', 'direct');
		addService(c, {name: 'ext', type: 'ExternalName', spec: {externalName: 'example.com'}});
		expect(httpRequest(c, client, {url: 'http://direct:8080'})).toMatchObject({kind: 'response', via: {service: {name: 'direct'}, portType: 'Headless', port: 8080}});
		expect(httpRequest(c, client, {url: 'http://ext'})).toMatchObject({kind: 'response', status: 404, via: {service: {name: 'ext'}, portType: 'ExternalName', externalName: 'example.com'}});
	});

	it('failures carry the host, port and the Service they went through', () => {
		const c = cluster();
		addService(c, {name: 'web', type: 'NodePort', clusterIP: '10.96.12.34', selector: {app: 'none'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080}]});
		syncSlice(c, 'default', 'web');
		expect(httpRequest(c, LAPTOP, {url: 'http://172.18.0.3:30080'})).toMatchObject({kind: 'refused', host: '172.18.0.3', port: 30080, afterMs: 0, via: {portType: 'NodePort'}});
		expect(httpRequest(c, LAPTOP, {url: 'http://10.96.12.34', timeoutMs: 5000})).toMatchObject({kind: 'timeout', host: '10.96.12.34', port: 80});
		expect(httpRequest(c, LAPTOP, {url: 'http://web'})).toMatchObject({kind: 'unresolved', host: 'web'});
	});

	it('does not move the simulated clock (the tools do)', () => {
		const c = cluster();
		httpRequest(c, LAPTOP, {url: 'http://10.96.12.34'});
		expect(c.clock.now()).toBe(0);
	});

	it('resolve() answers DNS questions per vantage', () => {
		const c = cluster();
		webApp(c);
		expect(resolve(c, client, 'web').lookup.found?.fqdn).toBe('web.default.svc.cluster.local.');
		expect(resolve(c, {kind: 'node', node: 'kind-worker'}, 'web').lookup.found).toBeUndefined();
		expect(resolve(c, client, 'web', 'A', {search: false}).lookup.found).toBeUndefined();
	});
});

describe('parseUrl', () => {
	it('follows curl: default scheme http, ports, paths and errors', () => {
		expect(parseUrl('web')).toEqual({scheme: 'http', host: 'web', port: 80, path: '/', explicitPort: false});
		expect(parseUrl('https://Web.Default:8443/a?b=c')).toEqual({scheme: 'https', host: 'web.default', port: 8443, path: '/a?b=c', explicitPort: true});
		expect(parseUrl('ftp://x')).toEqual({code: 1, message: 'Protocol "ftp" not supported'});
		expect(parseUrl('http://web:http')).toEqual({code: 3, message: 'URL rejected: Port number was not a decimal number between 0 and 65535'});
		expect(parseUrl('http://')).toEqual({code: 3, message: 'URL rejected: No host part in the URL'});
	});
});
