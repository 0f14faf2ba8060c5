/** CSV export of a listing: every node of a type with all its fields (references as ids, lists joined). */
import { toCsv, type Cell } from '../../csv.ts';
import type { Field } from '../../registry/fields.ts';
import { getType } from '../../registry/registry.ts';
import type { Site } from '../site.ts';
import { VOORBEELD } from './vocab.ts';

/** Column names: field names, with nested object fields as "bron.document". */
function columns(fields: Record<string, Field>): { name: string; get: (data: Record<string, unknown>) => Cell }[] {
	return Object.entries(fields).flatMap(([name, field]) => {
		if (field.kind === 'object')
			return Object.keys(field.fields).map((sub) => ({
				name: `${name}.${sub}`,
				get: (d: Record<string, unknown>) => (d[name] as Record<string, Cell> | undefined)?.[sub]
			}));
		// Lists of objects (outputs) have no flat form: JSON keeps them complete and machine-readable.
		if (field.kind === 'objects') return [{ name, get: (d: Record<string, unknown>) => (d[name] == null ? '' : JSON.stringify(d[name])) }];
		// Invented content says so in every row, true or false, so a filter on the column cannot miss an empty cell.
		if (name === VOORBEELD) return [{ name, get: (d: Record<string, unknown>) => Boolean(d[name]) }];
		return [{ name, get: (d: Record<string, unknown>) => d[name] as Cell }];
	});
}

export function listingCsv(site: Pick<Site, 'byType'>, type: string, origin: string): string {
	const cols = columns(getType(type)?.fields ?? {});
	const nodes = [...(site.byType.get(type) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
	return toCsv(
		['id', 'url', ...cols.map((c) => c.name)],
		nodes.map((n) => [n.id, origin + n.url, ...cols.map((c) => c.get(n.data))])
	);
}
