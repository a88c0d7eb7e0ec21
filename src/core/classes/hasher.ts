/**
 * The two hash functions exports need, injected so the core stays free of node: modules; the
 * adapter passes node:crypto's SHA-256 and HMAC-SHA-256, both as lower-case hex.
 */
export interface Hasher {
	sha256(text: string): string;
	hmacSha256(key: string, text: string): string;
}
