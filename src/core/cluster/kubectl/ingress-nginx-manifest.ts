/**
 * `kubectl apply -f https://…/ingress-nginx/…/provider/cloud/deploy.yaml`: the published manifest
 * is never fetched; the controllers' copy of it installs the simulated controller, and kubectl
 * reports each object of the manifest as it would.
 */
import type {Cluster} from '../cluster.js';
import {ingressNginxManifest, installIngressNginx} from '../controllers/ingress-nginx.js';
import {qualifiedSingular, typeForObject} from '../resource-types.js';

/** Installs the controller (unless a dry run) and returns kubectl's lines without newlines. */
export function installIngressNginxManifest(cluster: Cluster, dryRun: boolean): string[] {
	if (!dryRun) return installIngressNginx(cluster);
	return ingressNginxManifest().map(object => {
		const type = typeForObject(object.apiVersion, object.kind);
		const label = type ? qualifiedSingular(type) : `${object.kind.toLowerCase()}.${object.apiVersion.split('/')[0]}`;
		const exists = cluster.store.has(object.kind, type?.namespaced ? object.metadata.namespace : undefined, object.metadata.name);
		return `${label}/${object.metadata.name} ${exists ? 'configured' : 'created'}`;
	});
}
