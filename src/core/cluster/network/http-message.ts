/** An HTTP request as a simulated server receives it, and the response it sends back. */
export interface HttpRequestMessage {
	method: string;
	/** Path with query, as on the request line. */
	path: string;
	/** Host header value. */
	host: string;
	headers: Array<[string, string]>;
	/** Source address and port the server sees. */
	clientIP: string;
	clientPort: number;
	/** Whether the client speaks TLS (https://). */
	tls: boolean;
}

export interface HttpResponseMessage {
	status: number;
	reason: string;
	/** HTTP version on the status line (Go answers plain HTTP on a TLS port with HTTP/1.0). */
	version?: string;
	headers: Array<[string, string]>;
	body: string;
}
