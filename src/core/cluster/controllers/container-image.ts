/** How containerd names images and their digests in container statuses. */
import {fnv32a, hexDigest} from './pod-template-hash.js';

/** `nginx` → `docker.io/library/nginx:latest`; `registry.k8s.io/pause:3.10` unchanged. */
export function fullImageName(image: string): string {
	const [withoutDigest] = image.split('@');
	const lastSlash = withoutDigest.lastIndexOf('/');
	const hasTag = withoutDigest.slice(lastSlash + 1).includes(':');
	const tagged = hasTag || image.includes('@') ? withoutDigest : `${withoutDigest}:latest`;
	const first = tagged.split('/')[0];
	if (!tagged.includes('/')) return `docker.io/library/${tagged}`;
	if (!first.includes('.') && !first.includes(':') && first !== 'localhost') return `docker.io/${tagged}`;
	return tagged;
}

/** `docker.io/library/nginx@sha256:<64 hex>`, the same for every pod using the image. */
export function imageID(image: string): string {
	const full = fullImageName(image);
	const repository = full.replace(/:[^:/]+$/, '');
	const digest = image.includes('@sha256:') ? image.split('@sha256:')[1] : hexDigest(full);
	return `${repository}@sha256:${digest}`;
}

/** `Always` for `:latest` or untagged images, else `IfNotPresent` (the API server's default). */
export function pullPolicy(image: string, declared: string | undefined): string {
	if (declared) return declared;
	const name = image.split('@')[0];
	const tag = name.slice(name.lastIndexOf('/') + 1).split(':')[1];
	return image.includes('@') || (tag !== undefined && tag !== 'latest') ? 'IfNotPresent' : 'Always';
}

/** A plausible image size in bytes, fixed per image. */
export function imageSize(image: string): number {
	return 5_000_000 + (fnv32a(image) % 70_000_000);
}

/** Go's time.Duration text for a pull: `2.345s` or `532ms`. */
export function pullDuration(image: string, firstPull: boolean): string {
	const ms = firstPull ? 1200 + (fnv32a(`${image}#first`) % 4800) : 300 + (fnv32a(`${image}#again`) % 700);
	if (ms < 1000) return `${ms}ms`;
	return `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
}
