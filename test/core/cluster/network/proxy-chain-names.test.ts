import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {base32, endpointChain, serviceChains} from '../../../../src/core/cluster/network/proxy-chain-names.js';
import {hex, sha256} from '../../../../src/core/cluster/network/sha256.js';

describe('sha256', () => {
	it('gives the FIPS 180-4 test vectors', () => {
		expect(hex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(hex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(hex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
	});

	it('agrees with node:crypto on every length around the block boundaries', () => {
		for (let length = 0; length < 200; length++) {
			const text = 'kube-proxy/é'.repeat(20).slice(0, length);
			expect(hex(sha256(text))).toBe(createHash('sha256').update(text).digest('hex'));
		}
	});
});

describe('kube-proxy chain names', () => {
	it('encodes base32 as Go does, with padding', () => {
		expect(base32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI======');
		expect(base32(new TextEncoder().encode('f'))).toBe('MY======');
	});

	it('names the kubernetes Service chain as every kind cluster does', () => {
		expect(serviceChains('default/kubernetes:https', 'TCP')).toEqual({
			cluster: 'KUBE-SVC-NPX46M4PTMTKRN6Y',
			local: 'KUBE-SVL-NPX46M4PTMTKRN6Y',
			external: 'KUBE-EXT-NPX46M4PTMTKRN6Y',
			firewall: 'KUBE-FW-NPX46M4PTMTKRN6Y',
		});
	});

	it('names the kube-dns chains as every kind cluster does', () => {
		expect(serviceChains('kube-system/kube-dns:dns', 'UDP').cluster).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
		expect(serviceChains('kube-system/kube-dns:dns-tcp', 'TCP').cluster).toBe('KUBE-SVC-ERIFXISQEP7F7OF4');
		expect(serviceChains('kube-system/kube-dns:metrics', 'TCP').cluster).toBe('KUBE-SVC-JD5MR3NA4I4DYORP');
	});

	it('hashes the endpoint into the endpoint chain', () => {
		const a = endpointChain('default/web', 'TCP', '10.244.1.5:80');
		expect(a).toMatch(/^KUBE-SEP-[A-Z2-7]{16}$/);
		expect(endpointChain('default/web', 'TCP', '10.244.1.6:80')).not.toBe(a);
		expect(endpointChain('default/web', 'tcp', '10.244.1.5:80')).toBe(a);
	});
});
