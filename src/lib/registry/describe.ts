/**
 * Field descriptions in Dutch for people: the field tables in the docs, the prompts of `npm run new`
 * and the hints in the web editor all say the same thing because they come from here.
 */
import type { Field } from './fields.ts';
import { registry } from './registry.ts';

const typeNames = (types: readonly string[], plural: boolean) =>
	types.map((t) => (plural ? registry[t]?.plural : registry[t]?.label)?.toLowerCase() ?? t).join(' of ');

/** What kind of value a field takes, e.g. "datum (JJJJ-MM-DD)" or "lijst van ids van lectoraten". */
export function describeKind(field: Field): string {
	switch (field.kind) {
		case 'string':
			return field.format === 'email' ? 'e-mailadres' : 'tekst (één regel)';
		case 'text':
			return 'tekst';
		case 'int': {
			const range =
				field.min !== undefined && field.max !== undefined ? ` van ${field.min} tot en met ${field.max}` : field.min !== undefined ? ` vanaf ${field.min}` : '';
			return `geheel getal${range}`;
		}
		case 'date':
			return 'datum (JJJJ-MM-DD)';
		case 'url':
			return 'webadres (https://…)';
		case 'boolean':
			return 'true of false';
		case 'enum':
			return `één van: ${field.values.join(', ')}`;
		case 'list':
			return 'lijst van teksten';
		case 'enums':
			return `lijst, elk uit: ${field.values.join(', ')}`;
		case 'ref':
			return `id van een ${typeNames(field.to, false)}`;
		case 'refs':
			return `lijst van ids van ${typeNames(field.to, true)}`;
		case 'object':
			return `blok met de velden ${Object.keys(field.fields).join(', ')}`;
		case 'objects':
			return `lijst van blokken met de velden ${Object.keys(field.fields).join(', ')}`;
	}
}

/** A value that passes validation, for examples in the docs and the scaffold. */
export function exampleValue(field: Field): unknown {
	switch (field.kind) {
		case 'string':
		case 'text':
			return field.format === 'email' ? 'onderzoek@example.org' : '…';
		case 'int':
			return field.min !== undefined && field.min > 1000 ? Math.max(field.min, 2024) : (field.min ?? 1);
		case 'date':
			return '2024-09-01';
		case 'url':
			return 'https://example.org/';
		case 'boolean':
			return true;
		case 'enum':
			return field.values[0];
		case 'list':
			return ['…'];
		case 'enums':
			return [field.values[0]];
		case 'ref':
			return `id-van-een-${field.to[0]}`;
		case 'refs':
			return [`id-van-een-${field.to[0]}`];
		case 'object':
		case 'objects': {
			const item = Object.fromEntries(
				Object.entries(field.fields)
					.filter(([, f]) => f.required)
					.map(([k, f]) => [k, exampleValue(f)])
			);
			return field.kind === 'object' ? item : [item];
		}
	}
}
