/**
 * A small field vocabulary. Each content type lists its fields with these
 * constructors; validation (zod), JSON Schema, the CMS config and the page
 * components all read the same descriptors, so a field is declared once.
 */

export type Scalar = 'string' | 'text' | 'int' | 'date' | 'url' | 'boolean';

interface Base {
	label: string;
	required: boolean;
	help?: string;
}

export type Field =
	| (Base & { kind: Scalar; min?: number; max?: number })
	| (Base & { kind: 'enum'; values: readonly string[] })
	| (Base & { kind: 'list'; of: 'string' })
	| (Base & { kind: 'enums'; values: readonly string[] })
	| (Base & { kind: 'ref'; to: readonly string[]; inverse: string })
	| (Base & { kind: 'refs'; to: readonly string[]; inverse: string })
	| (Base & { kind: 'objects'; fields: Record<string, Field> })
	| (Base & { kind: 'object'; fields: Record<string, Field> });

export type RefField = Extract<Field, { kind: 'ref' | 'refs' }>;

interface Opts {
	required?: boolean;
	help?: string;
}

const base = (label: string, o: Opts = {}): Base => ({ label, required: o.required ?? false, help: o.help });

export const f = {
	string: (label: string, o?: Opts): Field => ({ ...base(label, o), kind: 'string' }),
	text: (label: string, o?: Opts): Field => ({ ...base(label, o), kind: 'text' }),
	int: (label: string, o: Opts & { min?: number; max?: number } = {}): Field => ({
		...base(label, o),
		kind: 'int',
		min: o.min,
		max: o.max
	}),
	date: (label: string, o?: Opts): Field => ({ ...base(label, o), kind: 'date' }),
	url: (label: string, o?: Opts): Field => ({ ...base(label, o), kind: 'url' }),
	boolean: (label: string, o?: Opts): Field => ({ ...base(label, o), kind: 'boolean' }),
	enum: (label: string, values: readonly string[], o?: Opts): Field => ({ ...base(label, o), kind: 'enum', values }),
	list: (label: string, o?: Opts): Field => ({ ...base(label, o), kind: 'list', of: 'string' }),
	enums: (label: string, values: readonly string[], o?: Opts): Field => ({ ...base(label, o), kind: 'enums', values }),
	/** `inverse` is the Dutch label shown on the target's page for this relation. */
	ref: (label: string, to: string | string[], inverse: string, o?: Opts): Field => ({
		...base(label, o),
		kind: 'ref',
		to: [to].flat(),
		inverse
	}),
	refs: (label: string, to: string | string[], inverse: string, o?: Opts): Field => ({
		...base(label, o),
		kind: 'refs',
		to: [to].flat(),
		inverse
	}),
	objects: (label: string, fields: Record<string, Field>, o?: Opts): Field => ({ ...base(label, o), kind: 'objects', fields }),
	object: (label: string, fields: Record<string, Field>, o?: Opts): Field => ({ ...base(label, o), kind: 'object', fields })
};

export const isRef = (field: Field): field is RefField => field.kind === 'ref' || field.kind === 'refs';

/** Reference values of a field as a list, whatever its cardinality. */
export function refValues(field: RefField, value: unknown): string[] {
	if (value == null) return [];
	return field.kind === 'ref' ? [String(value)] : (value as unknown[]).map(String);
}
