/**
 * The state of a listing (sort, page, search text, filters, year range) and its addresses. Without
 * filters a state has a prerendered page (/project/sorteer/titel/pagina/2/), which works without
 * JavaScript; with filters it is the listing's address with the state as query (?lectoraten=…&pagina=2).
 */
import { typeUrl } from '../urls.ts';
import { YEARS, type DataRow, type Filter, type ListingData, type SortKey } from './model.ts';

export interface ListingState {
	sort: SortKey;
	page: number;
	q: string;
	/** Chosen option per select filter ('' for all). */
	chosen: Record<string, string>;
	van: number | null;
	tot: number | null;
}

const year = (v: string | null) => (v && /^\d{4}$/.test(v.trim()) ? Number(v) : null);

export const selectFilters = (filters: Filter[]) => filters.filter((f) => f.facet !== YEARS);

export function parseState(params: URLSearchParams, filters: Filter[], sorts: SortKey[], at: { sort: SortKey; page: number }): ListingState {
	const sort = params.get('sorteer') as SortKey | null;
	const page = Number(params.get('pagina'));
	return {
		sort: sort && sorts.includes(sort) ? sort : at.sort,
		page: Number.isInteger(page) && page > 0 ? page : at.page,
		q: params.get('q') ?? '',
		chosen: Object.fromEntries(selectFilters(filters).map((f) => [f.facet, params.get(f.facet) ?? ''])),
		van: year(params.get('van')),
		tot: year(params.get('tot'))
	};
}

export const isFiltered = (s: ListingState) => Boolean(s.q.trim() || Object.values(s.chosen).some(Boolean) || s.van !== null || s.tot !== null);

/** The prerendered page of an unfiltered state. */
export function pagePath(base: string, type: string, sorts: SortKey[], sort: SortKey, page: number): string {
	const sortPart = sort === sorts[0] ? '' : `sorteer/${sort}/`;
	return `${typeUrl(base, type)}${sortPart}${page > 1 ? `pagina/${page}/` : ''}`;
}

export function stateQuery(s: ListingState, sorts: SortKey[]): string {
	const params = new URLSearchParams();
	if (s.q.trim()) params.set('q', s.q);
	for (const [facet, value] of Object.entries(s.chosen)) if (value) params.set(facet, value);
	if (s.van !== null) params.set('van', String(s.van));
	if (s.tot !== null) params.set('tot', String(s.tot));
	if (s.sort !== sorts[0]) params.set('sorteer', s.sort);
	if (s.page > 1) params.set('pagina', String(s.page));
	return params.toString();
}

export const stateHref = (base: string, type: string, sorts: SortKey[], s: ListingState) =>
	isFiltered(s) ? `${typeUrl(base, type)}?${stateQuery(s, sorts)}` : pagePath(base, type, sorts, s.sort, s.page);

/** A predicate per active constraint, so "what if this one were dropped" is cheap to ask. */
function constraints(data: ListingData, s: ListingState): { key: string; test: (r: DataRow) => boolean }[] {
	const out: { key: string; test: (r: DataRow) => boolean }[] = [];
	data.filters.forEach((f, i) => {
		const value = s.chosen[f.facet];
		if (!value) return;
		const index = f.options.findIndex(([v]) => v === value);
		out.push({ key: f.facet, test: (r) => r.f[i].includes(index) });
	});
	const words = s.q.trim().toLowerCase();
	if (words) out.push({ key: 'q', test: (r) => `${r.title} ${r.summary}`.toLowerCase().includes(words) });
	if (s.van !== null || s.tot !== null) {
		const van = s.van ?? -Infinity;
		const tot = s.tot ?? Infinity;
		out.push({ key: YEARS, test: (r) => !!r.y && r.y[0] <= tot && (r.y[1] ?? Infinity) >= van });
	}
	return out;
}

/** Indexes of the rows that match, in the state's order. */
export function matching(data: ListingData, s: ListingState): number[] {
	const tests = constraints(data, s).map((c) => c.test);
	const order = data.order[s.sort] ?? data.rows.map((_, i) => i);
	return tests.length ? order.filter((i) => tests.every((t) => t(data.rows[i]))) : order;
}

/** For an empty result: how many rows each single constraint would give back if it were dropped, most first. */
export function widenings(data: ListingData, s: ListingState): { key: string; count: number }[] {
	const all = constraints(data, s);
	return all
		.map((c) => ({ key: c.key, count: data.rows.filter((r) => all.every((o) => o === c || o.test(r))).length }))
		.filter((w) => w.count > 0)
		.sort((a, b) => b.count - a.count);
}

/** The state without one constraint (a filter name, 'q' or 'jaren'), back on page 1. */
export function without(s: ListingState, key: string): ListingState {
	if (key === 'q') return { ...s, q: '', page: 1 };
	if (key === YEARS) return { ...s, van: null, tot: null, page: 1 };
	return { ...s, chosen: { ...s.chosen, [key]: '' }, page: 1 };
}
