/**
 * The search index in shards, loaded on demand (the way Pagefind scales static search): the build splits the term
 * index by the first two letters of each term, and the stored fields (id, title, snippet) into blocks of documents.
 * A query loads only the shards its terms fall in and the blocks of the hits it shows. At 50,000 nodes the whole index
 * would be megabytes; a query needs a few small files.
 *
 * The ranking code does not change: it runs against a ShardedIndex, which answers from the shards it has and notes
 * every shard a lookup needed but did not have. The searcher loads those and runs the query again, until nothing is
 * missing (a term's typo variants may ask for more shards only once its own shard is known to lack it).
 */
import type { SearchDocs } from './data.ts';
import { TermIndex, type Postings, type TermIndexExport, type TermIndexField, type TermLookup } from './term-index.ts';

/** Number of documents per block of stored fields: a hit costs one small file. */
export const DOC_BLOCK = 64;

const PLAIN = /^[a-z0-9]{1,2}$/;
const PLAIN3 = /^[a-z0-9]{3}$/;
/** Terms that do not start with two plain letters or digits (rare after folding) share one shard. */
const OTHER = '_';
/** A shard larger than this (as JSON) is split by the third letter: "le" (leraren, leerlingen, lezen) is a tenth of the index. */
export const SPLIT_BYTES = 48 * 1024;

/** The two-letter shard of a term, or of every term starting with a prefix of two or more letters. */
export const shardKey = (term: string) => (PLAIN.test(term.slice(0, 2)) ? term.slice(0, 2) : OTHER);

/** The shard a term is in, where the two-letter shards in `split` were split by the third letter. */
export function shardOf(term: string, split: ReadonlySet<string>): string {
	const two = shardKey(term);
	return split.has(two) && PLAIN3.test(term.slice(0, 3)) ? term.slice(0, 3) : two;
}

/** The ranking columns, shipped whole (every candidate is ranked), and the shards and blocks that exist. */
export interface SearchManifest extends Omit<SearchDocs, 'id' | 'title' | 'snippet'> {
	fields: string[];
	shards: string[];
	/** Two-letter shards split by the third letter (shardOf). */
	split: string[];
	blockSize: number;
}

export type DocBlock = Pick<SearchDocs, 'id' | 'title' | 'snippet'>;

/** Groups an export's terms by a key: one TermIndexExport per key, sorted by key. */
function groupTerms(index: TermIndexExport, keyOf: (term: string) => string): Map<string, TermIndexExport> {
	const shards = new Map<string, TermIndexExport>();
	index.fields.forEach((_, f) => {
		index.terms[f].forEach((term, t) => {
			const key = keyOf(term);
			let shard = shards.get(key);
			if (!shard) {
				shard = {
					fields: index.fields,
					terms: index.fields.map(() => []),
					docs: index.fields.map(() => []),
					positions: index.positions.map((p) => (p ? [] : null))
				};
				shards.set(key, shard);
			}
			shard.terms[f].push(term);
			shard.docs[f].push(index.docs[f][t]);
			shard.positions[f]?.push(index.positions[f]![t]);
		});
	});
	return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The build's side: the index in shards by the first two letters of each term, large ones by the first three. */
export function splitTermIndex(index: TermIndexExport, maxBytes = SPLIT_BYTES): { shards: Map<string, TermIndexExport>; split: string[] } {
	const byTwo = groupTerms(index, shardKey);
	const split = [...byTwo].filter(([key, shard]) => key !== OTHER && JSON.stringify(shard).length > maxBytes).map(([key]) => key);
	const splitSet = new Set(split);
	return { shards: groupTerms(index, (term) => shardOf(term, splitSet)), split };
}

export function splitDocs(docs: SearchDocs, fields: string[], shards: string[], split: string[]): { manifest: SearchManifest; blocks: DocBlock[] } {
	const { id, title, snippet, ...ranking } = docs;
	const blocks: DocBlock[] = [];
	for (let at = 0; at < id.length; at += DOC_BLOCK)
		blocks.push({ id: id.slice(at, at + DOC_BLOCK), title: title.slice(at, at + DOC_BLOCK), snippet: snippet.slice(at, at + DOC_BLOCK) });
	return { manifest: { ...ranking, fields, shards, split, blockSize: DOC_BLOCK }, blocks };
}

/** The browser's side: the shards loaded so far, answering as the whole index would for the terms they hold. */
export class ShardedIndex implements TermLookup {
	private loaded = new Map<string, TermIndex>();
	private exists: Set<string>;
	private split: Set<string>;
	/** Shards a lookup needed that are not loaded yet. */
	readonly missing = new Set<string>();

	constructor(
		shards: string[],
		private fields: readonly TermIndexField[],
		split: string[] = []
	) {
		this.exists = new Set(shards);
		this.split = new Set(split);
	}

	add(key: string, data: TermIndexExport) {
		this.loaded.set(key, new TermIndex(data, this.fields));
		this.missing.delete(key);
	}

	/**
	 * The shards a prefix spans, loaded or noted as missing: one, unless the prefix is shorter than the shards' keys
	 * (a letter, or two letters of a split shard): then every shard starting with it.
	 */
	private shardsFor(prefix: string, exact = false): { loaded: TermIndex[]; unknown: boolean } {
		const short = !exact && PLAIN.test(prefix) && (prefix.length === 1 || this.split.has(prefix));
		const keys = short ? [...this.exists].filter((k) => k.startsWith(prefix) || (prefix.length === 1 && k === OTHER)) : [shardOf(prefix, this.split)];
		const loaded: TermIndex[] = [];
		let unknown = false;
		for (const key of keys) {
			if (!this.exists.has(key)) continue;
			const shard = this.loaded.get(key);
			if (shard) loaded.push(shard);
			else {
				this.missing.add(key);
				unknown = true;
			}
		}
		return { loaded, unknown };
	}

	// A term in a shard that has not loaded counts as present: otherwise the ranking would fall back to typo variants
	// and compound parts, and ask for dozens of shards it will not need once the term's own shard is in.
	has(field: string, term: string) {
		const { loaded, unknown } = this.shardsFor(term, true);
		return unknown || loaded.some((s) => s.has(field, term));
	}

	get(field: string, term: string): Postings | undefined {
		for (const s of this.shardsFor(term, true).loaded) {
			const p = s.get(field, term);
			if (p) return p;
		}
		return undefined;
	}

	withPrefix(field: string, prefix: string): Postings[] {
		return this.shardsFor(prefix).loaded.flatMap((s) => s.withPrefix(field, prefix));
	}

	hasPrefix(field: string, prefix: string) {
		const { loaded, unknown } = this.shardsFor(prefix);
		return unknown || loaded.some((s) => s.hasPrefix(field, prefix));
	}
}

/**
 * Runs a query's lookups (SearchEngine.plan) until no shard they need is missing, loading the missing ones between
 * runs (they only get added); the caller ranks the last plan once.
 */
export async function complete<T>(index: ShardedIndex, run: () => T, load: (key: string) => Promise<void>): Promise<T> {
	let result = run();
	while (index.missing.size) {
		await Promise.all([...index.missing].map(load));
		result = run();
	}
	return result;
}
