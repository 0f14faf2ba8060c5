/**
 * What a listing page and its data file (/<type>/lijst.json) carry, shared by the build and the browser.
 * Rows are compact (chips as texts, groups and counts as numbers) so one shape serves the prerendered
 * page and the client-side filter, and the data file stays small enough to filter thousands of rows.
 */
import type { SortKey } from '../registry/typedef.ts';

export type { SortKey };

export interface Option {
	value: string;
	label: string;
	count: number;
}

export interface Filter {
	facet: string;
	label: string;
	/** Absent when the list is long: then it comes from /<type>/opties.json, so the page's HTML stays small. */
	options?: Option[];
	/** The 'jaren' filter: a year range (?van=…&tot=…) within these bounds. */
	years?: { min: number; max: number };
}

export interface Row {
	id: string;
	title: string;
	summary: string;
	voorbeeld?: 1;
	/** Chip texts, one list per entry of the listing's `chips`. */
	chips: string[][];
	/** Nodes of each counted type that point to this one. */
	counts?: number[];
	/** Index into `groups`: the agenda headings this row sits under. */
	group?: number;
}

/** A row in the data file, with what the client filters and sorts on. */
export interface DataRow extends Row {
	/** Option indexes per select filter, in the order of `filters`. */
	f: number[][];
	/** First and last active year (null: still active or unknown). */
	y?: [number, number | null];
}

export interface ListingMeta {
	type: string;
	label: string;
	/** Lower-case plural for counts ("projecten"). */
	noun: string;
	intro: string;
	sorts: SortKey[];
	chips: { name: string; label: string }[];
	/** Counted types as [singular, plural] ("project", "projecten"). */
	counts: [string, string][];
	pageSize: number;
}

export interface ListingPageData extends ListingMeta {
	filters: Filter[];
	sort: SortKey;
	page: number;
	pages: number;
	total: number;
	rows: Row[];
	/** Agenda headings of the rows on this page: [thema, gamechanger?]. */
	groups: string[][];
}

/** /<type>/lijst.json: every row in agenda order, and the order of each sort as row indexes. */
export interface ListingData {
	filters: { facet: string; options: [string, string][] }[];
	groups: string[][];
	rows: DataRow[];
	order: Partial<Record<SortKey, number[]>>;
}

export const SORT_LABELS: Record<SortKey, string> = {
	agenda: 'Kennisagenda-volgorde',
	nieuw: 'Nieuwste eerst',
	titel: 'Titel (A–Z)',
	start: 'Startdatum (laatste eerst)'
};

/** Filters that are a year range rather than a choice. */
export const YEARS = 'jaren';
