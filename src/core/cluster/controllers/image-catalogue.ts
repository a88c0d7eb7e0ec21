/**
 * The images the simulated registries hold (docs/simulation.md, "Containers"): for each
 * well-known repository, which tags exist, the compressed size containerd reports after a pull,
 * and the image's ENTRYPOINT and CMD (which decide what a container runs when the pod does not
 * say). Docker Hub is modelled closed: a repository missing here does not exist there. Other
 * registries are modelled open: an image there that is missing here pulls with a made-up size.
 */

export interface CatalogueImage {
	/** Tags that exist; a pattern over the whole tag. Absent: every tag exists. */
	tags?: RegExp;
	/** Bytes, as `Image size:` in the Pulled event prints it. */
	size: number;
	entrypoint: readonly string[];
	cmd: readonly string[];
}

const V = (versions: string, suffixes = ''): RegExp => new RegExp(`^(?:${versions})(?:${suffixes})?$`);

/** Keyed by the repository as containerd names it (`docker.io/library/nginx`). */
export const IMAGE_CATALOGUE: Readonly<Record<string, CatalogueImage>> = {
	'docker.io/library/nginx': {
		tags: V('latest|stable|mainline|alpine|alpine-slim|perl|bookworm|stable-alpine|mainline-alpine|1\\.(?:[0-9]|1[0-9]|2[0-9])(?:\\.[0-9]+)?', '-alpine|-alpine-slim|-perl|-bookworm|-bullseye|-alpine-perl'),
		size: 72188133,
		entrypoint: ['/docker-entrypoint.sh'],
		cmd: ['nginx', '-g', 'daemon off;'],
	},
	'docker.io/library/busybox': {
		tags: V('latest|stable|musl|glibc|uclibc|unstable|1\\.(?:2[0-9]|3[0-8])(?:\\.[0-9]+)?', '-musl|-glibc|-uclibc'),
		size: 2155000,
		entrypoint: [],
		cmd: ['sh'],
	},
	'docker.io/library/alpine': {tags: V('latest|edge|3(?:\\.[0-9]+){0,2}'), size: 3653068, entrypoint: [], cmd: ['/bin/sh']},
	'docker.io/library/ubuntu': {tags: V('latest|rolling|jammy|noble|focal|oracular|plucky|2[0-6]\\.(?:04|10)'), size: 29754422, entrypoint: [], cmd: ['/bin/bash']},
	'docker.io/library/debian': {tags: V('latest|stable|testing|bookworm|bullseye|trixie|bookworm-slim|bullseye-slim|trixie-slim|1[0-3](?:\\.[0-9]+)?(?:-slim)?'), size: 48494272, entrypoint: [], cmd: ['bash']},
	'docker.io/library/httpd': {
		tags: V('latest|alpine|2|2\\.4(?:\\.[0-9]+)?', '-alpine|-bookworm'),
		size: 58293046,
		entrypoint: [],
		cmd: ['httpd-foreground'],
	},
	'docker.io/library/redis': {
		tags: V('latest|alpine|bookworm|[5-8](?:\\.[0-9]+){0,2}', '-alpine|-bookworm'),
		size: 45612345,
		entrypoint: ['docker-entrypoint.sh'],
		cmd: ['redis-server'],
	},
	'docker.io/library/postgres': {
		tags: V('latest|alpine|bookworm|1[0-8](?:\\.[0-9]+)?', '-alpine|-bookworm|-bullseye'),
		size: 159243785,
		entrypoint: ['docker-entrypoint.sh'],
		cmd: ['postgres'],
	},
	'docker.io/library/mysql': {size: 173201345, entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld']},
	'docker.io/library/mariadb': {size: 121345678, entrypoint: ['docker-entrypoint.sh'], cmd: ['mariadbd']},
	'docker.io/library/memcached': {size: 31234567, entrypoint: ['docker-entrypoint.sh'], cmd: ['memcached']},
	'docker.io/library/mongo': {size: 289123456, entrypoint: ['docker-entrypoint.sh'], cmd: ['mongod']},
	'docker.io/library/rabbitmq': {size: 101234567, entrypoint: ['docker-entrypoint.sh'], cmd: ['rabbitmq-server']},
	'docker.io/library/traefik': {size: 51234567, entrypoint: ['/entrypoint.sh'], cmd: ['traefik']},
	'docker.io/library/caddy': {size: 20123456, entrypoint: [], cmd: ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile']},
	'docker.io/library/haproxy': {size: 38123456, entrypoint: ['docker-entrypoint.sh'], cmd: ['haproxy', '-f', '/usr/local/etc/haproxy/haproxy.cfg']},
	'docker.io/library/python': {size: 412345678, entrypoint: [], cmd: ['python3']},
	'docker.io/library/node': {size: 398765432, entrypoint: ['docker-entrypoint.sh'], cmd: ['node']},
	'docker.io/library/golang': {size: 301234567, entrypoint: [], cmd: ['bash']},
	'docker.io/library/centos': {size: 79123456, entrypoint: [], cmd: ['/bin/bash']},
	'docker.io/library/fedora': {size: 62123456, entrypoint: [], cmd: ['/bin/bash']},
	'docker.io/library/registry': {size: 9876543, entrypoint: ['/entrypoint.sh'], cmd: ['/etc/distribution/config.yml']},
	'docker.io/library/wordpress': {size: 253123456, entrypoint: ['docker-entrypoint.sh'], cmd: ['apache2-foreground']},
	'docker.io/curlimages/curl': {
		tags: V('latest|[78]\\.[0-9]+\\.[0-9]+'),
		size: 9745123,
		entrypoint: ['/entrypoint.sh'],
		cmd: ['curl'],
	},
	'docker.io/nicolaka/netshoot': {size: 212345678, entrypoint: [], cmd: ['zsh']},
	'docker.io/nginxdemos/hello': {size: 9123456, entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;']},
	'docker.io/hashicorp/http-echo': {size: 3456789, entrypoint: ['/http-echo'], cmd: []},
	'docker.io/traefik/whoami': {size: 3345678, entrypoint: ['/whoami'], cmd: []},
	'docker.io/kennethreitz/httpbin': {size: 218765432, entrypoint: [], cmd: ['gunicorn', '-b', '0.0.0.0:80', 'httpbin:app', '-k', 'gevent']},
	'docker.io/mendhak/http-https-echo': {size: 45678901, entrypoint: ['docker-entrypoint.sh'], cmd: ['node', './index.js']},
	'docker.io/paulbouwer/hello-kubernetes': {size: 38765432, entrypoint: ['docker-entrypoint.sh'], cmd: ['node', 'server.js']},
	'docker.io/bitnami/nginx': {size: 67890123, entrypoint: ['/opt/bitnami/scripts/nginx/entrypoint.sh'], cmd: ['/opt/bitnami/scripts/nginx/run.sh']},
	'docker.io/kindest/kindnetd': {size: 39012345, entrypoint: [], cmd: ['/bin/kindnetd']},
	'docker.io/kindest/local-path-provisioner': {size: 22541737, entrypoint: [], cmd: ['local-path-provisioner']},
	'docker.io/kindest/local-path-helper': {size: 3084671, entrypoint: [], cmd: ['sh']},
	'registry.k8s.io/e2e-test-images/agnhost': {size: 52134658, entrypoint: ['/agnhost'], cmd: []},
	'registry.k8s.io/ingress-nginx/kube-webhook-certgen': {size: 28349133, entrypoint: ['/kube-webhook-certgen'], cmd: []},
	'registry.k8s.io/pause': {size: 320368, entrypoint: ['/pause'], cmd: []},
	'registry.k8s.io/busybox': {size: 1144547, entrypoint: [], cmd: ['sh']},
	'registry.k8s.io/e2e-test-images/busybox': {size: 2213412, entrypoint: [], cmd: ['sh']},
	'registry.k8s.io/e2e-test-images/jessie-dnsutils': {size: 112784912, entrypoint: [], cmd: ['/bin/sh']},
	'registry.k8s.io/serve_hostname': {size: 4521307, entrypoint: ['/serve_hostname'], cmd: []},
	'registry.k8s.io/redis': {size: 145012345, entrypoint: [], cmd: ['redis-server']},
};

export type ImageLookup =
	| {found: true; image: CatalogueImage}
	/** `NotFound`: a known repository without that tag; `denied`: no such Docker Hub repository. */
	| {found: false; why: 'NotFound' | 'denied'};

/** What a registry answers for `docker.io/library/nginx:1.27` (or a digest reference). */
export function lookUpImage(fullName: string): ImageLookup {
	const at = fullName.indexOf('@');
	const named = at >= 0 ? fullName.slice(0, at) : fullName;
	const colon = named.lastIndexOf(':');
	const hasTag = colon > named.lastIndexOf('/');
	const repository = hasTag ? named.slice(0, colon) : named;
	const tag = at >= 0 && !hasTag ? undefined : hasTag ? named.slice(colon + 1) : 'latest';
	const image = IMAGE_CATALOGUE[repository];
	if (image) {
		if (tag === undefined || !image.tags || image.tags.test(tag)) return {found: true, image};
		return {found: false, why: 'NotFound'};
	}
	if (repository.startsWith('docker.io/')) return {found: false, why: 'denied'};
	return {found: true, image: {size: 0, entrypoint: [], cmd: []}};
}
