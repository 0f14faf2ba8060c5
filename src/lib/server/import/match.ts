/**
 * Finding the node a record is about: by the source's own id (herkomst), by a shared identifier (ROR, BRIN,
 * Wikidata, DOI: every registry field with `identifier`), or else by normalised name and place. ROR and DUO share no
 * identifier, so a hogeschool from both meets here by name. Invented example nodes are never matched by name.
 */
import { asList } from '../../registry/fields.ts';
import { getType } from '../../registry/registry.ts';
import { fold } from '../../search/options.ts';

export interface Candidate {
	id: string;
	type: string;
	data: Record<string, unknown>;
}

export type Match = { node: Candidate; reason: string } | { conflict: string } | undefined;

/** Lowercase, no diacritics or punctuation, without the legal form: "Stichting Hogeschool Utrecht" → "hogeschool utrecht". */
export const normName = (name: string) =>
	fold(name)
		.replace(/[’'`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\b(stichting|vereniging|b ?v|n ?v)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const identifierFields = (type: string) =>
	Object.entries(getType(type)?.fields ?? {})
		.filter(([, f]) => f.identifier)
		.map(([name]) => name);

const idKey = (type: string, field: string, value: unknown) => `${type}\u0000${field}\u0000${String(value).trim().toLowerCase()}`;
const provKey = (bron: string, type: string, id: string) => `${bron}\u0000${type}\u0000${id}`;
const nameKey = (type: string, name: string) => `${type}\u0000${normName(name)}`;

/** Types matched by name when nothing else matches; a project's title is too weak a key. */
const BY_NAME = new Set(['organisatie', 'lectoraat', 'partnerschap']);

export class Matcher {
	private prov = new Map<string, Candidate>();
	private ids = new Map<string, Candidate>();
	private names = new Map<string, Candidate[]>();

	constructor(nodes: Iterable<Candidate>) {
		for (const n of nodes) this.add(n);
	}

	/** Indexes a node (again, after its data changed). */
	add(n: Candidate) {
		for (const h of Array.isArray(n.data.herkomst) ? (n.data.herkomst as Record<string, unknown>[]) : [])
			this.prov.set(provKey(String(h.bron), n.type, String(h.id)), n);
		for (const field of identifierFields(n.type)) for (const v of asList(n.data[field])) this.ids.set(idKey(n.type, field, v), n);
		if (n.data.voorbeeld === true || !BY_NAME.has(n.type)) return;
		const title = getType(n.type)!.titleField;
		for (const name of [n.data[title], ...asList(n.data.aliassen)]) {
			if (typeof name !== 'string') continue;
			const list = this.names.get(nameKey(n.type, name)) ?? [];
			if (!list.includes(n)) this.names.set(nameKey(n.type, name), [...list, n]);
		}
	}

	find(bron: string, type: string, sourceId: string, data: Record<string, unknown>): Match {
		const own = this.prov.get(provKey(bron, type, sourceId));
		if (own) return { node: own, reason: `${bron}-id ${sourceId}` };
		const fields = identifierFields(type);
		const byId = new Map<string, { node: Candidate; reason: string }>();
		for (const field of fields)
			for (const v of asList(data[field])) {
				const node = this.ids.get(idKey(type, field, v));
				if (node) byId.set(node.id, { node, reason: `${getType(type)!.fields[field].label} ${v}` });
			}
		if (byId.size > 1) return { conflict: `de identifiers wijzen naar verschillende knopen: ${[...byId.keys()].join(', ')}` };
		if (byId.size === 1) return [...byId.values()][0];
		if (!BY_NAME.has(type)) return undefined;
		const title = getType(type)!.titleField;
		const names = [data[title], ...asList(data.aliassen)].filter((v): v is string => typeof v === 'string');
		let candidates = [...new Set(names.flatMap((n) => this.names.get(nameKey(type, n)) ?? []))];
		// A node with another value for the same identifier is another organisation of the same name.
		const clash = (n: Candidate) =>
			fields.find((f) => data[f] != null && n.data[f] != null && String(n.data[f]).toLowerCase() !== String(data[f]).toLowerCase());
		const clashing = candidates.filter(clash);
		candidates = candidates.filter((n) => !clash(n));
		const place = (d: Record<string, unknown>) => (typeof d.plaats === 'string' ? normName(d.plaats) : undefined);
		if (candidates.length > 1 && place(data)) candidates = candidates.filter((n) => place(n.data) === place(data));
		if (candidates.length === 1) {
			const n = candidates[0];
			const same = place(data) && place(n.data) === place(data);
			const where = !place(data) || !place(n.data) ? '' : same ? ' en plaats' : ` (plaats verschilt: ${n.data.plaats} / ${data.plaats})`;
			return { node: n, reason: `naam${where}` };
		}
		if (candidates.length > 1) return { conflict: `de naam past bij meerdere knopen: ${candidates.map((n) => n.id).join(', ')}` };
		if (clashing.length) {
			const f = clash(clashing[0])!;
			return { conflict: `zelfde naam als ${clashing[0].id}, maar ander ${f} (${clashing[0].data[f]} / ${data[f]})` };
		}
		return undefined;
	}
}
