/**
 * Checks between fields that the schema of one file cannot make: a value the hierarchy already gives must agree
 * with it (`derivable`), and every link that needs a quote has one (`quotedIn`). Both are declared in the registry.
 */
import { asList, isRef } from '../../registry/fields.ts';
import type { TypeDef } from '../../registry/registry.ts';
import type { ContentError } from './errors.ts';

type DataOf = (id: string) => Record<string, unknown> | undefined;

export function consistencyErrors(
	file: string,
	type: TypeDef,
	data: Record<string, unknown>,
	dataOf: DataOf,
	lineOf: (p: readonly PropertyKey[]) => number
): ContentError[] {
	const errors: ContentError[] = [];
	const quoted = new Map<string, Set<string>>();
	for (const [name, field] of Object.entries(type.fields)) {
		if (!isRef(field)) continue;
		const via = field.derivable;
		const viaId = via ? data[via.via] : undefined;
		const given = via && typeof viaId === 'string' ? dataOf(viaId)?.[via.field] : undefined;
		if (via && given !== undefined && data[name] !== undefined && String(given) !== String(data[name])) {
			const viaLabel = type.fields[via.via]?.label.toLowerCase() ?? via.via;
			errors.push({
				file,
				line: lineOf([name]),
				message: `"${name}" is "${String(data[name])}", maar de ${viaLabel} "${viaId}" hoort bij ${name} "${String(given)}"`,
				hint: `Zet ${name}: ${String(given)}, of kies een ${viaLabel} die bij ${name} "${String(data[name])}" hoort.`,
				code: 'contradicts-hierarchy'
			});
		}
		if (!field.quotedIn) continue;
		const ids = quoted.get(field.quotedIn) ?? new Set();
		quoted.set(field.quotedIn, ids);
		for (const id of asList(data[name])) ids.add(id);
	}
	for (const [list, ids] of quoted) {
		const items = Array.isArray(data[list]) ? (data[list] as Record<string, unknown>[]) : [];
		const has = new Set(items.map((q) => String(q.naar)));
		for (const [name, field] of Object.entries(type.fields)) {
			if (!isRef(field) || field.quotedIn !== list) continue;
			for (const [i, id] of asList(data[name]).entries()) {
				if (has.has(id)) continue;
				errors.push({
					file,
					line: lineOf([name, i]),
					message: `de koppeling met "${id}" in "${name}" heeft geen citaat in "${list}"`,
					hint: `Voeg aan ${list} toe: - { naar: ${id}, citaat: "een zin letterlijk uit de bron die deze koppeling draagt" }, of haal de koppeling weg als de bron haar niet draagt.`,
					code: 'missing-quote'
				});
			}
		}
		for (const [i, q] of items.entries()) {
			if (ids.has(String(q.naar))) continue;
			errors.push({
				file,
				line: lineOf([list, i, 'naar']),
				message: `het citaat in "${list}" hoort bij "${String(q.naar)}", maar die staat niet in de koppelingen`,
				hint: `Zet "${String(q.naar)}" in ${describeTargets(type, list)}, of verwijder dit citaat.`,
				code: 'orphan-quote'
			});
		}
	}
	return errors;
}

const describeTargets = (type: TypeDef, list: string) =>
	Object.entries(type.fields)
		.filter(([, f]) => isRef(f) && f.quotedIn === list)
		.map(([n]) => n)
		.join(' of ');
