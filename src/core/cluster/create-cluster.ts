/** A fresh cluster as `kind create cluster` leaves it, whose kubelet runs exec probes through the shell. */
import {bootstrappedCluster} from './bootstrapped-cluster.js';
import type {Cluster, ClusterOptions} from './cluster.js';
import {runPodCommand} from './shell/pod-command.js';

export function createCluster(options: ClusterOptions = {}): Cluster {
	return bootstrappedCluster({runInPod: runPodCommand, ...options});
}
