/**
 * The query side: parse a Dutch query, look its terms up in the imported term index,
 * and rank. Runs in the browser and in the relevance test alike.
 *
 * Terms are looked up per field and per term, because ranking needs to know which query
 * words matched where (all words first, title before body, the title's first words).
 */
import { nodeUrl } from '../urls.ts';
import type { SearchDocs, SearchIndexExport } from './data.ts';
import { edits1 } from './fuzzy.ts';
import { FIELDS, WORD, encode, fold, joinCompound, readTermIndex, splitCompound, stemTerm, surfaceTerm, type FieldName, type TermForm } from './options.ts';
import { TYPE_RELEVANCE } from './options.ts';
import type { Postings, TermLookup } from './term-index.ts';

export interface QueryTerm {
	/** The word as typed, folded. */
	word: string;
	stem: string;
	surface: string;
	/** The last word while the user is still typing it: also matched as a prefix. */
	prefix: boolean;
}

export interface SearchFilters {
	type?: string;
	thema?: string;
	sector?: string;
}

export interface SearchHit {
	id: string;
	type: string;
	title: string;
	url: string;
	snippet: string;
}

/** What to highlight: index terms that matched (stems) and typed prefixes. */
export interface Marker {
	stems: Set<string>;
	prefixes: string[];
}

/** A query's lookups (SearchEngine.plan), ranked by SearchEngine.rank. */
export interface QueryPlan {
	terms: QueryTerm[];
	sources: Source[][];
	/** Per term that matches no index term: the stems of the compound parts it splits into, if any. */
	splits: (string[] | undefined)[];
	marker: Marker;
}

export interface SearchResult {
	terms: QueryTerm[];
	total: number;
	hits: SearchHit[];
	/** The hits' document numbers (their stored fields may load later: shards.ts). */
	docs: number[];
	marker: Marker;
}

const STEMMED: FieldName[] = ['title', 'keys', 'text', 'rel'];
const PREFIX: FieldName[] = ['prefix'];
/** A compound's parts are looked up in the fields a node's own words are in. */
const OWN: FieldName[] = ['title', 'keys', 'text'];
const WEIGHT = Object.fromEntries(FIELDS.map((f) => [f.name, f.weight])) as Record<FieldName, number>;
/** Bit masks of matched positions hold one bit per term. */
const MAX_TERMS = 24;
/** Typos are forgiven in words of at least this many letters. */
const FUZZY_MIN = 5;
const FUZZY_FACTOR = 0.5;
/** Snowball Dutch strips at most this many letters from the end of a word (heden, lijk + e). */
const STEM_REACH = 6;

const firstTerm = (form: TermForm, word: string) => encode(word, form)[0] as string | undefined;
export const stemOf = (word: string) => firstTerm(stemTerm, word);

export function parseQuery(query: string): QueryTerm[] {
	const words = fold(query).match(WORD) ?? [];
	// A query ending in a letter is still being typed; one ending in a space is not.
	const typing = /[\p{L}\p{N}]$/u.test(query);
	const terms: QueryTerm[] = [];
	words.forEach((word, i) => {
		const stem = stemOf(word);
		if (!stem) return; // a stopword
		terms.push({ word, stem, surface: surfaceTerm(word), prefix: typing && i === words.length - 1 });
	});
	return terms.slice(0, MAX_TERMS);
}

/** One way a query term can match: an index term looked up in some fields (in the prefix field: every term it starts). */
interface Source {
	key: string;
	fields: FieldName[];
	factor: number;
	/** Record title positions (for the term and its typo variants; a joined compound has no position of its own). */
	positions: boolean;
}

/**
 * Ranking key, most significant first: exact title, title prefix, number of query words
 * matched, field score, type relevance, degree. Packed in one number (46 bits) so ranking
 * compares numbers, not objects.
 */
function rankKey(exact: number, prefix: number, matched: number, score: number, rank: number, degree: number) {
	return (
		exact * 2 ** 45 +
		prefix * 2 ** 44 +
		Math.min(matched, 63) * 2 ** 38 +
		Math.min(Math.round(score * 2), 2 ** 16 - 1) * 2 ** 22 +
		(15 - Math.min(rank, 15)) * 2 ** 18 +
		Math.min(degree, 2 ** 18 - 1)
	);
}

export class SearchEngine {
	private typeRank: number[];
	// Scratch space per document, reused by every query and cleared after it.
	private termWeight: Float32Array;
	private score: Float32Array;
	private matched: Uint8Array;
	private atExact: Uint32Array;
	private atAny: Uint32Array;
	/** Documents a term reached, and documents the query reached: at most every document once each. */
	private touchedList: Uint32Array;
	private seenList: Uint32Array;

	constructor(
		private index: TermLookup,
		readonly docs: SearchDocs,
		private base = ''
	) {
		const size = docs.type.length;
		this.typeRank = docs.types.map((t) => {
			const at = TYPE_RELEVANCE.indexOf(t);
			return at < 0 ? TYPE_RELEVANCE.length : at;
		});
		this.termWeight = new Float32Array(size);
		this.score = new Float32Array(size);
		this.matched = new Uint8Array(size);
		this.atExact = new Uint32Array(size);
		this.atAny = new Uint32Array(size);
		this.touchedList = new Uint32Array(size);
		this.seenList = new Uint32Array(size);
	}

	/** Reads the build's export with the shared options. */
	static fromExport(exported: SearchIndexExport, docs: SearchDocs, base = '') {
		return new SearchEngine(readTermIndex(exported), docs, base);
	}

	private has(key: string, fields: FieldName[]) {
		return fields === PREFIX ? this.index.hasPrefix('prefix', key) : fields.some((f) => this.index.has(f, key));
	}

	private postings(key: string, field: FieldName): Postings[] {
		if (field === 'prefix') return this.index.withPrefix(field, key);
		const p = this.index.get(field, key);
		return p ? [p] : [];
	}

	/** The ways each term matches: itself, joined with a neighbour, or (when nothing else) a typo variant. */
	private sources(terms: QueryTerm[], marker: Marker): Source[][] {
		const out: Source[][] = terms.map(() => []);
		const add = (i: number, key: string, fields: FieldName[], factor: number, positions = false) => {
			if (!this.has(key, fields)) return false;
			out[i].push({ key, fields, factor, positions });
			if (fields === PREFIX) marker.prefixes.push(key);
			else marker.stems.add(key);
			return true;
		};
		terms.forEach((t, i) => {
			add(i, t.stem, STEMMED, 1, true);
			if (t.prefix && t.surface.length >= 2) add(i, t.surface, PREFIX, 1, true);
		});
		// Two adjacent words written as one compound: feedback cultuur → feedbackcultuur.
		for (let i = 0; i + 1 < terms.length; i++) {
			const [a, b] = [terms[i], terms[i + 1]];
			for (const joined of joinCompound(a.word, b.word)) {
				const stem = stemOf(joined);
				if (stem && add(i, stem, STEMMED, 1)) add(i + 1, stem, STEMMED, 1);
				const surface = b.prefix ? surfaceTerm(joined) : undefined;
				if (surface && add(i, surface, PREFIX, 1)) add(i + 1, surface, PREFIX, 1);
			}
		}
		// A longer word that matches nothing may have one letter wrong, missing, extra or swapped.
		// Variants of the typed word are stemmed too: "thuisbetrokkenhed" only meets its stem via "…heid".
		terms.forEach((t, i) => {
			if (out[i].length || t.word.length < FUZZY_MIN) return;
			const stems = edits1(t.stem);
			const surfaces = t.prefix ? edits1(t.surface) : new Set<string>();
			// Stemming only changes a word's ending, so only typos there need the word re-stemmed.
			for (const variant of edits1(t.word, t.word.length - STEM_REACH)) stems.add(stemTerm(variant));
			stems.delete(t.stem);
			surfaces.delete(t.surface);
			for (const stem of stems) add(i, stem, STEMMED, FUZZY_FACTOR, true);
			for (const surface of surfaces) add(i, surface, PREFIX, FUZZY_FACTOR, true);
		});
		return out;
	}

	/**
	 * The lookups a query makes before ranking: its terms, the index terms each matches (itself, a compound, typo
	 * variants) and, for a term that matches none, the compound parts it splits into. Every shard a query can need is
	 * asked for here, so a sharded index learns what to load from the plan alone (complete() in shards.ts), and the
	 * ranking runs once, when everything is in.
	 */
	plan(query: string): QueryPlan {
		const terms = parseQuery(query);
		const marker: Marker = { stems: new Set(), prefixes: [] };
		const sources = this.sources(terms, marker);
		const splits = terms.map((t, i) => (sources[i].length ? undefined : this.splitParts(t, marker)));
		return { terms, sources, splits, marker };
	}

	search(query: string, filters: SearchFilters = {}, limit = 20, offset = 0): SearchResult {
		return this.rank(this.plan(query), filters, limit, offset);
	}

	rank({ terms, sources, splits, marker }: QueryPlan, filters: SearchFilters = {}, limit = 20, offset = 0): SearchResult {
		if (!terms.length) return { terms, total: 0, hits: [], docs: [], marker };
		const n = terms.length;
		const { termWeight, score, matched, atExact, atAny, touchedList: touched, seenList } = this;
		let seenCount = 0;

		for (let i = 0; i < n; i++) {
			let touchedCount = 0;
			const put = (doc: number, weight: number) => {
				if (termWeight[doc] === 0) touched[touchedCount++] = doc;
				if (termWeight[doc] < weight) termWeight[doc] = weight;
			};
			const bit = 1 << i;
			for (const { key, fields, factor, positions } of sources[i]) {
				for (const field of fields) {
					const weight = WEIGHT[field] * factor;
					for (const { docs, positions: at } of this.postings(key, field)) {
						if (positions && at) {
							// The query's i-th word is the field's i-th word.
							for (let k = 0; k < docs.length; k++) {
								const doc = docs[k];
								put(doc, weight);
								if (at[k] !== i) continue;
								if (field === 'title') atExact[doc] |= bit;
								atAny[doc] |= bit;
							}
						} else for (let k = 0; k < docs.length; k++) put(docs[k], weight);
					}
				}
			}
			// A compound typed as one word that the content only has as separate words.
			const parts = splits[i];
			if (parts) for (const doc of this.withAll(parts)) put(doc, WEIGHT.text * FUZZY_FACTOR);
			for (let k = 0; k < touchedCount; k++) {
				const doc = touched[k];
				if (matched[doc] === 0) seenList[seenCount++] = doc;
				matched[doc]++;
				score[doc] += termWeight[doc];
				termWeight[doc] = 0;
			}
		}
		const keep = this.filter(filters);
		const head = (1 << (n - 1)) - 1;
		const all = (1 << n) - 1;
		const want = offset + limit;
		// The best `want` documents, kept sorted by key (descending); everything else is only counted.
		const topDocs: number[] = [];
		const topKeys: number[] = [];
		let total = 0;
		for (let s = 0; s < seenCount; s++) {
			const doc = seenList[s];
			if (keep && !keep(doc)) continue;
			total++;
			const count = matched[doc];
			const exactBits = atExact[doc];
			// Title prefix: the first n-1 words are the title's first words, the last starts the next title word.
			const prefix = count === n && (exactBits & head) === head && (atAny[doc] & (1 << (n - 1))) !== 0 ? 1 : 0;
			const exact = prefix && (exactBits & all) === all && this.docs.titleTerms[doc] === n ? 1 : 0;
			const key = rankKey(exact, prefix, count, score[doc], this.typeRank[this.docs.type[doc]], this.docs.degree[doc]);
			if (topKeys.length === want && key <= topKeys[want - 1]) continue;
			let at = topKeys.length;
			while (at > 0 && topKeys[at - 1] < key) at--;
			topKeys.splice(at, 0, key);
			topDocs.splice(at, 0, doc);
			if (topKeys.length > want) {
				topKeys.pop();
				topDocs.pop();
			}
		}
		for (let s = 0; s < seenCount; s++) {
			const doc = seenList[s];
			matched[doc] = 0;
			score[doc] = 0;
			atExact[doc] = 0;
			atAny[doc] = 0;
		}
		const docs = topDocs.slice(offset);
		return { terms, total, hits: docs.map((doc) => this.hit(doc)), docs, marker };
	}

	hit(doc: number): SearchHit {
		const { docs } = this;
		const type = docs.types[docs.type[doc]];
		return { id: docs.id[doc], type, title: docs.title[doc], url: nodeUrl(this.base, type, docs.id[doc]), snippet: docs.snippet[doc] };
	}

	/** The stems of both parts of a compound the query typed as one word (feedbackcultuur → feedback, cultuur), if the index has them. */
	private splitParts(t: QueryTerm, marker: Marker): string[] | undefined {
		const parts = splitCompound(t.word, (w) => this.has(stemOf(w) ?? '', OWN));
		if (!parts.length) return undefined;
		const stems = parts.map((p) => stemOf(p)!);
		for (const s of stems) marker.stems.add(s);
		return stems;
	}

	/** Documents that have both stems, in their own fields. */
	private withAll([a, b]: string[]): number[] {
		const docsOf = (stem: string) => new Set(OWN.flatMap((f) => this.index.get(f, stem)?.docs ?? []));
		const [first, second] = [docsOf(a), docsOf(b)];
		return [...first].filter((doc) => second.has(doc));
	}

	private filter({ type, thema, sector }: SearchFilters): ((doc: number) => boolean) | undefined {
		const { docs } = this;
		const t = type ? docs.types.indexOf(type) : -1;
		const th = thema ? docs.themas.findIndex((x) => x.id === thema) : -1;
		const sc = sector ? docs.sectors.indexOf(sector) : -1;
		const bit = 1 << sc;
		if (!type && !thema && !sector) return undefined;
		// An unknown filter value matches nothing rather than everything.
		if ((type && t < 0) || (thema && th < 0) || (sector && sc < 0)) return () => false;
		return (doc) => (!type || docs.type[doc] === t) && (!thema || docs.thema[doc].includes(th)) && (!sector || (docs.sector[doc] & bit) !== 0);
	}
}
