/** Checks frontmatter against the type's schema and words every problem for a lector. */
import type { z } from 'zod';
import type { Field } from '../../registry/fields.ts';
import { CONTROL_CHAR, schemaFor } from '../../registry/schema.ts';
import type { TypeDef } from '../../registry/registry.ts';
import type { ContentError } from './errors.ts';
import { didYouMean } from './suggest.ts';

const EXPECTED: Record<string, string> = {
	string: 'tekst',
	number: 'een getal',
	int: 'een geheel getal',
	boolean: 'true of false',
	array: 'een lijst',
	object: 'een blok met velden'
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function fieldAt(fields: Record<string, Field>, path: readonly PropertyKey[]): Field | undefined {
	let field: Field | undefined;
	let scope: Record<string, Field> | undefined = fields;
	for (const key of path) {
		if (typeof key === 'number') continue;
		// Keys come from YAML: a key like "constructor" must not find a member of Object.prototype.
		field = scope && Object.hasOwn(scope, key) ? scope[String(key)] : undefined;
		scope = field && (field.kind === 'object' || field.kind === 'objects') ? field.fields : undefined;
	}
	return field;
}

const example = (field: Field | undefined): string => {
	switch (field?.kind) {
		case 'date':
			return '2024-09-01';
		case 'int':
			return '2024';
		case 'boolean':
			return 'true';
		case 'enum':
			return field.values[0];
		case 'refs':
		case 'enums':
		case 'list':
			return '[eerste, tweede]';
		default:
			return '…';
	}
};

export function validateData(
	file: string,
	type: TypeDef,
	data: Record<string, unknown>,
	lineOf: (p: readonly PropertyKey[]) => number
): { value?: Record<string, unknown>; errors: ContentError[] } {
	const result = schemaFor(type).safeParse(data, { reportInput: true });
	if (result.success) return { value: result.data as Record<string, unknown>, errors: [] };
	const errors = result.error.issues.flatMap((issue) => describe(file, type, issue, lineOf));
	return { errors };
}

function describe(file: string, type: TypeDef, issue: z.core.$ZodIssue, lineOf: (p: readonly PropertyKey[]) => number): ContentError[] {
	const path = issue.path;
	const name = path.join('.');
	const field = fieldAt(type.fields, path);
	const line = lineOf(path);
	const at = (message: string, hint: string, code: string): ContentError => ({ file, line, message, hint, code });
	const input = (issue as { input?: unknown }).input;
	if (input === undefined && issue.code !== 'unrecognized_keys') {
		return [at(`verplicht veld "${name}" ontbreekt`, `Voeg een regel toe: ${String(path.at(-1))}: ${example(field)}`, 'missing-field')];
	}
	switch (issue.code) {
		case 'unrecognized_keys': {
			const scope = path.length ? fieldAt(type.fields, path) : undefined;
			const fields: Record<string, Field> = scope && 'fields' in scope ? scope.fields : type.fields;
			const allowed = Object.keys(fields);
			// A common other name for a field ("lector" for contact) is a clearer hint than the nearest spelling.
			const meant = (key: string) => allowed.find((name) => fields[name].alsoCalled?.includes(key.toLowerCase()));
			return issue.keys.map((key) => ({
				file,
				line: lineOf([...path, key]),
				message: `onbekend veld "${key}" voor type ${type.name}`,
				hint: meant(key)
					? `Bedoel je "${meant(key)}"? ${fields[meant(key)!].help ?? ''} Toegestane velden: ${allowed.join(', ')}.`
					: `Toegestane velden: ${allowed.join(', ')}.${didYouMean(key, allowed)}`,
				code: 'unknown-field'
			}));
		}
		case 'invalid_type':
			return [
				at(
					`veld "${name}" moet ${EXPECTED[field?.kind === 'int' ? 'int' : issue.expected] ?? issue.expected} zijn, niet ${JSON.stringify(input)}`,
					`Bijvoorbeeld: ${String(path.at(-1))}: ${example(field)}`,
					'wrong-type'
				)
			];
		case 'invalid_value':
			return [
				at(
					`"${String(input)}" is geen geldige waarde voor "${name}"`,
					`Kies uit: ${issue.values.join(', ')}.${didYouMean(String(input), issue.values.map(String))}`,
					'bad-value'
				)
			];
		case 'too_small':
			return [
				at(
					issue.origin === 'number' ? `"${name}" moet minstens ${issue.minimum} zijn` : `"${name}" mag niet leeg zijn`,
					issue.origin === 'number' ? 'Pas het getal aan.' : `Vul "${name}" in of laat het veld weg als het niet verplicht is.`,
					'too-small'
				)
			];
		case 'too_big':
			return [at(`"${name}" mag hoogstens ${issue.maximum} zijn`, 'Pas de waarde aan.', 'too-big')];
		case 'invalid_format':
			if (field?.kind === 'url') return [at(`"${name}" is geen geldig webadres`, 'Gebruik een volledig adres dat begint met https://.', 'bad-url')];
			if (field?.format === 'email') return [at(`"${name}" is geen geldig e-mailadres`, 'Schrijf een adres als onderzoek@hogeschool.nl.', 'bad-email')];
			return [
				at(
					`"${String(input)}" in "${name}" is geen geldige id`,
					'Een id bestaat uit kleine letters, cijfers en streepjes: de bestandsnaam zonder .md.',
					'bad-ref-format'
				)
			];
		default:
			if (issue.code === 'custom' && (issue.params as { kennisgraaf?: string } | undefined)?.kennisgraaf === CONTROL_CHAR) {
				return [
					at(
						`"${name}" bevat een onzichtbaar stuurteken`,
						'Typ de tekst opnieuw of plak hem als platte tekst; tekst uit een PDF bevat soms zulke tekens.',
						'control-char'
					)
				];
			}
			if (field?.kind === 'date') {
				const [, y, m] = /^(\d{4})-(\d{2})-\d{2}$/.exec(String(input)) ?? [];
				if (y && Number(m) >= 1 && Number(m) <= 12) {
					const last = new Date(0);
					last.setUTCFullYear(Number(y), Number(m), 0);
					const days = last.getUTCDate();
					return [
						at(
							`"${name}" is geen geldige datum: ${input} bestaat niet`,
							`${MONTHS[Number(m) - 1]} ${y} heeft ${days} dagen. Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld ${y}-${m}-${String(days).padStart(2, '0')}.`,
							'bad-date'
						)
					];
				}
				return [at(`"${name}" is geen geldige datum`, 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2024-09-01.', 'bad-date')];
			}
			return [at(`"${name}": ${issue.message}`, 'Controleer de waarde van dit veld.', 'invalid')];
	}
}
