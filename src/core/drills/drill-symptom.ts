/**
 * The symptom as a user would report it: each of the app's requests made on the broken cluster,
 * and what came back ("returns 503", "times out", "could not resolve host"). It is observed, not
 * assumed, so it is always what the learner will see when trying the same command.
 */
import type {Cluster} from '../cluster/cluster.js';
import {httpRequest, type HttpOutcome} from '../cluster/network/request.js';
import {probeCluster} from '../lessons/checks/probe-cluster.js';
import {fillUrl} from '../lessons/checks/url-placeholders.js';
import type {DrillRequest} from './drill-app.js';
import type {Drill} from './generate-drill.js';

const TIMEOUT_MS = 5000;

export function drillSymptom(cluster: Cluster, drill: Drill): string {
	const reports = drill.app.requests.map(request => `${request.command} from ${request.fromText} ${outcomeOf(cluster, request)}`);
	return reports.join('; and ');
}

function outcomeOf(cluster: Cluster, request: DrillRequest): string {
	const filled = fillUrl(cluster, request.url, request.namespace);
	// A placeholder that cannot be filled means the address the users call does not exist.
	if (!filled.ok) return 'gets no answer: the address is not there';
	const outcome = httpRequest(probeCluster(cluster), request.from, {url: filled.url, headers: request.host ? [['Host', request.host]] : undefined, timeoutMs: TIMEOUT_MS});
	return describe(outcome);
}

function describe(outcome: HttpOutcome): string {
	switch (outcome.kind) {
		case 'response':
			return outcome.status === 200 ? 'works' : `returns ${outcome.status} ${outcome.reason}`;
		case 'refused':
			return 'fails: connection refused';
		case 'timeout':
			return 'hangs, then times out';
		case 'unresolved':
			return `fails: could not resolve host ${outcome.host}`;
		case 'empty-reply':
			return 'gets an empty reply';
		case 'tls-error':
			return 'fails the TLS handshake';
		case 'bad-url':
			return `fails: ${outcome.message}`;
	}
}
