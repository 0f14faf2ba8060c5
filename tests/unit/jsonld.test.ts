import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { jsonLd, pageJsonLd, serializeJsonLd } from '../../src/lib/server/emit/jsonld.ts';
import { NS } from '../../src/lib/server/emit/vocab.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

const site = siteFrom({
	...base(),
	...project('p1', 'Feedback </script><script>alert(1)</script>', {
		kennisvragen: ['k1'],
		lectoraten: ['l1'],
		partners: ['o1'],
		einde: '2026-06-30',
		trefwoorden: ['feedback', 'brugklas'],
		bijgewerkt: '2025-02-01'
	})
});
const ORIGIN = 'https://kennisgraaf.example';
const ld = (id: string) => jsonLd(site, site.byId.get(id)!, ORIGIN) as Record<string, any>;

describe('JSON-LD per node type', () => {
	it('project → ResearchProject with its lectoraten, partners and questions', () => {
		const p = ld('p1');
		expect(p).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'ResearchProject',
			'@id': `${ORIGIN}/project/p1/`,
			url: `${ORIGIN}/project/p1/`,
			foundingDate: '2024-01-01',
			dissolutionDate: '2026-06-30',
			keywords: 'feedback, brugklas',
			dateModified: '2025-02-01'
		});
		expect(p.member.map((m: any) => [m['@type'], m['@id']])).toEqual([
			['Organization', `${ORIGIN}/lectoraat/l1/`],
			['Organization', `${ORIGIN}/organisatie/o1/`]
		]);
		expect(p.knowsAbout).toContainEqual(expect.objectContaining({ '@type': 'Question', '@id': `${ORIGIN}/kennisvraag/k1/` }));
	});

	it('lectoraat, organisatie and partnerschap → Organization', () => {
		expect(ld('l1')).toMatchObject({
			'@type': 'Organization',
			parentOrganization: { '@id': `${ORIGIN}/organisatie/hs/` },
			member: [{ '@type': 'Person', name: 'Lector A' }]
		});
		expect(ld('hs')).toMatchObject({ '@type': 'Organization', name: 'Hogeschool Nergens', address: { addressLocality: 'Utrecht' } });
	});

	it('thema and gamechanger → DefinedTerm in the agenda’s DefinedTermSet', () => {
		expect(ld('t1')).toMatchObject({ '@type': 'DefinedTerm', termCode: '1', inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': `${ORIGIN}/agenda/ka/` } });
		expect(ld('g2')).toMatchObject({ '@type': 'DefinedTerm', termCode: '1.2', inDefinedTermSet: { '@id': `${ORIGIN}/agenda/ka/` } });
	});

	it('kennisvraag → Question about its gamechanger and theme', () => {
		const k = ld('k1');
		expect(k).toMatchObject({ '@type': 'Question', text: 'Hoe geven leraren feedback?', inLanguage: 'nl' });
		expect(k.about.map((a: any) => a['@id']).sort()).toEqual([`${ORIGIN}/gamechanger/g1/`, `${ORIGIN}/thema/t1/`]);
	});

	it('agenda → DefinedTermSet with its themes when it has them, else CreativeWork', () => {
		expect(ld('ka')).toMatchObject({ '@type': 'DefinedTermSet', publisher: { name: 'NRO' }, datePublished: '2022' });
		expect(ld('ka').hasDefinedTerm.map((t: any) => t['@id'])).toEqual([`${ORIGIN}/thema/t1/`, `${ORIGIN}/thema/t2/`]);
		expect(ld('va')['@type']).toBe('CreativeWork');
		expect(ld('ap1')).toMatchObject({ '@type': 'CreativeWork', isPartOf: { '@id': `${ORIGIN}/agenda/va/` } });
	});

	it('has no empty values', () => {
		for (const n of site.nodes) {
			const walk = (v: unknown) => {
				expect(v).not.toBeNull();
				expect(v).not.toBe('');
				if (Array.isArray(v)) expect(v.length).toBeGreaterThan(0);
				if (v && typeof v === 'object') Object.values(v).forEach(walk);
			};
			walk(ld(n.id));
		}
	});
});

describe('the shorter JSON-LD of a page', () => {
	// schema.org's context, as far as these objects use it: its vocabulary, with url (and sameAs) as IRIs.
	const schemaOrg = { '@vocab': NS.schema, url: { '@type': '@id' }, sameAs: { '@type': '@id' } };
	const loader = (url: string) =>
		url.replace(/\/$/, '') === 'https://schema.org'
			? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: { '@context': schemaOrg } })
			: Promise.reject(new Error(`no network in tests: ${url}`));
	const triples = async (doc: unknown) =>
		((await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: loader as never })) as unknown as string)
			.split('\n')
			.filter(Boolean)
			.sort();

	it('says the same triples as the full form, for every node, but a reference’s url (its @id again)', async () => {
		let left = 0;
		for (const n of site.nodes) {
			const full = await triples(jsonLd(site, n, ORIGIN));
			expect(full.length, n.id).toBeGreaterThan(3);
			const self = `<${ORIGIN}${n.url}>`;
			const refUrl = /^(<[^>]+>) <http:\/\/schema\.org\/url> (<[^>]+>) \.$/;
			const kept = full.filter((t) => {
				const m = refUrl.exec(t);
				return !(m && m[1] === m[2] && m[1] !== self);
			});
			left += full.length - kept.length;
			expect(await triples(pageJsonLd(site, n, ORIGIN)), n.id).toEqual(kept);
		}
		expect(left).toBeGreaterThan(0);
	});

	it('writes the site’s IRIs from the root and the vocabulary by prefix', () => {
		const p = pageJsonLd(site, site.byId.get('p1')!, ORIGIN) as Record<string, any>;
		expect(p['@context'][0]).toBe('https://schema.org');
		expect(p).toMatchObject({ '@id': '/project/p1/', url: '/project/p1/' });
		expect(p.member[0]).toMatchObject({ '@id': '/lectoraat/l1/', name: 'Lectoraat Leren', 'kg:voorbeeld': true });
		expect(p.member[0]).not.toHaveProperty('url');
		expect(new URL(p['@id'], p['@context'][1]['@base']).href).toBe(`${ORIGIN}/project/p1/`);
		expect(JSON.stringify({ ...p, '@context': undefined })).not.toMatch(/https:\/\/kennisgraaf\.example\/(project|lectoraat|vocab)/);
		expect(JSON.stringify(p).length).toBeLessThan(JSON.stringify(jsonLd(site, site.byId.get('p1')!, ORIGIN)).length * 0.8);
	});
});

describe('serializeJsonLd', () => {
	it('cannot close the script element or open a comment, and stays the same JSON', () => {
		const value = ld('p1');
		const text = serializeJsonLd(value);
		expect(text).not.toMatch(/<|>/);
		expect(text).toContain('\\u003c/script\\u003e');
		expect(JSON.parse(text)).toEqual(value);
		expect(JSON.parse(serializeJsonLd({ s: '<!-- & \u2028' }))).toEqual({ s: '<!-- & \u2028' });
	});
});
