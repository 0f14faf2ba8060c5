import type { TermIndexExport } from './term-index.ts';

/** The shipped search files: the term index and the compact stored fields, one array per column. */

export interface SearchDocs {
	/** Type names; `type[i]` indexes this list. */
	types: string[];
	themas: { id: string; title: string }[];
	/** Sector codes; bit b of `sector[i]` stands for sectors[b]. */
	sectors: string[];
	id: string[];
	type: number[];
	title: string[];
	/** Short text shown under a result (summary, cut at a word). */
	snippet: string[];
	/** Indexes into `themas`. */
	thema: number[][];
	sector: number[];
	/** Number of relations: a tie-breaker in ranking. */
	degree: number[];
	/** Number of index terms in the title (see titleTermCount): an exact title match has as many as the query. */
	titleTerms: number[];
}

/** The term index as the build exports it (term-index.ts). */
export type SearchIndexExport = TermIndexExport;

export const SEARCH_PARTS = ['index', 'docs'] as const;
export type SearchPart = (typeof SEARCH_PARTS)[number];

export const searchPartUrl = (base: string, part: SearchPart) => `${base}/zoeken/data/${part}.json`;
