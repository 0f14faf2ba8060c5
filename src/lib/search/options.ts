/**
 * Search options shared by the build (index export) and the browser (index import and
 * queries): how text becomes index terms, and which fields the index has. The index is
 * read only with the fields it was written with, so both sides take them from here.
 */
import { nld } from 'stopword';
import { searchOrder } from '../registry/registry.ts';
import { stemDutch } from './stem-nl.ts';
import { TermIndex, TermIndexBuilder, type TermIndexExport } from './term-index.ts';

/** Case and diacritics folded: geïntegreerd → geintegreerd, coördinatie → coordinatie. */
export const fold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** Words are runs of letters and digits; everything else separates them. */
export const WORD = /[\p{L}\p{N}]+/gu;

export const STOPWORDS: ReadonlySet<string> = new Set(nld.map(fold));

/** Doubled letters collapse, so leraar/leraren and school/scholen share a form. */
const dedupe = (term: string) => term.replace(/(.)\1+/g, '$1');

const stems = new Map<string, string>();
/** One folded word → its index term: Dutch Snowball stem, doubled letters collapsed (after stemming, which needs the word as written). Memoized: the build stems every word of the content. */
export function stemTerm(word: string) {
	let stem = stems.get(word);
	if (stem === undefined) stems.set(word, (stem = dedupe(stemDutch(word))));
	return stem;
}
/** One folded word → the form the prefix field indexes (no stemming, so "opleidi" still finds "opleiding"). */
export const surfaceTerm = dedupe;

export type TermForm = (word: string) => string;

/** Text → index terms in order: folded, split into words, stopwords dropped (before stemming: "kans" stems to "kan", a stopword), each word in `form`. */
export const encode = (text: string, form: TermForm) => (fold(text).match(WORD) ?? []).filter((w) => !STOPWORDS.has(w)).map(form);

/** Distinct terms in a title, as the index numbers its positions. */
export const titleTermCount = (title: string) => new Set(encode(title, stemTerm)).size;

/**
 * The indexed fields. `weight` ranks a match; `stem` picks the term form; `positions` keeps
 * word positions (the query's words at the start of the title rank first).
 * - title: the title (for a kennisvraag: the question), stemmed.
 * - prefix: title and aliases as written, looked up by prefix for search as you type.
 * - keys: aliases and keywords.
 * - text: summary, body, other details and the parts of compound words (the title is in `title`).
 * - rel: names of the nodes this node refers to (a project is found by its lectoraat or theme), and its sectors.
 */
export const FIELDS = [
	{ name: 'title', stem: true, positions: true, weight: 8 },
	{ name: 'prefix', stem: false, positions: true, weight: 6 },
	{ name: 'keys', stem: true, positions: false, weight: 5 },
	{ name: 'text', stem: true, positions: false, weight: 2 },
	{ name: 'rel', stem: true, positions: false, weight: 1 }
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];
export type SearchDocument = Record<FieldName, string>;

/** The build's side: documents in, export out; `added` hears of each document indexed (a build's progress line). */
export function buildTermIndex(docs: SearchDocument[], added: (done: number, total: number) => void = () => {}): TermIndexExport {
	const builder = new TermIndexBuilder(FIELDS);
	docs.forEach((d, i) => {
		for (const f of FIELDS) builder.add(i, f.name, encode(d[f.name], f.stem ? stemTerm : surfaceTerm));
		added(i + 1, docs.length);
	});
	return builder.export();
}

/** Most useful types first; ties in ranking are broken in this order (registry: search.rank). */
export const TYPE_RELEVANCE: readonly string[] = searchOrder;

/** The browser's side: the export read with the same fields. */
export const readTermIndex = (data: TermIndexExport) => new TermIndex(data, FIELDS);

/** Dutch compounds join their parts directly or with a linking s or e(n): opleiding+s+school, kans+en+gelijkheid. */
const LINKS = ['', 's', 'e', 'en'];

/**
 * Splits a compound in two known words (feedbackcultuur → feedback, cultuur), or returns [].
 * `isWord` says which words exist; parts are at least 4 letters (head) and 5 (tail) so
 * onder+wijs and similar accidents do not split.
 */
export function splitCompound(word: string, isWord: (w: string) => boolean): string[] {
	if (word.length < 9) return [];
	for (let at = word.length - 5; at >= 4; at--) {
		const tail = word.slice(at);
		if (!isWord(tail)) continue;
		for (const link of LINKS) {
			const head = word.slice(0, at);
			if (!head.endsWith(link)) continue;
			const bare = head.slice(0, head.length - link.length);
			if (bare.length >= 4 && isWord(bare)) return [bare, tail];
		}
	}
	return [];
}

/** Ways two adjacent query words can be written as one compound: feedback cultuur → feedbackcultuur. */
export const joinCompound = (head: string, tail: string) => LINKS.map((link) => head + link + tail);
