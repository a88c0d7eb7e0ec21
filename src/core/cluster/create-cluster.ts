/** A fresh cluster as `kind create cluster` leaves it (bootstrap/bootstrap.ts). */
import {bootstrapCluster} from './bootstrap/bootstrap.js';
import {Cluster, type ClusterOptions} from './cluster.js';

export function createCluster(options: ClusterOptions = {}): Cluster {
	const cluster = new Cluster(options);
	bootstrapCluster(cluster);
	return cluster;
}
