/**
 * The query side: parse a Dutch query, look its terms up in the imported flexsearch
 * field indexes, and rank. Runs in the browser and in the relevance test alike.
 *
 * Terms are looked up per field and per term, not with one flexsearch search() call,
 * because ranking needs to know which query words matched where (all words first,
 * title before body) and because typo and compound variants are already encoded.
 */
import type { Document } from 'flexsearch';
import { nodeUrl } from '../urls.ts';
import type { SearchDocs, SearchIndexExport } from './data.ts';
import { edits1 } from './fuzzy.ts';
import { FIELDS, TYPE_RELEVANCE, WORD, createDocumentIndex, fold, joinCompound, splitCompound, stemEncoder, surfaceEncoder, type FieldName, type SearchDocument } from './options.ts';

/** A field index's term map: term → resolution slots (slot = word position, for short fields) → document numbers. */
type Slots = (number[] | null | undefined)[];
type TermMap = Map<string, Slots>;

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

export interface SearchResult {
	terms: QueryTerm[];
	total: number;
	hits: SearchHit[];
	marker: Marker;
}

const STEMMED: FieldName[] = ['title', 'keys', 'text', 'rel'];
const WEIGHT = Object.fromEntries(FIELDS.map((f) => [f.field, f.weight])) as Record<FieldName, number>;
const TITLE_RESOLUTION = FIELDS.find((f) => f.field === 'title')!.resolution;
/** Bit masks of matched positions hold one bit per term. */
const MAX_TERMS = 24;
/** Typos are forgiven in words of at least this many letters. */
const FUZZY_MIN = 5;
const FUZZY_FACTOR = 0.5;

const firstTerm = (encoder: typeof stemEncoder, word: string) => encoder.encode(word)[0] as string | undefined;
export const stemOf = (word: string) => firstTerm(stemEncoder, word);

export function parseQuery(query: string): QueryTerm[] {
	const words = fold(query).match(WORD) ?? [];
	// A query ending in a letter is still being typed; one ending in a space is not.
	const typing = /[\p{L}\p{N}]$/u.test(query);
	const terms: QueryTerm[] = [];
	words.forEach((word, i) => {
		const stem = stemOf(word);
		if (!stem) return; // a stopword
		terms.push({ word, stem, surface: firstTerm(surfaceEncoder, word)!, prefix: typing && i === words.length - 1 });
	});
	return terms.slice(0, MAX_TERMS);
}

interface Row {
	doc: number;
	exact: number;
	prefix: number;
	matched: number;
	score: number;
	rank: number;
	degree: number;
}

export class SearchEngine {
	private maps: Record<FieldName, TermMap>;
	private titleLengths: Int16Array;
	private typeRank: number[];

	constructor(
		index: Document<SearchDocument>,
		readonly docs: SearchDocs,
		private base = ''
	) {
		// flexsearch keeps each field's index in `index`, and each term's slots in its `map`.
		const fields = (index as unknown as { index: Map<string, { map: TermMap }> }).index;
		this.maps = Object.fromEntries(FIELDS.map((f) => [f.field, fields.get(f.field)!.map])) as Record<FieldName, TermMap>;
		this.titleLengths = new Int16Array(docs.id.length).fill(-1);
		this.typeRank = docs.types.map((t) => {
			const at = TYPE_RELEVANCE.indexOf(t);
			return at < 0 ? TYPE_RELEVANCE.length : at;
		});
	}

	/** Imports a flexsearch export into an index with the shared options. */
	static fromExport(exported: SearchIndexExport, docs: SearchDocs, base = '') {
		const index = createDocumentIndex();
		// import() takes the chunk as a JSON string or, as here, already parsed.
		for (const [key, data] of Object.entries(exported)) index.import(key, data as string);
		return new SearchEngine(index, docs, base);
	}

	get size() {
		return this.docs.id.length;
	}

	search(query: string, filters: SearchFilters = {}, limit = 20, offset = 0): SearchResult {
		const terms = parseQuery(query);
		const marker: Marker = { stems: new Set(), prefixes: [] };
		if (!terms.length) return { terms, total: 0, hits: [], marker };
		const n = terms.length;
		/** Per term: document → best field weight. */
		const best = terms.map(() => new Map<number, number>());
		/** Per document: bit i set when term i is the i-th title word (exactly, or as a prefix). */
		const atExact = new Map<number, number>();
		const atAny = new Map<number, number>();
		const setBit = (bits: Map<number, number>, doc: number, i: number) => bits.set(doc, (bits.get(doc) ?? 0) | (1 << i));

		const lookup = (i: number, key: string, fields: FieldName[], factor = 1, positions = false) => {
			let found = false;
			for (const field of fields) {
				const slots = this.maps[field].get(key);
				if (!slots) continue;
				found = true;
				const weight = WEIGHT[field] * factor;
				const track = positions && (field === 'title' || field === 'prefix');
				const m = best[i];
				for (let s = 0; s < slots.length; s++) {
					const ids = slots[s];
					if (!ids) continue;
					const here = track && s === i;
					for (const doc of ids) {
						if ((m.get(doc) ?? 0) < weight) m.set(doc, weight);
						if (here) {
							if (field === 'title') setBit(atExact, doc, i);
							setBit(atAny, doc, i);
						}
					}
				}
			}
			return found;
		};

		// 1. Each word as a (stemmed) word, and the word being typed also as a prefix of a title word.
		terms.forEach((t, i) => {
			if (lookup(i, t.stem, STEMMED, 1, true)) marker.stems.add(t.stem);
			if (t.prefix && t.surface.length >= 2 && lookup(i, t.surface, ['prefix'], 1, true)) marker.prefixes.push(t.surface);
		});
		// 2. Two adjacent words written as one compound: feedback cultuur → feedbackcultuur.
		for (let i = 0; i + 1 < n; i++) {
			const [a, b] = [terms[i], terms[i + 1]];
			for (const joined of joinCompound(a.word, b.word)) {
				const stem = stemOf(joined);
				if (stem && lookup(i, stem, STEMMED)) {
					lookup(i + 1, stem, STEMMED);
					marker.stems.add(stem);
				}
				const surface = firstTerm(surfaceEncoder, joined);
				if (b.prefix && surface && lookup(i, surface, ['prefix'])) {
					lookup(i + 1, surface, ['prefix']);
					marker.prefixes.push(surface);
				}
			}
		}
		// 3. Words that found nothing: one letter off, or a compound whose parts occur separately.
		terms.forEach((t, i) => {
			if (best[i].size) return;
			if (t.word.length >= FUZZY_MIN) {
				for (const variant of edits1(t.stem)) {
					if (lookup(i, variant, STEMMED, FUZZY_FACTOR)) marker.stems.add(variant);
				}
				if (t.prefix) {
					for (const variant of edits1(t.surface)) {
						if (lookup(i, variant, ['prefix'], FUZZY_FACTOR)) marker.prefixes.push(variant);
					}
				}
			}
			if (!best[i].size) this.splitLookup(t, best[i], marker);
		});

		const matched = new Map<number, number>();
		const score = new Map<number, number>();
		for (const m of best) {
			for (const [doc, weight] of m) {
				matched.set(doc, (matched.get(doc) ?? 0) + 1);
				score.set(doc, (score.get(doc) ?? 0) + weight);
			}
		}

		const keep = this.filter(filters);
		const head = (1 << (n - 1)) - 1;
		const all = (1 << n) - 1;
		const rows: Row[] = [];
		for (const [doc, count] of matched) {
			if (keep && !keep(doc)) continue;
			const exactBits = atExact.get(doc) ?? 0;
			// Title prefix: words 1..n-1 are the title's first words, the last one starts the next title word.
			let prefix = count === n && (exactBits & head) === head && ((atAny.get(doc) ?? 0) & (1 << (n - 1))) !== 0 ? 1 : 0;
			if (prefix && n > 1 && this.titleLength(doc) > TITLE_RESOLUTION) prefix = 0; // positions of long titles are approximate
			const exact = prefix && (exactBits & all) === all && this.titleLength(doc) === n ? 1 : 0;
			rows.push({ doc, exact, prefix, matched: count, score: score.get(doc)!, rank: this.typeRank[this.docs.type[doc]], degree: this.docs.degree[doc] });
		}
		rows.sort(
			(a, b) =>
				b.exact - a.exact ||
				b.prefix - a.prefix ||
				b.matched - a.matched ||
				b.score - a.score ||
				a.rank - b.rank ||
				b.degree - a.degree ||
				a.doc - b.doc
		);
		return { terms, total: rows.length, hits: rows.slice(offset, offset + limit).map((r) => this.hit(r.doc)), marker };
	}

	hit(doc: number): SearchHit {
		const { docs } = this;
		const type = docs.types[docs.type[doc]];
		return { id: docs.id[doc], type, title: docs.title[doc], url: nodeUrl(this.base, type, docs.id[doc]), snippet: docs.snippet[doc] };
	}

	/** A compound typed as one word that the content only has as separate words: both parts must occur. */
	private splitLookup(t: QueryTerm, into: Map<number, number>, marker: Marker) {
		const own: FieldName[] = ['title', 'keys', 'text'];
		const parts = splitCompound(t.word, (w) => own.some((f) => this.maps[f].has(stemOf(w) ?? '')));
		if (!parts.length) return;
		const stems = parts.map((p) => stemOf(p)!);
		const docsOf = (stem: string) => new Set(own.flatMap((f) => this.maps[f].get(stem) ?? []).flatMap((ids) => ids ?? []));
		const [first, second] = stems.map(docsOf);
		for (const doc of first) if (second.has(doc)) into.set(doc, WEIGHT.text * FUZZY_FACTOR);
		for (const s of stems) marker.stems.add(s);
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

	/** Number of index terms in a title, as flexsearch counted them when it placed the words. */
	private titleLength(doc: number) {
		if (this.titleLengths[doc] < 0) {
			const encode = stemEncoder.encode as unknown as (text: string, dedupe: boolean) => string[];
			this.titleLengths[doc] = Math.min(encode.call(stemEncoder, this.docs.title[doc], true).length, 999);
		}
		return this.titleLengths[doc];
	}
}
