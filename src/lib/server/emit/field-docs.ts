/**
 * The field reference for authors (docs/velden.md and /publiceren/velden/), generated from the type registry
 * so it can never disagree with validation.
 */
import { describeKind } from '../../registry/describe.ts';
import type { Field } from '../../registry/fields.ts';
import { authoringOrder, registry, relationFields, type TypeDef } from '../../registry/registry.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(fields: Record<string, Field>, prefix = ''): string[] {
	return Object.entries(fields).flatMap(([name, field]) => {
		const meaning = [field.label, field.help].filter(Boolean).join('. ');
		const row = `| \`${prefix}${name}\` | ${cell(meaning)} | ${cell(describeKind(field))} | ${field.required ? (prefix ? 'ja, in elk blok' : 'ja') : 'nee'} |`;
		const nested =
			field.kind === 'object' ? rows(field.fields, `${prefix}${name}.`) : field.kind === 'objects' ? rows(field.fields, `${prefix}${name}[].`) : [];
		return [row, ...nested];
	});
}

/** The smallest valid frontmatter shape: required fields with a placeholder. */
function skeleton(type: TypeDef): string {
	const lines = Object.entries(type.fields)
		.filter(([, f]) => f.required)
		.map(([name, f]) => {
			switch (f.kind) {
				case 'object':
					return `${name}: { ${Object.entries(f.fields)
						.filter(([, g]) => g.required)
						.map(([k]) => `${k}: …`)
						.join(', ')} }`;
				case 'list':
				case 'refs':
				case 'enums':
					return `${name}: [ … ]`;
				case 'objects':
					return `${name}:\n  - ${Object.entries(f.fields)
						.filter(([, g]) => g.required)
						.map(([k]) => `${k}: …`)
						.join('\n    ')}`;
				default:
					return `${name}: …`;
			}
		});
	return ['---', ...lines, '---', 'Tekst van de pagina (Markdown).'].join('\n');
}

/** Each relation with the headings readers see for it on both pages. */
function relations(type: TypeDef): string[] {
	const lines = relationFields(type).map(({ name, field }) => {
		const target = field.to.map((t) => registry[t]?.label.toLowerCase() ?? t).join(' of ');
		return `- \`${name}\` → ${target}: „${field.heading}”; gezien vanaf een ${target}: „${field.inverseHeading}”.`;
	});
	return lines.length ? ['Wat de verwijzingen betekenen:', '', ...lines, ''] : [];
}

function section(type: TypeDef): string {
	return [
		`## ${type.label}`,
		'',
		type.intro,
		'',
		`Map \`content/${type.name}/\`, adres op de site \`/${type.name}/<id>/\`. De titel van de pagina komt uit \`${type.titleField}\`.`,
		'',
		'| Veld | Betekenis | Waarde | Verplicht |',
		'| --- | --- | --- | --- |',
		...rows(type.fields),
		'',
		...relations(type),
		'Het kleinste geldige bestand (vul de … in):',
		'',
		'```markdown',
		skeleton(type),
		'```',
		''
	].join('\n');
}

export function fieldsMarkdown(): string {
	const types = authoringOrder.map((t) => registry[t]);
	return [
		'<!-- Gegenereerd uit src/lib/registry/types.ts door src/lib/server/emit/field-docs.ts (npm run generate, en bij elke build). Niet met de hand bewerken. -->',
		'',
		'# Velden per type',
		'',
		'Deze lijst komt rechtstreeks uit het typeregister van de site, waarmee ook elk bestand gecontroleerd wordt. Wat hier staat, klopt dus altijd.',
		'Velden die niet in de tabel van een type staan, worden geweigerd. Een **id** is de bestandsnaam zonder `.md`: kleine letters, cijfers en streepjes.',
		'Zie [Publiceren](publiceren.md) voor de uitleg.',
		'',
		`Typen: ${types.map((t) => `[${t.label}](#${t.label.toLowerCase()})`).join(' · ')}`,
		'',
		...types.map(section)
	].join('\n');
}
