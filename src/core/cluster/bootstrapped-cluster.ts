/**
 * A fresh cluster as `kind create cluster` leaves it (bootstrap/bootstrap.ts), without the shell
 * that exec probes run in: what layers below the shell use for a scratch cluster (save/). The
 * learner's cluster comes from createCluster.
 */
import {bootstrapCluster} from './bootstrap/bootstrap.js';
import {Cluster, type ClusterOptions} from './cluster.js';

export function bootstrappedCluster(options: ClusterOptions = {}): Cluster {
	const cluster = new Cluster(options);
	bootstrapCluster(cluster);
	return cluster;
}
