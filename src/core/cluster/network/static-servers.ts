/**
 * The web servers of the catalogue images that serve files (docs/simulation.md, "Servers"): nginx
 * with its image's two files (`/index.html`, `/50x.html`) and its 404 page for everything else,
 * Apache httpd with "It works!", and nginxdemos/hello, whose page names the server (the pod).
 * Each answer writes the server's access-log line (and nginx's error-log line for a missing file)
 * into the container's log, with the client address the server really sees.
 */
import type {Cluster} from '../cluster.js';
import {appendContainerLog, commonLogTime, goLogTime} from '../controllers/container-log.js';
import {SIM_EPOCH_MS} from '../sim-clock.js';
import type {HttpRequestMessage, HttpResponseMessage} from './http-message.js';

export const NGINX_VERSION = '1.29.3';
const HTTPD_VERSION = '2.4.65';
// Fixed so that Last-Modified/ETag headers never change between runs.
const NGINX_MTIME = Date.UTC(2025, 9, 28, 12, 5, 10);

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';
const HTTPD_404 = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

export function nginxErrorPage(status: number, reason: string, version = ''): string {
	return `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx${version ? `/${version}` : ''}</center>\r\n</body>\r\n</html>\r\n`;
}

export function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

export function httpDate(cluster: Cluster): string {
	return new Date(SIM_EPOCH_MS + cluster.clock.now()).toUTCString();
}

/** Where a server writes its log: the container that answered. */
export interface LogTarget {
	namespace: string;
	pod: string;
	container: string;
}

function header(request: HttpRequestMessage, name: string): string | undefined {
	return request.headers.find(([key]) => key.toLowerCase() === name)?.[1];
}

function requestLine(request: HttpRequestMessage): string {
	return `${request.method} ${request.path} HTTP/1.1`;
}

function pathOf(request: HttpRequestMessage): string {
	return request.path.split('?')[0] || '/';
}

/** nginx as the Docker image configures it: `/usr/share/nginx/html`, log_format `main`. */
export function nginxServes(cluster: Cluster, request: HttpRequestMessage, version: string, log: LogTarget): HttpResponseMessage {
	const path = pathOf(request);
	const file = path === '/' || path === '/index.html' ? NGINX_WELCOME : path === '/50x.html' ? NGINX_50X : undefined;
	let response: HttpResponseMessage;
	if (file !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
		response = nginxPage(cluster, 405, 'Not Allowed', nginxErrorPage(405, 'Not Allowed', version), version);
	} else if (file !== undefined) {
		response = nginxFile(cluster, file, version);
	} else {
		response = nginxPage(cluster, 404, 'Not Found', nginxErrorPage(404, 'Not Found', version), version);
		const missing = `/usr/share/nginx/html${path}`;
		appendContainerLog(cluster, log.namespace, log.pod, log.container, `${goLogTime(cluster)} [error] 29#29: *1 open() "${missing}" failed (2: No such file or directory), client: ${request.clientIP}, server: localhost, request: "${requestLine(request)}", host: "${request.host}"\n`);
	}
	const sent = request.method === 'HEAD' ? 0 : byteLength(response.body);
	const referer = header(request, 'referer') ?? '-';
	const agent = header(request, 'user-agent') ?? '-';
	const forwarded = header(request, 'x-forwarded-for') ?? '-';
	appendContainerLog(cluster, log.namespace, log.pod, log.container, `${request.clientIP} - - [${commonLogTime(cluster)}] "${requestLine(request)}" ${response.status} ${sent} "${referer}" "${agent}" "${forwarded}"\n`);
	return response;
}

function nginxFile(cluster: Cluster, body: string, version: string): HttpResponseMessage {
	const length = byteLength(body);
	return {
		status: 200,
		reason: 'OK',
		headers: [
			['Server', `nginx/${version}`],
			['Date', httpDate(cluster)],
			['Content-Type', 'text/html'],
			['Content-Length', String(length)],
			['Last-Modified', new Date(NGINX_MTIME).toUTCString()],
			['Connection', 'keep-alive'],
			['ETag', `"${Math.floor(NGINX_MTIME / 1000).toString(16)}-${length.toString(16)}"`],
			['Accept-Ranges', 'bytes'],
		],
		body,
	};
}

function nginxPage(cluster: Cluster, status: number, reason: string, body: string, version: string): HttpResponseMessage {
	return {
		status,
		reason,
		headers: [
			['Server', `nginx/${version}`],
			['Date', httpDate(cluster)],
			['Content-Type', 'text/html'],
			['Content-Length', String(byteLength(body))],
			['Connection', 'keep-alive'],
		],
		body,
	};
}

/** Apache httpd as the Docker image ships it: htdocs holds only index.html; common log format. */
export function httpdServes(cluster: Cluster, request: HttpRequestMessage, log: LogTarget): HttpResponseMessage {
	const path = pathOf(request);
	const found = path === '/' || path === '/index.html';
	const body = found ? HTTPD_INDEX : HTTPD_404;
	const headers: Array<[string, string]> = [
		['Date', httpDate(cluster)],
		['Server', `Apache/${HTTPD_VERSION} (Unix)`],
	];
	if (found) headers.push(['Last-Modified', new Date(NGINX_MTIME).toUTCString()], ['ETag', '"2d-432a5e4a73a80"'], ['Accept-Ranges', 'bytes']);
	headers.push(['Content-Length', String(byteLength(body))], ['Content-Type', found ? 'text/html' : 'text/html; charset=iso-8859-1']);
	const response: HttpResponseMessage = {status: found ? 200 : 404, reason: found ? 'OK' : 'Not Found', headers, body};
	appendContainerLog(cluster, log.namespace, log.pod, log.container, `${request.clientIP} - - [${commonLogTime(cluster)}] "${requestLine(request)}" ${response.status} ${request.method === 'HEAD' ? '-' : byteLength(body)}\n`);
	return response;
}

/**
 * nginxdemos/hello: nginx answering every path with a page that names the server (the pod's
 * hostname) and its address; the `plain-text` tag answers the same in four lines.
 */
export function nginxHelloServes(cluster: Cluster, request: HttpRequestMessage, server: {name: string; address: string}, plain: boolean, log: LogTarget): HttpResponseMessage {
	const date = commonLogTime(cluster);
	const id = [...`${server.name}${request.clientPort}${cluster.clock.now()}`].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0').repeat(4);
	const body = plain
		? `Server address: ${server.address}\nServer name: ${server.name}\nDate: ${date}\nURI: ${request.path}\nRequest ID: ${id}\n`
		: `<!DOCTYPE html>\n<html>\n<head>\n<title>Hello World</title>\n</head>\n<body>\n<p><span>Server&nbsp;address:</span> <span>${server.address}</span></p>\n<p><span>Server&nbsp;name:</span> <span>${server.name}</span></p>\n<p class="smaller"><span>Date:</span> <span>${date}</span></p>\n<p class="smaller"><span>URI:</span> <span>${request.path}</span></p>\n</body>\n</html>\n`;
	const response: HttpResponseMessage = {
		status: 200,
		reason: 'OK',
		headers: [
			['Server', `nginx/${NGINX_VERSION}`],
			['Date', httpDate(cluster)],
			['Content-Type', plain ? 'text/plain' : 'text/html'],
			['Content-Length', String(byteLength(body))],
			['Connection', 'keep-alive'],
			['Expires', httpDate(cluster)],
			['Cache-Control', 'no-cache'],
		],
		body,
	};
	appendContainerLog(cluster, log.namespace, log.pod, log.container, `${request.clientIP} - - [${commonLogTime(cluster)}] "${requestLine(request)}" 200 ${byteLength(body)} "-" "${header(request, 'user-agent') ?? '-'}" "-"\n`);
	return response;
}
