/**
 * Records → changes to the content folder, and the report. Nothing is written here: the plan is shown by a dry run
 * and committed, all at once, by the real one (content/write.ts).
 *
 * A record matched to a node updates the fields its source owns and fills gaps in the others; lists (relations,
 * keywords) gain the source's items and never lose one, so what an author added by hand stays, and the body of an
 * existing file is never touched. Herkomst records source, id, address and the day the values were fetched; that
 * day changes only when the values do, so importing the same data again changes no byte.
 */
import { asList, type Field } from '../../registry/fields.ts';
import { getType, typeNames, type TypeDef } from '../../registry/registry.ts';
import { recordKey, type ImportRecord, type MapOptions, type SourceMapping } from '../../registry/imports/model.ts';
import { validateData } from '../load/validate.ts';
import { slugify, uniqueId } from '../publish/slug.ts';
import { frontmatterYaml } from '../publish/render.ts';
import type { ContentFile } from './content/existing.ts';
import { Matcher } from './match.ts';
import type { Page } from './sources/pages.ts';
import { emptyReport, type Report } from './report.ts';

export interface Change {
	file: string;
	text: string;
}

export interface PlanOptions extends MapOptions {
	/** The whole register was read (no filter, no "since"): its nodes that were not in it are marked as removed. */
	complete: boolean;
}

type Data = Record<string, unknown>;
type Herkomst = { bron: string; id: string; url?: string; opgehaald: string; verwijderd?: string };

interface Node {
	id: string;
	type: string;
	file: string;
	data: Data;
	body: string;
	isNew: boolean;
	/** The frontmatter as read, to tell whether anything changed. */
	before?: string;
}

const isList = (f: Field | undefined) => f?.kind === 'list' || f?.kind === 'refs' || f?.kind === 'enums';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const typeOrder = (t: string) => typeNames.indexOf(t as never);

export function plan(m: SourceMapping, existing: ContentFile[], pages: Iterable<Page>, o: PlanOptions): { changes: Change[]; report: Report } {
	const report = emptyReport(m.label);
	const bron = m.name;
	const nodes = new Map<string, Node>(existing.map((f) => [f.id, { ...f, data: structuredClone(f.data), isNew: false, before: JSON.stringify(f.data) }]));
	const matcher = new Matcher(nodes.values());
	const taken = new Set(nodes.keys());

	// Records from all pages; a record twice in the source counts once (the last one), and says so.
	const records = new Map<string, ImportRecord>();
	const seen = new Set<string>();
	for (const page of pages) {
		report.pages++;
		for (const raw of m.items(page.data, page.endpoint)) {
			report.records++;
			const sourceId = m.idOf(raw, page.endpoint);
			if (!sourceId) {
				report.skipped.push({ record: `(zonder id) in ${page.where}`, reason: 'record zonder id: kan niet worden bijgehouden' });
				continue;
			}
			const key = `${page.endpoint}:${sourceId}`;
			if (seen.has(key)) report.skipped.push({ record: sourceId, reason: `staat meer dan eens in de bron (weer in ${page.where}); de laatste telt` });
			seen.add(key);
			const mapped = m.map(raw, page.endpoint, o);
			if ('skip' in mapped) {
				report.skipped.push({ record: sourceId, reason: mapped.skip });
				continue;
			}
			for (const r of mapped.records) {
				const k = recordKey(r.type, r.id);
				const prior = records.get(k);
				// A record of its own beats a stub of the same thing; stubs add what the other lacks.
				if (prior && r.stub) records.set(k, { ...prior, data: { ...r.data, ...prior.data } });
				else records.set(k, prior?.stub ? { ...r, data: { ...prior.data, ...r.data } } : r);
			}
		}
	}

	// Pass 1: which node each record is, matched or new.
	const nodeOf = new Map<string, string>();
	const sorted = [...records.values()].sort((a, b) => typeOrder(a.type) - typeOrder(b.type));
	const title = (r: ImportRecord) => String(r.data[getType(r.type)!.titleField] ?? r.id);
	for (const r of sorted) {
		const found = matcher.find(bron, r.type, r.id, r.data);
		if (found && 'conflict' in found) {
			report.conflicts.push({ record: `${r.type} ${title(r)} (${r.id})`, reason: found.conflict });
			continue;
		}
		if (found) {
			nodeOf.set(recordKey(r.type, r.id), found.node.id);
			const herkomst = herkomstOf(found.node.data);
			if (!r.stub && !herkomst.some((h) => h.bron === bron && h.id === r.id))
				report.merged.push({ record: `${r.type} ${title(r)} (${r.id})`, node: found.node.id, reason: found.reason });
			else if (r.stub) report.linked.push({ record: `${r.type} ${title(r)}`, node: found.node.id, reason: found.reason });
			continue;
		}
		if (r.removed) {
			report.skipped.push({ record: r.id, reason: 'verwijderd bij de bron en niet in Kennisgraaf' });
			continue;
		}
		const id = uniqueId(slugify(title(r)) || `${r.type}-${slugify(r.id)}`, taken);
		taken.add(id);
		const node: Node = { id, type: r.type, file: `${r.type}/${id}.md`, data: {}, body: r.body ? `${literal(r.body)}\n` : '', isNew: true };
		nodes.set(id, node);
		nodeOf.set(recordKey(r.type, r.id), id);
		matcher.add({ id, type: r.type, data: { ...r.data, herkomst: [{ bron, id: r.id }] } });
	}

	// Pass 2: the data of each node, in type order, so a record only links to records that made it.
	const accepted = new Set<string>();
	for (const r of sorted) {
		const key = recordKey(r.type, r.id);
		const id = nodeOf.get(key);
		if (!id) continue;
		const node = nodes.get(id)!;
		const def = getType(r.type)!;
		if (r.stub && !node.isNew) {
			accepted.add(key);
			continue;
		}
		const incoming: Data = { ...r.data };
		for (const [field, keys] of Object.entries(r.links ?? {})) {
			const ids = keys.filter((k) => accepted.has(k)).map((k) => nodeOf.get(k)!);
			const lost = keys.filter((k) => !accepted.has(k));
			if (lost.length)
				report.notes.push(`${r.type} ${title(r)}: ${field} ${lost.map((k) => k.split(':').slice(1).join(':')).join(', ')} niet overgenomen (zie hierboven)`);
			if (ids.length) incoming[field] = def.fields[field]?.kind === 'ref' ? ids[0] : [...new Set(ids)];
		}
		const next = node.isNew ? incoming : merge(def, node.data, incoming, m.owns[r.type as never] ?? []);
		const herkomst = updateHerkomst(herkomstOf(node.data), bron, r, o.today, node.isNew || !same(strip(next), strip(node.data)));
		const data = { ...next, herkomst };
		const { errors } = validateData(node.file, def, data, () => 1);
		if (errors.length) {
			report.skipped.push({ record: `${r.type} ${title(r)} (${r.id})`, reason: errors.map((e) => `${e.message}`).join('; ') });
			if (node.isNew) nodes.delete(id);
			continue;
		}
		accepted.add(key);
		node.data = data;
		matcher.add({ id, type: r.type, data });
		if (r.stub) report.added.push(`${r.type}/${id} (${title(r)}, genoemd in een ander record)`);
		else if (node.isNew) report.added.push(`${r.type}/${id}`);
		else if (report.merged.some((x) => x.node === id)) continue;
		else if (JSON.stringify(data) === node.before) report.unchanged++;
		else report.updated.push(`${r.type}/${id}`);
	}

	// The whole register was read: nodes it gave before but not now were removed at the source.
	if (o.complete) {
		const types = new Set(sorted.filter((r) => !r.stub).map((r) => r.type));
		const present = new Set(sorted.map((r) => recordKey(r.type, r.id)));
		for (const node of nodes.values()) {
			if (!types.has(node.type as never)) continue;
			const herkomst = herkomstOf(node.data);
			const gone = herkomst.filter((h) => h.bron === bron && !h.verwijderd && !present.has(recordKey(node.type, h.id)));
			// A stub's herkomst (no address) names a reference, not a record of the register's own list.
			if (!gone.length || gone.every((h) => !h.url)) continue;
			node.data = { ...node.data, herkomst: herkomst.map((h) => (gone.includes(h) && h.url ? { ...h, verwijderd: o.today } : h)) };
			report.removed.push(`${node.type}/${node.id}`);
		}
	}

	const changes: Change[] = [];
	for (const node of nodes.values()) {
		if (!node.isNew && JSON.stringify(node.data) === node.before) continue;
		changes.push({ file: node.file, text: `---\n${frontmatterYaml(getType(node.type)!, node.data)}---\n${node.body}` });
	}
	return { changes, report };
}

const herkomstOf = (d: Data): Herkomst[] => (Array.isArray(d.herkomst) ? (d.herkomst as Herkomst[]) : []);

/**
 * A register's plain text as Markdown that says just that: no links, emphasis, HTML or headings of its own. The site
 * finds [[wiki-links]] in the text after escapes are read, so double brackets are split apart as well.
 */
const literal = (text: string) =>
	text
		.replace(/\[\[/g, '[ [')
		.replace(/\]\]/g, '] ]')
		.replace(/[\\`*_[\]<>{}|~]/g, '\\$&')
		.replace(/^(\s*)([#>+-]|\d+[.)])/gm, '$1\\$2');

/** The data without herkomst, to tell whether the source's values changed. */
const strip = (d: Data) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'herkomst'));

/** Owned fields are overwritten (lists: united), the others only fill a gap. */
function merge(def: TypeDef, current: Data, incoming: Data, owns: readonly string[]): Data {
	const out = { ...current };
	for (const [field, value] of Object.entries(incoming)) {
		if (value === undefined) continue;
		const f = def.fields[field];
		if (isList(f)) {
			const merged = [...new Set([...asList(current[field]), ...asList(value)])];
			if (owns.includes(field) || current[field] === undefined) out[field] = merged;
		} else if (owns.includes(field) || current[field] === undefined) out[field] = value;
	}
	return out;
}

function updateHerkomst(list: Herkomst[], bron: string, r: ImportRecord, today: string, changed: boolean): Herkomst[] {
	const at = list.findIndex((h) => h.bron === bron && h.id === r.id);
	const prior = at >= 0 ? list[at] : undefined;
	const entry: Herkomst = {
		bron,
		id: r.id,
		...(r.url ? { url: r.url } : prior?.url ? { url: prior.url } : {}),
		opgehaald: changed || !prior ? today : prior.opgehaald,
		...(r.removed ? { verwijderd: prior?.verwijderd ?? today } : {})
	};
	if (prior && same(prior, entry)) return list;
	return at >= 0 ? list.map((h, i) => (i === at ? entry : h)) : [...list, entry];
}
