/** How containerd names images and their digests in container statuses. */
import {lookUpImage} from './image-catalogue.js';
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

/** The catalogue's size for the image (image-catalogue.ts); a plausible one, fixed per image, otherwise. */
export function imageSizeOf(image: string): number {
	const found = lookUpImage(fullImageName(image));
	if (found.found && found.image.size > 0) return found.image.size;
	return 5_000_000 + (fnv32a(image) % 70_000_000);
}

/**
 * How long a pull takes: a first pull about a second per 25 MB of layers (1–4 s for the usual
 * images), a pull of an image the node has only the manifest round trip.
 */
export function pullDurationMs(image: string, firstPull: boolean): number {
	if (!firstPull) return 300 + (fnv32a(`${image}#again`) % 700);
	return Math.min(4000, 600 + Math.round(imageSizeOf(image) / 27_000) + (fnv32a(`${image}#first`) % 200));
}

/** Go's time.Duration text: `532ms`, `3.276s`, `1m20s`, `5m0s`. */
export function goDuration(ms: number): string {
	if (ms < 1000) return `${ms}ms`;
	const minutes = Math.floor(ms / 60_000);
	const seconds = ((ms % 60_000) / 1000).toFixed(3).replace(/\.?0+$/, '');
	return minutes > 0 ? `${minutes}m${seconds}s` : `${seconds}s`;
}
