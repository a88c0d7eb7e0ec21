import {describe, expect, test} from 'vitest';
import {containerArgv, containerProcess} from '../../../../src/core/cluster/controllers/container-process.js';
import {IMAGE_CATALOGUE} from '../../../../src/core/cluster/controllers/image-catalogue.js';

const nginx = IMAGE_CATALOGUE['docker.io/library/nginx'];
const busybox = IMAGE_CATALOGUE['docker.io/library/busybox'];
const curl = IMAGE_CATALOGUE['docker.io/curlimages/curl'];

describe('what a container runs', () => {
	test('command replaces ENTRYPOINT and drops CMD; args alone replace CMD', () => {
		expect(containerArgv({name: 'c'}, nginx)).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
		expect(containerArgv({name: 'c', command: ['sleep']}, nginx)).toEqual(['sleep']);
		expect(containerArgv({name: 'c', command: ['sleep'], args: ['5']}, nginx)).toEqual(['sleep', '5']);
		expect(containerArgv({name: 'c', args: ['-h']}, curl)).toEqual(['/entrypoint.sh', '-h']);
	});

	test('servers run; a shell without stdin, echo and true exit 0 at once; false fails', () => {
		expect(containerProcess({name: 'c'}, nginx).runs).toBe('forever');
		expect(containerProcess({name: 'c'}, busybox)).toEqual({runs: 'exits', afterMs: 0, exitCode: 0, output: ''});
		expect(containerProcess({name: 'c', stdin: true, tty: true}, busybox).runs).toBe('forever');
		expect(containerProcess({name: 'c', command: ['echo', 'hello', 'world']}, busybox)).toEqual({runs: 'exits', afterMs: 0, exitCode: 0, output: 'hello world\n'});
		expect(containerProcess({name: 'c', command: ['false']}, busybox)).toMatchObject({runs: 'exits', exitCode: 1});
		expect(containerProcess({name: 'c'}, curl)).toEqual({runs: 'exits', afterMs: 0, exitCode: 2, output: "curl: try 'curl --help' or 'curl --manual' for more information\n"});
	});

	test('sh -c scripts: echo, sleep and exit in order, && and ||, endless loops run', () => {
		const script = (text: string) => containerProcess({name: 'c', command: ['sh', '-c', text]}, busybox);
		expect(script('echo start; sleep 5; echo done; exit 3')).toEqual({runs: 'exits', afterMs: 5000, exitCode: 3, output: 'start\ndone\n'});
		expect(script('false && echo no || echo yes')).toEqual({runs: 'exits', afterMs: 0, exitCode: 0, output: 'yes\n'});
		expect(script('echo "a; b"')).toMatchObject({output: 'a; b\n'});
		expect(script('while true; do echo tick; sleep 1; done').runs).toBe('forever');
		expect(script('sleep 1m')).toMatchObject({runs: 'exits', afterMs: 60_000});
		expect(script('exec nginx -g "daemon off;"').runs).toBe('forever');
	});
});
