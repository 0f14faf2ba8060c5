/** The JSON Schemas for editors say exactly what the registry says, and the generated files in the repository are current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { f, type Field } from '../../src/lib/registry/fields.ts';
import { ID_PATTERN, jsonSchemaFor } from '../../src/lib/registry/schema.ts';
import { registry } from '../../src/lib/registry/registry.ts';
import { generatedFiles } from '../../src/lib/server/emit/generated.ts';

interface JsonSchema {
	type?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: boolean;
	items?: JsonSchema;
	enum?: string[];
	pattern?: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	description?: string;
}

const onDisk = (type: string) => JSON.parse(readFileSync(`static/schema/${type}.json`, 'utf8')) as JsonSchema;

/** Checks one field's schema against its registry descriptor, recursing into blocks. */
function expectField(path: string, field: Field, s: JsonSchema) {
	expect(s.description, path).toContain(field.label);
	switch (field.kind) {
		case 'string':
		case 'text':
			return expect(s.type, path).toBe('string');
		case 'int':
			expect(s.type, path).toBe('integer');
			// zod bounds an int without its own limits by the safe integer range.
			expect(s.minimum, path).toBe(field.min ?? Number.MIN_SAFE_INTEGER);
			return expect(s.maximum, path).toBe(field.max ?? Number.MAX_SAFE_INTEGER);
		case 'date':
			return expect([s.type, s.format], path).toEqual(['string', 'date']);
		case 'url':
			return expect([s.type, s.format], path).toEqual(['string', 'uri']);
		case 'boolean':
			return expect(s.type, path).toBe('boolean');
		case 'enum':
			return expect(s.enum, path).toEqual(field.values);
		case 'enums':
			expect(s.type, path).toBe('array');
			return expect(s.items?.enum, path).toEqual(field.values);
		case 'list':
			return expect([s.type, s.items?.type], path).toEqual(['array', 'string']);
		case 'ref':
			return expect([s.type, s.pattern], path).toEqual(['string', ID_PATTERN.source]);
		case 'refs':
			return expect([s.type, s.items?.pattern], path).toEqual(['array', ID_PATTERN.source]);
		case 'object':
			return expectObject(path, field.fields, s);
		case 'objects':
			expect(s.type, path).toBe('array');
			return expectObject(`${path}[]`, field.fields, s.items!);
	}
}

function expectObject(path: string, fields: Record<string, Field>, s: JsonSchema) {
	expect(s.type, path).toBe('object');
	expect(s.additionalProperties, `${path}: unknown fields are errors`).toBe(false);
	expect(Object.keys(s.properties ?? {}), `${path}: every field, in registry order`).toEqual(Object.keys(fields));
	const required = Object.entries(fields)
		.filter(([, f]) => f.required)
		.map(([k]) => k);
	expect((s.required ?? []).slice().sort(), `${path}: required`).toEqual(required.sort());
	for (const [name, field] of Object.entries(fields)) expectField(`${path}.${name}`, field, s.properties![name]);
}

describe('JSON Schema per type (static/schema/<type>.json)', () => {
	for (const type of Object.values(registry)) {
		it(`${type.name}: matches the registry field for field`, () => {
			const schema = onDisk(type.name);
			expect((schema as { title?: string }).title).toBe(`${type.label} (Kennisgraaf)`);
			expectObject(type.name, type.fields, schema);
		});
	}

	it('requires at least one item where a list field is required', () => {
		const def = { ...registry.lectoraat, name: 'lijsttest', fields: { ...registry.lectoraat.fields, lectoren: f.list('Lector(en)', { required: true }) } };
		const lectoren = (jsonSchemaFor(def) as JsonSchema).properties!.lectoren;
		expect(lectoren.minItems).toBe(1);
		// On disk the lectoren are asked for but not required: an imported lectoraat names no people by default.
		expect(onDisk('lectoraat').properties!.lectoren.minItems).toBeUndefined();
		expect(registry.lectoraat.fields.lectoren.ask).toBe(true);
	});
});

describe('generated files in the repository', () => {
	// The build regenerates them; this catches a registry change committed without them.
	for (const { path, text } of generatedFiles()) {
		it(`${path} is current (npm run generate rewrites it)`, () => {
			expect(readFileSync(path, 'utf8')).toBe(text);
		});
	}
});
