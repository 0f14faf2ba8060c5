/**
 * The search engine in the browser. Loaded with a dynamic import the first time search
 * opens, so the search code and the index never weigh on an ordinary page view.
 */
import { fresh } from '$lib/fresh';
import { searchPartUrl, type SearchDocs, type SearchIndexExport } from '$lib/search/data';
import { SearchEngine, type SearchFilters, type SearchHit } from '$lib/search/engine';
import { highlight, type Segment } from '$lib/search/highlight';

export interface ShownHit extends SearchHit {
	titleParts: Segment[];
	snippetParts: Segment[];
}

export interface Searcher {
	engine: SearchEngine;
	search(query: string, filters?: SearchFilters, limit?: number): { total: number; hits: ShownHit[] };
}

const loaded = new Map<string, Promise<Searcher>>();

async function fetchJson<T>(url: string): Promise<T> {
	const res = await fetch(fresh(url));
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	return res.json();
}

async function load(base: string): Promise<Searcher> {
	const [index, docs] = await Promise.all([fetchJson<SearchIndexExport>(searchPartUrl(base, 'index')), fetchJson<SearchDocs>(searchPartUrl(base, 'docs'))]);
	const engine = SearchEngine.fromExport(index, docs, base);
	return {
		engine,
		search(query, filters = {}, limit = 8) {
			const { total, hits, marker } = engine.search(query, filters, limit);
			return {
				total,
				hits: hits.map((h) => ({ ...h, titleParts: highlight(h.title, marker), snippetParts: highlight(h.snippet, marker) }))
			};
		}
	};
}

/** One engine per base path, shared by the header box and the /zoeken page. */
export function loadSearch(base: string): Promise<Searcher> {
	let promise = loaded.get(base);
	if (!promise) {
		promise = load(base);
		// A failed download may be retried on the next open.
		promise.catch(() => loaded.delete(base));
		loaded.set(base, promise);
	}
	return promise;
}
