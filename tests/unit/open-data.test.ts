/**
 * Open data out (issue 18) on the shipped content and on a generated corpus it was not written against: the JSON-LD
 * expands, the Turtle parses to the same triples, the agendas are sound SKOS, the feeds are well-formed, valid Atom,
 * and invented content is marked in every export.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { registry } from '../../src/lib/registry/registry.ts';
import { coverage } from '../../src/lib/server/graph/coverage.ts';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { dekkingCsv } from '../../src/lib/server/emit/dekking.ts';
import { listingCsv } from '../../src/lib/server/emit/exports.ts';
import { feedTypes, projectFeed, topicFeed } from '../../src/lib/server/emit/feeds.ts';
import { headersFile } from '../../src/lib/server/emit/framing.ts';
import { jsonLd } from '../../src/lib/server/emit/jsonld.ts';
import { agendaSkos, graphJsonLd, graphJsonLdParts, skosAgendas, writeGraphJsonLd } from '../../src/lib/server/emit/linked-data.ts';
import { Utf8Sink } from '../../src/lib/server/utf8-sink.ts';
import { graphJson, writeGraphJson } from '../../src/lib/server/emit/pages.ts';
import { toQuads, toTurtle, turtleBytes, writeTurtle } from '../../src/lib/server/emit/turtle.ts';
import { NS, vocabNs } from '../../src/lib/server/emit/vocab.ts';

const ORIGIN = 'https://kennisgraaf.example';
const BASE = '/kg';
const KG = vocabNs(ORIGIN, BASE);
const RDF_TYPE = `${NS.rdf}type`;
const SKOS = (t: string) => `${NS.skos}${t}`;

function siteOf(dir: string): Site {
	const { nodes, relations, errors } = loadContent(dir, { base: BASE });
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}

/** A corpus these tests were not written against: the benchmark generator's, small. */
function generatedSite(): Site {
	const out = join(mkdtempSync(join(tmpdir(), 'kennisgraaf-open-data-')), 'corpus');
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', '--nodes', '400', '--out', out, '--seed', 'open-data']);
	return siteOf(out);
}

const noFetch = { documentLoader: (url: string) => Promise.reject(new Error(`no network in tests: ${url}`)) };

const parseTurtle = (text: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(text);

/** Triples without blank nodes, as comparable strings (blank node labels differ between writer and parser). */
const named = (quads: Quad[]) =>
	quads
		.filter((q) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode')
		.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${'language' in q.object ? q.object.language : ''}`)
		.sort();

function checkSkos(quads: Quad[], label: string) {
	const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
	const typed = (t: string) => new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === t).map((q) => q.subject.value));
	const schemes = typed(SKOS('ConceptScheme'));
	const concepts = typed(SKOS('Concept'));
	expect(schemes.size, label).toBeGreaterThan(0);
	expect(concepts.size, label).toBeGreaterThan(0);
	for (const c of concepts) {
		const inScheme = objects(c, SKOS('inScheme')).map((o) => o.value);
		expect(inScheme.length === 1 && schemes.has(inScheme[0]), `${c} is in exactly one scheme of the file`).toBe(true);
		const labels = objects(c, SKOS('prefLabel'));
		expect(
			labels.filter((l) => l.termType === 'Literal' && (l as { language: string }).language === 'nl'),
			`${c} has one prefLabel@nl`
		).toHaveLength(1);
		// No cycle in broader, and every chain ends at a top concept of the concept's own scheme.
		const seen = new Set<string>();
		let at = c;
		for (;;) {
			expect(seen.has(at), `${c}: broader cycles through ${at}`).toBe(false);
			seen.add(at);
			const up = objects(at, SKOS('broader')).map((o) => o.value);
			expect(up.length, `${at} has at most one broader`).toBeLessThanOrEqual(1);
			if (!up.length) break;
			expect(concepts.has(up[0]), `${at}: broader ${up[0]} is a concept`).toBe(true);
			at = up[0];
		}
		expect(
			objects(at, SKOS('topConceptOf')).map((o) => o.value),
			`${c} reaches a top concept of its scheme`
		).toEqual(inScheme);
		expect(objects(inScheme[0], SKOS('hasTopConcept')).map((o) => o.value)).toContain(at);
		for (const m of objects(c, SKOS('relatedMatch')))
			if (concepts.has(m.value)) expect(objects(m.value, SKOS('inScheme'))[0].value, `${c} relatedMatch is in another scheme`).not.toBe(inScheme[0]);
	}
	return concepts;
}

/** RFC 4287's rules for a feed document (sections 4.1.1 and 4.1.2), on a DOM parsed as strict XML. */
function checkAtom(xml: string, label: string) {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'application/xml');
	expect(errors, `${label} is well-formed XML`).toEqual([]);
	const ATOM = 'http://www.w3.org/2005/Atom';
	const feed = doc.documentElement!;
	expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
	const kids = (el: Element, name: string) =>
		Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM);
	const date = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
	const iri = /^[a-z][a-z0-9+.-]*:\S+$/i;
	const one = (el: Element, name: string, where: string) => {
		expect(kids(el, name), `${label}: ${where} has exactly one atom:${name}`).toHaveLength(1);
		return kids(el, name)[0].textContent ?? '';
	};
	expect(one(feed, 'id', 'feed')).toMatch(iri);
	one(feed, 'title', 'feed');
	expect(one(feed, 'updated', 'feed')).toMatch(date);
	const entries = kids(feed, 'entry');
	const alternates = (el: Element) => kids(el, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
	expect(alternates(feed).length, `${label}: at most one alternate link`).toBeLessThanOrEqual(1);
	for (const l of kids(feed, 'link')) expect(l.getAttribute('href')).toMatch(iri);
	if (!kids(feed, 'author').length)
		for (const e of entries) expect(kids(e, 'author').length, `${label}: every entry has an author when the feed has none`).toBeGreaterThan(0);
	for (const a of [...kids(feed, 'author'), ...entries.flatMap((e) => kids(e, 'author'))]) one(a, 'name', 'author');
	const ids = entries.map((e) => {
		const id = one(e, 'id', 'entry');
		expect(id).toMatch(iri);
		one(e, 'title', 'entry');
		expect(one(e, 'updated', 'entry')).toMatch(date);
		expect(alternates(e).length + kids(e, 'content').length, `${label}: an entry has an alternate link or content`).toBeGreaterThan(0);
		for (const c of kids(e, 'category')) expect(c.getAttribute('term')).toBeTruthy();
		return id;
	});
	expect(new Set(ids).size, `${label}: entry ids are unique`).toBe(ids.length);
	return { entries, kids, ids };
}

const sites: [string, () => Site][] = [
	['the shipped content', () => siteOf('content')],
	['a generated corpus', generatedSite]
];

describe.each(sites)('open data of %s', (name, make) => {
	const site = make();
	const abs = (id: string) => ORIGIN + site.byId.get(id)!.url;
	const invented = site.nodes.filter((n) => n.data.voorbeeld);
	const doc = graphJsonLd(site, ORIGIN, BASE);
	// graph.ttl and its triples, made once for the tests that read them.
	let made: Promise<{ quads: Quad[]; parsed: Quad[] }> | undefined;
	const rdf = () => (made ??= Promise.all([toQuads(doc), toTurtle(doc, ORIGIN, BASE)]).then(([quads, ttl]) => ({ quads, parsed: parseTurtle(ttl) })));

	it('graph.jsonld expands offline, with every node under its page URL and its sameAs and identifier values', async () => {
		const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, noFetch)) as Record<string, unknown>[];
		const byId = new Map(expanded.map((o) => [o['@id'], o]));
		for (const n of site.nodes) expect(byId.has(abs(n.id)), n.id).toBe(true);
		// Generic over the registry: every field mapped to sameAs or identifier shows up on its node.
		let checked = 0;
		for (const n of site.nodes)
			for (const [name, f] of Object.entries(registry[n.type].fields)) {
				const value = (n.data as Record<string, unknown>)[name];
				if (!f.ld || !['sameAs', 'identifier'].includes(f.ld.property) || value == null) continue;
				// Whatever shape the registry gives the value (IRI, text, PropertyValue), the expanded node holds it.
				const expandedValues = JSON.stringify(byId.get(abs(n.id))![`${NS.schema}${f.ld.property}`] ?? null);
				for (const v of [value].flat()) expect(expandedValues, `${n.id}.${name}`).toContain(String(v));
				checked++;
			}
		expect(checked).toBeGreaterThan(0);
	});

	it('every page’s JSON-LD expands (the schema.org context stood in by its vocabulary)', async () => {
		const loader = (url: string) =>
			url.replace(/\/$/, '') === 'https://schema.org'
				? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': NS.schema } } })
				: Promise.reject(new Error(url));
		for (const n of site.nodes.slice(0, 200)) await jsonld.expand(jsonLd(site, n, ORIGIN) as jsonld.JsonLdDocument, { documentLoader: loader as never });
	});

	it('graph.ttl parses back to the same triples', async () => {
		const { quads, parsed } = await rdf();
		expect(parsed).toHaveLength(quads.length);
		expect(named(parsed)).toEqual(named(quads));
		checkSkos(parsed, 'graph.ttl');
		// The project → kennisvraag relation has its own documented property, which the data describes too.
		const werktAan = parsed.filter((q) => q.predicate.value === `${KG}werktAan`);
		const projects = site.of('project').flatMap((p) => (p.data.kennisvragen ?? []).map((k) => `${abs(p.id)} ${abs(k)}`));
		for (const pair of projects) expect(werktAan.map((q) => `${q.subject.value} ${q.object.value}`)).toContain(pair);
		expect(parsed.some((q) => q.subject.value === `${KG}werktAan` && q.predicate.value === `${NS.rdfs}comment`)).toBe(true);
	});

	it('graph.jsonld and graph.ttl, written object by object, are the whole document’s text and Turtle', async () => {
		const kept = new Utf8Sink();
		writeGraphJsonLd(site, ORIGIN, BASE, kept);
		expect(kept.bytes().toString('utf8')).toBe(JSON.stringify(doc));
		const streamed = (await turtleBytes(graphJsonLdParts(site, ORIGIN, BASE), ORIGIN, BASE)).toString('utf8');
		expect(streamed).toBe(await toTurtle(doc, ORIGIN, BASE));
	});

	it('graph.ttl converted a batch of objects at a time is the text of converting each object alone', async () => {
		const text = async (batch?: number) => {
			const sink = new Utf8Sink();
			await writeTurtle(graphJsonLdParts(site, ORIGIN, BASE), ORIGIN, BASE, sink, batch);
			return sink.bytes().toString('utf8');
		};
		const alone = await text(1);
		// The shipped content has objects with several blank nodes (a lectoraat's members), numbered per object.
		if (name === 'the shipped content') expect(alone).toMatch(/_:o\d+_b1\b/);
		for (const batch of [undefined, 7, 1000]) expect(await text(batch), `batch ${batch}`).toBe(alone);
	});

	it('graph.json, graph.jsonld and graph.ttl handed out piece by piece (as a build writes them to disk) are the same text', async () => {
		const pieces = async (write: (sink: Utf8Sink) => void | Promise<void>) => {
			const out: Buffer[] = [];
			const sink = new Utf8Sink((piece) => out.push(piece));
			await write(sink);
			expect(() => sink.bytes()).toThrow();
			return Buffer.concat(out).toString('utf8');
		};
		expect(await pieces((sink) => writeGraphJson(site, sink))).toBe(JSON.stringify(graphJson(site)));
		expect(await pieces((sink) => writeGraphJsonLd(site, ORIGIN, BASE, sink))).toBe(JSON.stringify(doc));
		expect(await pieces((sink) => writeTurtle(graphJsonLdParts(site, ORIGIN, BASE), ORIGIN, BASE, sink))).toBe(await toTurtle(doc, ORIGIN, BASE));
	});

	it('each agenda is a SKOS scheme of its own, and together they hold every concept of graph.ttl', async () => {
		const all = checkSkos((await rdf()).parsed, 'graph.ttl');
		const found = new Set<string>();
		for (const a of skosAgendas(site)) {
			const file = agendaSkos(site, a, ORIGIN, BASE);
			await jsonld.expand(file as jsonld.JsonLdDocument, noFetch);
			const quads = parseTurtle(await toTurtle(file, ORIGIN, BASE));
			expect(quads).toHaveLength((await toQuads(file)).length);
			for (const c of checkSkos(quads, a.id)) found.add(c);
		}
		expect([...found].sort()).toEqual([...all].sort());
	});

	it('marks invented content in graph.json, JSON-LD, Turtle, CSV, /dekking.csv and feeds', async () => {
		expect(invented.length).toBeGreaterThan(0);
		const json = graphJson(site);
		for (const n of json.nodes) expect(n.voorbeeld).toBe(Boolean(site.byId.get(n.id)!.data.voorbeeld));
		const triples = (await rdf()).parsed;
		const marked = new Set(triples.filter((q) => q.predicate.value === `${KG}voorbeeld` && q.object.value === 'true').map((q) => q.subject.value));
		expect([...marked].sort()).toEqual(invented.map((n) => abs(n.id)).sort());
		for (const n of invented) expect(jsonLd(site, n, ORIGIN)[`${KG}voorbeeld`]).toBe(true);
		for (const type of new Set(site.nodes.map((n) => n.type))) {
			const [header, ...rows] = parseCsv(listingCsv(site, type, ORIGIN));
			const col = header.indexOf('voorbeeld');
			for (const r of rows) expect(r[col]).toBe(String(Boolean(site.byId.get(r[0])!.data.voorbeeld)));
		}
		const [header, ...rows] = parseCsv(dekkingCsv(site));
		const c = coverage(site);
		for (const r of rows) {
			const k = r[header.indexOf('kennisvraag')];
			expect(Number(r[header.indexOf('voorbeeld_projecten')])).toBe(c.projects.get(k)!.filter((p) => p.data.voorbeeld).length);
		}
		const feed = checkAtom(projectFeed(site, ORIGIN, BASE), 'feed.xml');
		for (const e of feed.entries) {
			const id = feed.kids(e, 'id')[0].textContent!;
			const voorbeeld = feed.kids(e, 'category').some((cat) => cat.getAttribute('term') === 'voorbeeld' && cat.getAttribute('scheme') === KG);
			expect(voorbeeld, id).toBe(invented.some((n) => abs(n.id) === id));
		}
	});

	it('has a valid Atom feed per kennisvraag, gamechanger and thema with the projects working on it or below it', () => {
		expect([...feedTypes].sort()).toEqual(['gamechanger', 'kennisvraag', 'thema']);
		const c = coverage(site);
		for (const n of site.nodes.filter((x) => feedTypes.includes(x.type))) {
			const { ids } = checkAtom(topicFeed(site, n, ORIGIN, BASE), n.id);
			// The newest 100 projects naming the question (coverage.ts counts the same ones).
			const working = new Set((c.projects.get(n.id) ?? []).map((p) => abs(p.id)));
			if (n.type === 'kennisvraag') {
				expect(ids.length).toBe(Math.min(100, working.size));
				for (const id of ids) expect(working.has(id), id).toBe(true);
			}
			// A thema's feed holds at least the projects on each of its kennisvragen.
			if (n.type === 'thema')
				for (const k of site.sources(n, { type: 'kennisvraag' }))
					for (const p of c.projects.get(k.id)!.slice(0, 20)) if (ids.length < 100) expect(ids).toContain(abs(p.id));
		}
	});
});

describe('framing policy', () => {
	it('lets only widgets be framed, under the base path', () => {
		const text = headersFile('/kg');
		expect(text).toContain("/kg/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'");
		expect(text).toContain('/kg/widget/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *');
	});
});
