/**
 * The search engine in the browser. Loaded with a dynamic import the first time search
 * opens, so the search code and the index never weigh on an ordinary page view. The index
 * comes in shards (src/lib/search/shards.ts): a query fetches only what it needs.
 */
import { fresh } from '$lib/fresh';
import { searchUrls, type SearchDocs } from '$lib/search/data';
import { SearchEngine, type SearchFilters, type SearchHit } from '$lib/search/engine';
import { highlight, type Segment } from '$lib/search/highlight';
import { FIELDS } from '$lib/search/options';
import { ShardedIndex, complete, type DocBlock, type SearchManifest } from '$lib/search/shards';
import type { TermIndexExport } from '$lib/search/term-index';

export interface ShownHit extends SearchHit {
	titleParts: Segment[];
	snippetParts: Segment[];
}

export interface Searcher {
	engine: SearchEngine;
	/** Resolves once the shards and blocks the query needs have loaded (at once when they have). */
	search(query: string, filters?: SearchFilters, limit?: number): Promise<{ total: number; hits: ShownHit[] }>;
}

async function fetchJson<T>(url: string): Promise<T> {
	const res = await fetch(fresh(url));
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	return res.json();
}

/** One download per file, shared by concurrent queries; a failed one may be retried by the next query. */
function once<K, T>(get: (key: K) => Promise<T>) {
	const pending = new Map<K, Promise<T>>();
	return (key: K) => {
		let p = pending.get(key);
		if (!p) {
			p = get(key);
			p.catch(() => pending.delete(key));
			pending.set(key, p);
		}
		return p;
	};
}

async function load(base: string): Promise<Searcher> {
	const { fields, shards, split, blockSize, ...ranking } = await fetchJson<SearchManifest>(searchUrls.manifest(base));
	const count = ranking.type.length;
	const docs: SearchDocs = { ...ranking, id: new Array(count), title: new Array(count), snippet: new Array(count) };
	const index = new ShardedIndex(shards, FIELDS, split);
	const engine = new SearchEngine(index, docs, base);
	if (fields.join() !== FIELDS.map((f) => f.name).join()) throw new Error('search index has other fields: rebuild the site');

	const shard = once((key: string) => fetchJson<TermIndexExport>(searchUrls.shard(base, key)).then((data) => index.add(key, data)));
	const block = once((n: number) =>
		fetchJson<DocBlock>(searchUrls.block(base, n)).then((b) =>
			b.id.forEach((id, i) => {
				const doc = n * blockSize + i;
				[docs.id[doc], docs.title[doc], docs.snippet[doc]] = [id, b.title[i], b.snippet[i]];
			})
		)
	);

	return {
		engine,
		async search(query, filters = {}, limit = 8) {
			const result = engine.rank(await complete(index, () => engine.plan(query), shard), filters, limit);
			const blocks = [...new Set(result.docs.filter((doc) => docs.id[doc] === undefined).map((doc) => Math.floor(doc / blockSize)))];
			if (blocks.length) {
				await Promise.all(blocks.map(block));
				result.hits = result.docs.map((doc) => engine.hit(doc));
			}
			const { total, hits, marker } = result;
			return {
				total,
				hits: hits.map((h) => ({ ...h, titleParts: highlight(h.title, marker), snippetParts: highlight(h.snippet, marker) }))
			};
		}
	};
}

/** One engine per base path, shared by the header box and the /zoeken page; a failed download may be retried on the next open. */
export const loadSearch = once(load);
