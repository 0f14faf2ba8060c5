/**
 * Search options shared by the build (index export) and the browser (index import):
 * flexsearch imports only into an index created with identical options, so both
 * sides create it here and nowhere else.
 */
import { Document, Encoder } from 'flexsearch';
import { nld } from 'stopword';
import { searchOrder } from '../registry/registry.ts';
import { stemDutch } from './stem-nl.ts';

/** Case and diacritics folded: geïntegreerd → geintegreerd, coördinatie → coordinatie. */
export const fold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** Words are runs of letters and digits; everything else separates them. */
export const WORD = /[\p{L}\p{N}]+/gu;
const SPLIT = /[^\p{L}\p{N}]+/u;

export const STOPWORDS: ReadonlySet<string> = new Set(nld.map(fold));

/** Doubled letters collapse, so leraar/leraren and school/scholen share a form. */
const dedupe = (term: string) => term.replace(/(.)\1+/g, '$1');

/** One folded word → its index term: Dutch Snowball stem, doubled letters collapsed. */
export const stemTerm = (word: string) => dedupe(stemDutch(word));
/** One folded word → the form the prefix field indexes (no stemming, so "opleidi" still finds "opleiding"). */
export const surfaceTerm = dedupe;

function dutchEncoder(finalTerm: (word: string) => string) {
	return new Encoder({
		normalize: fold,
		split: SPLIT,
		numeric: false,
		// Stopwords go before stemming: "kans" stems to "kan", which is also a stopword.
		filter: new Set(STOPWORDS),
		// Stemming needs the word as written, so letter deduplication happens after it (in finalize).
		dedupe: false,
		finalize: (terms) => terms.map(finalTerm)
	});
}

export const stemEncoder = dutchEncoder(stemTerm);
export const surfaceEncoder = dutchEncoder(surfaceTerm);

/** Terms in a title as flexsearch counts them when it numbers word positions (distinct words, no stopwords). */
export const titleTermCount = (title: string) => (stemEncoder.encode as unknown as (text: string, dedupe: boolean) => string[]).call(stemEncoder, title, true).length;

/**
 * The indexed fields. `weight` ranks a match; `stem` picks the encoder.
 * - title: the title (for a kennisvraag: the question), stemmed, with word positions.
 * - prefix: title and aliases as written, every prefix indexed, for search as you type.
 * - keys: aliases and keywords.
 * - text: summary, body, other details and the parts of compound words (the title is in `title`).
 * - rel: names of the nodes this node refers to (a project is found by its lectoraat or theme), and its sectors.
 */
export const FIELDS = [
	{ field: 'title', tokenize: 'strict', resolution: 12, stem: true, weight: 8 },
	{ field: 'prefix', tokenize: 'forward', resolution: 12, stem: false, weight: 6 },
	{ field: 'keys', tokenize: 'strict', resolution: 1, stem: true, weight: 5 },
	{ field: 'text', tokenize: 'strict', resolution: 1, stem: true, weight: 2 },
	{ field: 'rel', tokenize: 'strict', resolution: 1, stem: true, weight: 1 }
] as const;

export type FieldName = (typeof FIELDS)[number]['field'];
export type SearchDocument = { id: number } & Record<FieldName, string>;

export function createDocumentIndex() {
	return new Document<SearchDocument>({
		document: {
			id: 'id',
			index: FIELDS.map((f) => ({
				field: f.field,
				tokenize: f.tokenize,
				resolution: f.resolution,
				encoder: f.stem ? stemEncoder : surfaceEncoder
			}))
		}
	});
}

/** Most useful types first; ties in ranking are broken in this order (registry: search.rank). */
export const TYPE_RELEVANCE: readonly string[] = searchOrder;

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
