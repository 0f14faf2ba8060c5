/**
 * Link suggestions: which kennisvragen and gamechangers a project most likely works on, from its text. BM25 over the
 * targets' texts with the site's Dutch analysis (folding, stopwords, Snowball stems, compounds split into known
 * words: "leesmotivatie" also counts as "lees" and "motivatie"), and the matched words as the reason.
 */
import { fold, splitCompound, stemTerm, STOPWORDS, WORD } from '../../search/options.ts';
import { DOMAIN_STOPWORDS } from '../graph/text.ts';

export interface Target {
	id: string;
	type: string;
	text: string;
}

export interface Scored {
	id: string;
	type: string;
	score: number;
	/** The project's own words that matched, most telling first. */
	woorden: string[];
}

const STOP = new Set([...STOPWORDS, ...DOMAIN_STOPWORDS.map(fold)]);
const K1 = 1.2;
const B = 0.75;

interface Doc {
	target: Target;
	tf: Map<string, number>;
	length: number;
}

export class Suggester {
	private docs: Doc[];
	private df = new Map<string, number>();
	private avg: number;
	private vocabulary = new Set<string>();

	constructor(targets: readonly Target[]) {
		for (const t of targets) for (const w of words(t.text)) this.vocabulary.add(w);
		this.docs = targets.map((target) => {
			const tf = new Map<string, number>();
			let length = 0;
			for (const { term } of this.terms(target.text)) {
				tf.set(term, (tf.get(term) ?? 0) + 1);
				length++;
			}
			for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
			return { target, tf, length };
		});
		this.avg = this.docs.reduce((n, d) => n + d.length, 0) / Math.max(1, this.docs.length);
	}

	/** Stemmed terms of a text with the word each came from; a compound adds its parts. */
	private terms(text: string): { term: string; word: string }[] {
		const out: { term: string; word: string }[] = [];
		for (const word of words(text)) {
			out.push({ term: stemTerm(word), word });
			for (const part of splitCompound(word, (w) => this.vocabulary.has(w))) if (!STOP.has(part)) out.push({ term: stemTerm(part), word });
		}
		return out;
	}

	/** Targets of the given types by score, best first, each with the words that matched. */
	rank(text: string, types?: readonly string[]): Scored[] {
		const query = new Map<string, string>();
		for (const { term, word } of this.terms(text)) if (!query.has(term)) query.set(term, word);
		const n = this.docs.length;
		const out: Scored[] = [];
		for (const d of this.docs) {
			if (types && !types.includes(d.target.type)) continue;
			let score = 0;
			const parts: [string, number][] = [];
			for (const [term, word] of query) {
				const tf = d.tf.get(term);
				if (!tf) continue;
				const df = this.df.get(term)!;
				const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
				const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / this.avg));
				score += s;
				parts.push([word, s]);
			}
			if (score > 0) {
				const woorden = [...new Set(parts.sort((a, b) => b[1] - a[1]).map(([w]) => w))].slice(0, 4);
				out.push({ id: d.target.id, type: d.target.type, score, woorden });
			}
		}
		return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	}
}

/** Folded words worth matching: no stopwords, numbers or one- and two-letter words. */
function words(text: string): string[] {
	return (fold(text).match(WORD) ?? []).filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w));
}
