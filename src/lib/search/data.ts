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

/** The shipped files (shards.ts): the manifest with the ranking columns, term shards by key, stored fields by block. */
export const searchUrls = {
	manifest: (base: string) => `${base}/zoeken/data/index.json`,
	shard: (base: string, key: string) => `${base}/zoeken/data/term/${key}.json`,
	block: (base: string, block: number) => `${base}/zoeken/data/doc/${block}.json`
};
