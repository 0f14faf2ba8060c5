/** The inverted index under the search engine: export through JSON, lookups, prefixes, positions. */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { buildTermIndex, titleTermCount } from '../../src/lib/search/options.ts';
import { TermIndex, TermIndexBuilder } from '../../src/lib/search/term-index.ts';

const FIELDS = [
	{ name: 'title', positions: true },
	{ name: 'text', positions: false }
];

function shipped() {
	const b = new TermIndexBuilder(FIELDS);
	b.add(0, 'title', ['feedback', 'cultuur', 'feedback']);
	b.add(3, 'title', ['cultuur', 'school']);
	b.add(7, 'title', ['feedbackgeletterd']);
	b.add(3, 'text', ['lezen']);
	b.add(9, 'text', ['lezen', 'lezen']);
	return new TermIndex(JSON.parse(JSON.stringify(b.export())), FIELDS);
}

describe('term index', () => {
	it('gives each term its documents, ascending, once each, after a round trip through JSON', () => {
		const index = shipped();
		expect(index.get('title', 'cultuur')?.docs).toEqual([0, 3]);
		expect(index.get('text', 'lezen')?.docs).toEqual([3, 9]);
		expect(index.get('text', 'cultuur')).toBeUndefined();
		expect(index.has('title', 'school')).toBe(true);
		expect(index.has('text', 'school')).toBe(false);
	});

	it('keeps the position of each term among the distinct terms of a positioned field', () => {
		const index = shipped();
		expect(index.get('title', 'cultuur')?.positions).toEqual([1, 0]);
		expect(index.get('title', 'school')?.positions).toEqual([1]);
		expect(index.get('text', 'lezen')?.positions).toBeUndefined();
	});

	it('finds every term that starts with a prefix, and only those', () => {
		const index = shipped();
		expect(index.withPrefix('title', 'feedback').flatMap((p) => p.docs)).toEqual([0, 7]);
		expect(index.withPrefix('title', 'cul').flatMap((p) => p.docs)).toEqual([0, 3]);
		expect(index.withPrefix('title', 'z')).toEqual([]);
		expect(index.hasPrefix('title', 'sch')).toBe(true);
		expect(index.hasPrefix('title', 'schr')).toBe(false);
		expect(index.hasPrefix('title', 'zzz')).toBe(false);
	});

	it('refuses an export written with other fields, saying what to do', () => {
		const b = new TermIndexBuilder(FIELDS);
		expect(() => new TermIndex(b.export(), [{ name: 'title', positions: true }])).toThrow(/rebuild the site/);
	});
});

describe('title positions in ranking', () => {
	it('ranks a long title that starts with the query first (positions are exact, not approximate past 12 words)', () => {
		const titles = [
			'Jongeren, sociale media en leesmotivatie',
			'Leesmotivatie van jongeren in het mbo: de rol van docenten, ouders, bibliotheken, vrienden, sociale media, games, series en examens'
		];
		const index = buildTermIndex(titles.map((title) => ({ title, prefix: title, keys: '', text: '', rel: '' })));
		expect(titleTermCount(titles[1])).toBeGreaterThan(12);
		const docs = {
			types: ['project'],
			themas: [],
			sectors: [],
			id: ['short', 'long'],
			type: [0, 0],
			title: titles,
			snippet: ['', ''],
			thema: [[], []],
			sector: [0, 0],
			// The short title would win a tie.
			degree: [5, 0],
			titleTerms: titles.map(titleTermCount)
		};
		const engine = SearchEngine.fromExport(JSON.parse(JSON.stringify(index)), docs);
		expect(engine.search('leesmotivatie jongeren').hits.map((h) => h.id)).toEqual(['long', 'short']);
		expect(engine.search('leesmotivatie jong').hits.map((h) => h.id)).toEqual(['long', 'short']);
		expect(engine.search('jongeren sociale').hits.map((h) => h.id)).toEqual(['short', 'long']);
	});
});
