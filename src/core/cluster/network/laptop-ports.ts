/**
 * What listens on the learner's laptop: the local ports of `kubectl port-forward` and `kubectl
 * proxy` while they run (docs/simulation.md, "port-forward and proxy"). A curl from the laptop to
 * localhost finds its listener here; the kubectl job that opened the port releases it when it
 * stops. The table lives in the Cluster, as the laptop is part of the simulated world.
 */
export type LaptopListener =
	| {
			kind: 'port-forward';
			localPort: number;
			/** Where it listens: `127.0.0.1` and `::1` for the default `--address localhost`. */
			addresses: string[];
			namespace: string;
			pod: string;
			/** The container port the pod end connects to. */
			podPort: number;
			/** Lines kubectl prints for connections it handled, not yet shown (`Handling connection for 8080`). */
			pending: string[];
	  }
	| {kind: 'proxy'; localPort: number; addresses: string[]};

export type LaptopPorts = Map<number, LaptopListener>;

/** The listener a laptop connection to `ip:port` reaches, if any. */
export function laptopListener(ports: LaptopPorts, ip: string, port: number): LaptopListener | undefined {
	const listener = ports.get(port);
	if (!listener) return undefined;
	const loopback = ip.startsWith('127.') || ip === '::1';
	return listener.addresses.some(address => address === ip || address === '0.0.0.0' || (loopback && address === '127.0.0.1')) ? listener : undefined;
}
