/** The Dutch encoder shared by the search build and the browser: folding, stemming, stopwords, compounds. */
import { describe, expect, it } from 'vitest';
import { SearchEngine, parseQuery } from '../../src/lib/search/engine.ts';
import { edits1 } from '../../src/lib/search/fuzzy.ts';
import { highlight } from '../../src/lib/search/highlight.ts';
import { STOPWORDS, encode as encodeWith, fold, joinCompound, splitCompound, stemTerm } from '../../src/lib/search/options.ts';
import { TYPE_RELEVANCE } from '../../src/lib/search/options.ts';
import { stemDutch } from '../../src/lib/search/stem-nl.ts';
import { typeNames } from '../../src/lib/registry/registry.ts';
import { buildSearchData } from '../../src/lib/server/emit/search-index.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';

const encode = (text: string) => encodeWith(text, stemTerm);
const same = (a: string, b: string) => expect(encode(a), `${a} ~ ${b}`).toEqual(encode(b));

describe('folding', () => {
	it('ignores case and diacritics', () => {
		same('geïntegreerd', 'geintegreerd');
		same('coördinatie', 'coordinatie');
		same('Differentiëren', 'differentieren');
		same('CREËREN', 'creeren');
		expect(fold('Één cañon')).toBe('een canon');
	});
});

describe('stemming', () => {
	it('matches singular and plural', () => {
		same('leraar', 'leraren');
		same('school', 'scholen');
		same('opleiding', 'opleidingen');
		same('lectoraat', 'lectoraten');
		same('partnerschap', 'partnerschappen');
		same('kennisvraag', 'kennisvragen');
	});

	it('keeps different words apart', () => {
		expect(encode('leraar')).not.toEqual(encode('leren'));
		expect(encode('school')).not.toEqual(encode('schrijven'));
	});

	it('is the classic Snowball Dutch stemmer (known stems for every step of the algorithm)', () => {
		// Stems of the classic algorithm; a stemmer upgrade that changes them changes every index term.
		const known: Record<string, string> = {
			leraren: 'lerar',
			scholen: 'schol',
			opleidingen: 'opleid',
			partnerschappen: 'partnerschapp',
			mogelijkheden: 'mogelijk',
			gemene: 'gemen',
			koeien: 'koei',
			maan: 'man',
			vriendelijk: 'vriendelijk',
			eerbaar: 'eerbar',
			yoghurt: 'yoghurt',
			ijver: 'ijver',
			kansen: 'kans',
			differentiëren: 'differentier',
			thuisbetrokkenheid: 'thuisbetrok',
			heden: 'heden',
			lezende: 'lezend',
			gezondheid: 'gezond',
			zelfstandig: 'zelfstand',
			onderwijs: 'onderwijs'
		};
		expect(Object.fromEntries(Object.keys(known).map((w) => [w, stemDutch(w)]))).toEqual(known);
	});
});

describe('stopwords', () => {
	it('drops Dutch stopwords before stemming', () => {
		expect(encode('de het een van en of in op')).toEqual([]);
		expect(STOPWORDS.has('zijn')).toBe(true);
		// "kans" stems to "kan", a stopword: the filter must see the word as written.
		expect(encode('kans')).toHaveLength(1);
	});

	it('parses a query without its stopwords, the last word as a prefix while typing', () => {
		expect(parseQuery('de leraren en het onder').map((t) => [t.stem, t.prefix])).toEqual([
			['lerar', false],
			['onder', true]
		]);
		expect(parseQuery('leraren ').at(-1)!.prefix).toBe(false);
	});
});

describe('compounds', () => {
	const words = new Set(['feedback', 'cultuur', 'opleiding', 'school', 'kansen', 'gelijkheid', 'onder']);
	const isWord = (w: string) => words.has(w);

	it('splits a compound into known words, with or without a linking s', () => {
		expect(splitCompound('feedbackcultuur', isWord)).toEqual(['feedback', 'cultuur']);
		expect(splitCompound('opleidingsschool', isWord)).toEqual(['opleiding', 'school']);
		expect(splitCompound('kansengelijkheid', isWord)).toEqual(['kansen', 'gelijkheid']);
	});

	it('does not split into short accidental parts', () => {
		expect(splitCompound('onderwijs', isWord)).toEqual([]);
		expect(splitCompound('cultuur', isWord)).toEqual([]);
	});

	it('joins two words into the spellings of a compound', () => {
		expect(joinCompound('feedback', 'cultuur')).toContain('feedbackcultuur');
		expect(joinCompound('opleiding', 'school')).toContain('opleidingsschool');
	});
});

describe('typo variants', () => {
	it('holds every string one edit away', () => {
		const v = edits1('lezen');
		for (const w of ['lezn', 'elzen', 'lexen', 'lezzen', 'lezena']) expect(v).toContain(w);
		expect(v).not.toContain('lezen');
		expect(v).not.toContain('lzn');
	});
});

describe('highlighting', () => {
	it('marks inflected and prefix matches, not stopwords', () => {
		const marker = { stems: new Set(encode('leraar')), prefixes: ['opleid'] };
		const parts = highlight('De leraren en hun opleidingen.', marker);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['leraren', 'opleidingen']);
		expect(parts.map((p) => p.text).join('')).toBe('De leraren en hun opleidingen.');
	});
});

describe('index export and import', () => {
	it('gives the same results after import into an index with the shared options', () => {
		const { nodes, relations } = loadContent(contentDir(validFiles()));
		const site = assembleSite(nodes, relations);
		const data = buildSearchData(site);
		const shipped = JSON.parse(JSON.stringify(data));
		const engine = SearchEngine.fromExport(shipped.index, shipped.docs);
		expect(shipped.index.fields).toEqual(['title', 'prefix', 'keys', 'text', 'rel']);
		expect(engine.search('feedback').hits.map((h) => h.id)).toEqual(expect.arrayContaining(['p1', 'k1']));
		// The project is found by its lectoraat's name.
		expect(engine.search('lectoraat leren').hits[0].id).toBe('l1');
		expect(engine.search('feedback lectoraat leren').hits.map((h) => h.id)).toContain('p1');
	});

	it('ranks by a type relevance list that names every type', () => {
		expect([...TYPE_RELEVANCE].sort()).toEqual([...typeNames].sort());
	});
});
