/** Derives zod schemas (and from them JSON Schema) from the registry. */
import { z } from 'zod';
import type { Field } from './fields.ts';
import { registry, type TypeDef } from './registry.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date: Date.parse rolls 2024-02-30 over to 1 March, so the parts must survive the round trip. */
function validDate(s: string): boolean {
	if (!DATE_PATTERN.test(s)) return false;
	const [y, m, d] = s.split('-').map(Number);
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Invisible control characters (often pasted from a PDF) break feeds and search; tab and newline are fine.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const CONTROL_CHAR = 'control-char';
const text = () =>
	z
		.string()
		.trim()
		.min(1)
		.refine((s) => !CONTROL.test(s), { message: 'bevat een onzichtbaar stuurteken', params: { kennisgraaf: CONTROL_CHAR } });

function fieldSchema(field: Field): z.ZodType {
	let s: z.ZodType;
	switch (field.kind) {
		case 'string':
		case 'text':
			s = field.format === 'email' ? z.email() : text();
			break;
		case 'int': {
			let n = z.number().int();
			if (field.min !== undefined) n = n.min(field.min);
			if (field.max !== undefined) n = n.max(field.max);
			s = n;
			break;
		}
		// YAML may read an unquoted date as a string; both forms are accepted as text.
		case 'date':
			s = z.string().refine(validDate, { message: 'datum' }).meta({ format: 'date' });
			break;
		case 'url':
			s = z.url({ protocol: /^https?$/ });
			break;
		case 'boolean':
			s = z.boolean();
			break;
		case 'enum':
			s = z.enum(field.values as [string, ...string[]]);
			break;
		case 'list':
			s = z.array(text());
			break;
		case 'enums':
			s = z.array(z.enum(field.values as [string, ...string[]]));
			break;
		case 'ref':
			s = z.string().regex(ID_PATTERN);
			break;
		case 'refs':
			s = z.array(z.string().regex(ID_PATTERN));
			break;
		case 'object':
			s = objectSchema(field.fields);
			break;
		case 'objects':
			s = z.array(objectSchema(field.fields));
			break;
	}
	if (field.required && (field.kind === 'list' || field.kind === 'refs' || field.kind === 'enums' || field.kind === 'objects')) {
		s = (s as z.ZodArray).min(1);
	}
	s = s.describe(field.help ? `${field.label}. ${field.help}` : field.label);
	return field.required ? s : s.optional();
}

function objectSchema(fields: Record<string, Field>) {
	return z.strictObject(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)])));
}

const cache = new Map<string, z.ZodType>();

export function schemaFor(type: TypeDef): z.ZodType {
	let s = cache.get(type.name);
	if (!s) {
		s = objectSchema(type.fields).describe(`${type.label} (Kennisgraaf)`);
		cache.set(type.name, s);
	}
	return s;
}

/** JSON Schema per type, for editors (yaml-language-server) and tooling. */
export function jsonSchemaFor(type: TypeDef): object {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: `${type.label} (Kennisgraaf)`,
		...(z.toJSONSchema(schemaFor(type), { unrepresentable: 'any' }) as object)
	};
}

export const allJsonSchemas = () => Object.values(registry).map((t) => ({ type: t.name, schema: jsonSchemaFor(t) }));
