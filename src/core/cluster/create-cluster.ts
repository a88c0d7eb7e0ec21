/**
 * A fresh cluster as `kind create cluster` leaves it. PLACEHOLDER bootstrap: the controllers
 * work fills in nodes, namespaces, the kubernetes and kube-dns Services, CoreDNS, etc.
 */
import {Cluster, type ClusterOptions} from './cluster.js';
import {reconcile} from './controllers/reconcile.js';

export function createCluster(options: ClusterOptions = {}): Cluster {
	const cluster = new Cluster(options);
	reconcile(cluster);
	return cluster;
}
