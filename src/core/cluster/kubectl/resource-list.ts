/** kubectl's `cpu=100m,memory=64Mi` lists (`create quota --hard`, `set resources --limits`), each quantity made canonical as resource.Quantity prints it. */
import {setOwn} from '../api/own-property.js';
import {formatQuantity, parseQuantity} from '../print/describe/quantity.js';

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_ERROR = `quantities must match the regular expression '${QUANTITY.source}'`;

export type ResourceListParse = {ok: true; list: Record<string, string>} | {ok: false; message: string};

export function parseResourceList(spec: string): ResourceListParse {
	const list: Record<string, string> = {};
	for (const statement of spec.split(',').filter(Boolean)) {
		const parts = statement.split('=');
		if (parts.length !== 2) return {ok: false, message: `Invalid argument syntax ${statement}, expected <resource>=<value>`};
		if (!QUANTITY.test(parts[1])) return {ok: false, message: QUANTITY_ERROR};
		setOwn(list, parts[0], formatQuantity(parseQuantity(parts[1])));
	}
	return {ok: true, list};
}
