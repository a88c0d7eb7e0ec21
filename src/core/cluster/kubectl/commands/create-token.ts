/**
 * `kubectl create token SA`: asks the API server's TokenRequest for a bound service-account
 * token and prints it. The token has a real JWT's shape and claims (docs/simulation.md); its
 * signature bytes come from the seeded randomness, since nothing in the sandbox verifies them.
 */
import type {Cluster} from '../../cluster.js';
import {typeForKind} from '../../resource-types.js';
import {SIM_EPOCH_MS} from '../../sim-clock.js';
import {findObject} from '../select-objects.js';
import {parseGoDuration} from '../go-duration.js';
import type {KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';

const ISSUER = 'https://kubernetes.default.svc.cluster.local';

function base64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const encodeJson = (value: unknown) => base64Url(new TextEncoder().encode(JSON.stringify(value)));

function randomBytes(cluster: Cluster, length: number): Uint8Array {
	return Uint8Array.from({length}, () => cluster.random.int(256));
}

function uuid(cluster: Cluster): string {
	const hex = [...randomBytes(cluster, 16)].map(byte => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `1h`, `30m`, `600s`, `1h30m` in seconds, or undefined. */
function durationSeconds(text: string): number | undefined {
	const ms = parseGoDuration(text);
	return ms === undefined ? undefined : ms / 1000;
}

export const createToken: KubectlCommand = {
	name: 'token',
	short: 'Request a service account token',
	flags: [
		{name: 'output', short: 'o', type: 'string'},
		{name: 'duration', type: 'string'},
		{name: 'audience', type: 'array', keepCommas: true},
		{name: 'bound-object-kind', type: 'string'},
		{name: 'bound-object-name', type: 'string'},
		{name: 'bound-object-uid', type: 'string'},
	],
	run: context => {
		const out = new Output();
		const {flags, env, namespace} = context;
		if (flags.args.length !== 1) return out.err(`error: exactly one NAME is required, got ${flags.args.length}\nSee '${context.path} -h' for help and examples\n`).done(1);
		const duration = flags.has('duration') ? durationSeconds(flags.string('duration')) : 3600;
		if (duration === undefined) return out.err(`error: invalid argument "${flags.string('duration')}" for "--duration" flag: time: invalid duration "${flags.string('duration')}"\n`).done(1);
		if (flags.has('duration') && duration < 600) return out.err('error: --duration must be at least 10m\n').done(1);
		const name = flags.args[0];
		const type = typeForKind('ServiceAccount');
		const account = type && findObject(env.cluster, type, namespace, name);
		if (!account) return out.err(`error: failed to create token: serviceaccounts "${name}" not found\n`).done(1);
		const issuedAt = Math.floor((SIM_EPOCH_MS + env.cluster.clock.now()) / 1000);
		const audiences = flags.array('audience');
		const header = {alg: 'RS256', kid: base64Url(randomBytes(env.cluster, 32))};
		const claims = {
			aud: audiences.length > 0 ? audiences : [ISSUER],
			exp: issuedAt + duration,
			iat: issuedAt,
			iss: ISSUER,
			jti: uuid(env.cluster),
			'kubernetes.io': {namespace, serviceaccount: {name, uid: account.metadata.uid}},
			nbf: issuedAt,
			sub: `system:serviceaccount:${namespace}:${name}`,
		};
		return out.out(`${encodeJson(header)}.${encodeJson(claims)}.${base64Url(randomBytes(env.cluster, 256))}\n`).done(0);
	},
};
