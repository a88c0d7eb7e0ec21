/**
 * A compact description of the JSON shape of Kubernetes types, enough for strict decoding:
 * which fields exist and what JSON type each takes. Go type names feed the decoder's messages
 * (`Go struct field ServicePort.spec.ports.port of type int32`).
 */
export type Scalar = 'string' | 'int32' | 'int64' | 'bool' | 'intOrString' | 'quantity' | 'time' | 'any';

export interface StructShape {
	struct: string;
	fields: Record<string, Shape>;
}

export interface ListShape {
	list: Shape;
}

export interface MapShape {
	map: Shape;
}

export type Shape = Scalar | StructShape | ListShape | MapShape;

export const struct = (name: string, fields: Record<string, Shape>): StructShape => ({struct: name, fields});
export const list = (item: Shape): ListShape => ({list: item});
export const map = (value: Shape): MapShape => ({map: value});

export const S: Scalar = 'string';
export const I: Scalar = 'int32';
export const L: Scalar = 'int64';
export const B: Scalar = 'bool';
export const strings = list(S);
export const stringMap = map(S);

/** The Go type as encoding/json names it in errors (`[]v1.ServicePort`, `map[string]string`). */
export function goTypeName(shape: Shape): string {
	if (typeof shape === 'string') {
		const names: Record<Scalar, string> = {
			string: 'string',
			int32: 'int32',
			int64: 'int64',
			bool: 'bool',
			intOrString: 'intstr.IntOrString',
			quantity: 'resource.Quantity',
			time: 'v1.Time',
			any: 'interface {}',
		};
		return names[shape];
	}
	if ('struct' in shape) return `v1.${shape.struct}`;
	if ('list' in shape) return `[]${goTypeName(shape.list)}`;
	return `map[string]${goTypeName(shape.map)}`;
}
