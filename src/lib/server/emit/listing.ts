/**
 * Emit: the listing of a type, cut into prerendered pages per sort (/<type>/, /<type>/pagina/2/,
 * /<type>/sorteer/titel/), and the data file the browser filters on (/<type>/lijst.json). What a
 * type's listing shows (filters, chips, sorts, counts, page size) comes from its TypeDef.
 */
import { asList, isRef } from '../../registry/fields.ts';
import { filterLabel, getType, registry, relationFields, SECTOREN, typeNames, type TypeName } from '../../registry/registry.ts';
import type { ListingDef, SortKey } from '../../registry/typedef.ts';
import { YEARS, type DataRow, type Filter, type ListingData, type ListingMeta, type ListingPageData, type Option } from '../../listing/model.ts';
import { facetLabel, facetValues } from '../graph/facets.ts';
import { field } from '../graph/hierarchy.ts';
import { vraagCoverage } from '../graph/coverage.ts';
import type { ContentNode } from '../load/index.ts';
import { still } from '../progress.ts';
import type { Site } from '../site.ts';

const DEFAULT_LISTING: ListingDef = { sorts: ['agenda'], pageSize: 60 };
/** Filters with more options than this load them after the page (opties.json), so its HTML stays small. */
const INLINE_OPTIONS = 40;
const SUMMARY = 160;

const listingDef = (type: string): ListingDef => registry[type].listing ?? DEFAULT_LISTING;
const collator = new Intl.Collator('nl');

const yearOf = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}/.test(v) ? Number(v.slice(0, 4)) : undefined);

/** A node's [start, end] years by its type's `listing.years` (end null: open); undefined without a start. Also read by the graph data. */
export function nodeYears(n: ContentNode): [number, number | null] | undefined {
	const years = listingDef(n.type).years;
	if (!years) return undefined;
	const start = yearOf(field(n, years.start));
	return start === undefined ? undefined : [start, years.end ? (yearOf(field(n, years.end)) ?? null) : null];
}
const cut = (s: string) => (s.length > SUMMARY ? `${s.slice(0, SUMMARY).replace(/\s\S*$/, '')}…` : s);

export function listingMeta(type: string): ListingMeta {
	const def = registry[type];
	const listing = listingDef(type);
	return {
		type,
		label: def.plural,
		noun: def.plural.toLowerCase(),
		intro: def.intro,
		sorts: [...listing.sorts],
		chips: (listing.chips ?? []).map((name) => ({ name, label: filterName(type, name) })),
		counts: (listing.counts ?? []).map((t) => [registry[t].label.toLowerCase(), registry[t].plural.toLowerCase()]),
		pageSize: listing.pageSize ?? 60
	};
}

const filterName = (type: string, name: string) => (name === YEARS ? 'Jaren' : (registry[type].facetsVia?.[name]?.label ?? filterLabel(type, name)));

/** Option order: nodes in agenda order (thema 1–6, gamechangers by thema then number), enum values as declared, sectors in their order. */
function optionOrder(site: Site, type: string, facet: string) {
	const f = getType(type)?.fields[facet];
	const declared: readonly string[] | undefined = f?.facet === 'sector' ? SECTOREN : f && (f.kind === 'enum' || f.kind === 'enums') ? f.values : undefined;
	return (a: Option, b: Option) => {
		const na = site.byId.get(a.value);
		const nb = site.byId.get(b.value);
		if (na && nb) return site.hierarchy.compare(na, nb);
		if (declared) return declared.indexOf(a.value) - declared.indexOf(b.value);
		return collator.compare(a.label, b.label);
	};
}

/** Everything about a type's rows, computed once per site and type. */
interface Built {
	filters: Filter[];
	rows: DataRow[];
	groups: string[][];
	order: Partial<Record<SortKey, number[]>>;
}
const cache = new WeakMap<Site, Map<string, Built>>();

function build(site: Site, type: string): Built {
	const perSite = cache.get(site) ?? cache.set(site, new Map()).get(site)!;
	const hit = perSite.get(type);
	if (hit) return hit;
	const def = registry[type];
	const listing = listingDef(type);
	const nodes: ContentNode[] = site.of(type as TypeName);

	const selects = def.filters.filter((f) => f !== YEARS);
	const values = nodes.map((n, i) => {
		still(`lijst ${type}: filterwaarden ${i}/${nodes.length}`);
		return selects.map((facet) => facetValues(site, n, facet));
	});
	const options = selects.map((facet, i) => {
		const counts = new Map<string, number>();
		for (const v of values) for (const value of v[i]) counts.set(value, (counts.get(value) ?? 0) + 1);
		return [...counts].map(([value, count]) => ({ value, label: facetLabel(value, site.byId), count })).sort(optionOrder(site, type, facet));
	});
	const optionIndex = options.map((list) => new Map(list.map((o, i) => [o.value, i])));

	// Who points at a node through a field (not a wiki-link): "3 projecten".
	const countFields = (listing.counts ?? []).map((t) =>
		relationFields(registry[t])
			.filter((r) => isRef(r.field) && r.field.to.includes(type))
			.map((r) => r.name)
	);
	const groups: string[][] = [];
	const groupIndex = new Map<string, number>();
	const groupOf = (n: ContentNode) => {
		const heads = site.hierarchy
			.ancestors(n)
			.reverse()
			.filter((a) => getType(a.type)?.sequence);
		if (!heads.length) return undefined;
		const key = heads.map((h) => h.id).join('/');
		if (!groupIndex.has(key)) groupIndex.set(key, groups.push(heads.map((h) => headingOf(site, h))) - 1);
		return groupIndex.get(key);
	};

	// Who works on a kennisvraag follows the one white-spot rule (graph/coverage.ts), so the listing says what its page
	// and /dekking say: a lectoraat also counts through the projects it runs on the question.
	const covered = (n: ContentNode, t: string) => {
		if (n.type !== 'kennisvraag') return undefined;
		const c = vraagCoverage(site, n.id);
		return t === 'project' ? c.projecten : t === 'lectoraat' ? c.lectoraten : undefined;
	};
	const rows = nodes.map((n, i): DataRow => {
		still(`lijst ${type}: rijen ${i}/${nodes.length}`);
		const years = nodeYears(n);
		const chips = (listing.chips ?? []).map((name) => {
			if (name === YEARS) return years ? [yearsText(years)] : [];
			const list = def.filters.includes(name) || def.facetsVia?.[name] ? facetValues(site, n, name) : asList(field(n, name));
			return list.map((v) => facetLabel(v, site.byId));
		});
		const row: DataRow = {
			id: n.id,
			title: n.title,
			summary: cut(n.summary),
			chips,
			f: values[i].map((list, j) => list.map((v) => optionIndex[j].get(v)!)),
			...(n.data.voorbeeld ? { voorbeeld: 1 as const } : {}),
			...(years ? { y: years } : {})
		};
		if (countFields.length)
			row.counts = countFields.map(
				(names, j) =>
					covered(n, listing.counts![j]) ??
					site.sources(n, { type: listing.counts![j] }).filter((s) => names.some((f) => asList(field(s, f)).includes(n.id))).length
			);
		const group = listing.sorts.includes('agenda') ? groupOf(n) : undefined;
		if (group !== undefined) row.group = group;
		return row;
	});

	const byTitle = (a: number, b: number) => collator.compare(rows[a].title, rows[b].title);
	const newest = (n: ContentNode) => String((listing.newest ?? []).map((f) => field(n, f)).find((v) => v != null) ?? '');
	const start = (n: ContentNode) => String(listing.years ? (field(n, listing.years.start) ?? '') : '');
	const desc = (key: (n: ContentNode) => string) => {
		const keys = nodes.map(key);
		return (a: number, b: number) => (keys[a] < keys[b] ? 1 : keys[a] > keys[b] ? -1 : byTitle(a, b));
	};
	const compare: Record<SortKey, (a: number, b: number) => number> = { agenda: (a, b) => a - b, titel: byTitle, nieuw: desc(newest), start: desc(start) };
	const indexes = nodes.map((_, i) => i);
	const order = Object.fromEntries(
		listing.sorts.map((s) => {
			still(`lijst ${type}: sorteren op ${s}`);
			return [s, [...indexes].sort(compare[s])];
		})
	);

	const filters: Filter[] = def.filters.map((facet) => {
		if (facet === YEARS) {
			const ys = rows.flatMap((r) => (r.y ? [r.y[0], r.y[1] ?? r.y[0]] : []));
			return { facet, label: filterName(type, facet), years: { min: Math.min(...ys), max: Math.max(...ys) } };
		}
		return { facet, label: filterName(type, facet), options: options[selects.indexOf(facet)] };
	});
	const built = { filters, rows, groups, order };
	perSite.set(type, built);
	return built;
}

/** "Thema 2: Kennis en vaardigheden", "Gamechanger 2.3: …": a heading with the node's place in the agenda. */
function headingOf(site: Site, node: ContentNode): string {
	const code = [...site.hierarchy.ancestors(node).reverse(), node]
		.map((a) => {
			const seq = getType(a.type)?.sequence;
			return seq ? field(a, seq) : undefined;
		})
		.filter((v) => typeof v === 'number');
	return `${registry[node.type].label}${code.length ? ` ${code.join('.')}` : ''}: ${node.title}`;
}

const yearsText = ([start, end]: [number, number | null]) => (end === null ? `vanaf ${start}` : end === start ? String(start) : `${start}–${end}`);

export const pageCount = (site: Site, type: string) => Math.max(1, Math.ceil((site.byType.get(type)?.length ?? 0) / listingMeta(type).pageSize));

/** One prerendered page of a listing. */
export function listingPage(site: Site, type: string, sort: SortKey = listingDef(type).sorts[0], page = 1): ListingPageData {
	const meta = listingMeta(type);
	const { filters, rows, groups, order } = build(site, type);
	const shown = order[sort]!.slice((page - 1) * meta.pageSize, page * meta.pageSize).map((i) => {
		const { f: _f, y: _y, ...row } = rows[i];
		return row;
	});
	// Only the headings this page needs, renumbered.
	const used = [...new Set(shown.flatMap((r) => (r.group === undefined ? [] : [r.group])))];
	return {
		...meta,
		filters: filters.map((f) => (f.options && f.options.length > INLINE_OPTIONS ? { facet: f.facet, label: f.label } : f)),
		sort,
		page,
		pages: pageCount(site, type),
		total: rows.length,
		rows: shown.map((r) => (r.group === undefined ? r : { ...r, group: used.indexOf(r.group) })),
		groups: used.map((g) => groups[g])
	};
}

/** /<type>/lijst.json: what the browser filters, sorts and pages on. */
export function listingData(site: Site, type: string): ListingData {
	const { filters, rows, groups, order } = build(site, type);
	return {
		filters: filters.flatMap((f) => (f.options ? [{ facet: f.facet, options: f.options.map((o): [string, string] => [o.value, o.label]) }] : [])),
		groups,
		rows,
		order
	};
}

/** /<type>/opties.json: the long option lists left out of the pages. */
export const listingOptions = (site: Site, type: string): Record<string, Option[]> =>
	Object.fromEntries(build(site, type).filters.flatMap((f) => (f.options && f.options.length > INLINE_OPTIONS ? [[f.facet, f.options]] : [])));

/** The rest of each listing page's path after /<type>/: pagina/2, sorteer/titel, sorteer/titel/pagina/2. */
export function listingPaths(site: Site): { type: string; pad: string }[] {
	return typeNames.flatMap((type) => {
		const pages = pageCount(site, type);
		return listingDef(type).sorts.flatMap((sort, s) =>
			Array.from({ length: pages }, (_, i) => [s ? `sorteer/${sort}` : '', i ? `pagina/${i + 1}` : ''].filter(Boolean).join('/'))
				.filter(Boolean)
				.map((pad) => ({ type, pad }))
		);
	});
}

/** Reads a path rest (sorteer/titel/pagina/2) back; undefined for anything else. */
export function parseListingPath(type: string, pad: string): { sort: SortKey; page: number } | undefined {
	const m = /^(?:sorteer\/([a-z]+))?\/?(?:pagina\/(\d+))?$/.exec(pad.replace(/\/$/, ''));
	const sorts = getType(type)?.listing?.sorts ?? DEFAULT_LISTING.sorts;
	if (!m || (m[1] && !sorts.includes(m[1] as SortKey))) return undefined;
	return { sort: (m[1] as SortKey) ?? sorts[0], page: m[2] ? Number(m[2]) : 1 };
}
