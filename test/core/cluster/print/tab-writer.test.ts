import {describe, expect, it} from 'vitest';
import {DESCRIBE, formatTabbed, tabWriter} from '../../../../src/core/cluster/print/tab-writer.js';

describe('tabWriter (kubectl get tables)', () => {
	it('pads every column but the last to max(6, longest + 3)', () => {
		expect(tabWriter([
			['NAME', 'AGE'],
			['a', '5s'],
		])).toBe('NAME   AGE\na      5s\n');
		expect(tabWriter([
			['NAME', 'TYPE', 'AGE'],
			['kubernetes', 'ClusterIP', '10d'],
		])).toBe('NAME         TYPE        AGE\nkubernetes   ClusterIP   10d\n');
	});

	it('prints nothing for no rows', () => {
		expect(tabWriter([])).toBe('');
	});
});

describe('formatTabbed (describe alignment)', () => {
	it('aligns only consecutive lines that share a column, like Go tabwriter', () => {
		const text = 'Name:\tweb\nNamespace:\tdefault\nContainers:\n  web:\n    Image:\tnginx\n    Port:\t80/TCP\n';
		expect(formatTabbed(text, DESCRIBE)).toBe(
			'Name:       web\nNamespace:  default\nContainers:\n  web:\n    Image:  nginx\n    Port:   80/TCP\n',
		);
	});

	it('gives a second column its own width (Port:  <unset>  80/TCP)', () => {
		const text = 'Type:\tNodePort\nPort:\t<unset>\t80/TCP\nTargetPort:\t9376/TCP\n';
		expect(formatTabbed(text, DESCRIBE)).toBe('Type:        NodePort\nPort:        <unset>  80/TCP\nTargetPort:  9376/TCP\n');
	});
});
