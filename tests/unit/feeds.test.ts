import { describe, expect, it } from 'vitest';
import { projectFeed, sitemapXml, xmlEscape } from '../../src/lib/server/emit/feeds.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { typeNames } from '../../src/lib/registry/registry.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('sitemap.xml', () => {
	it('lists every node page of the shipped content, every listing and the other pages, once each', () => {
		const { nodes } = loadContent('content', { base: '/kennisgraaf' });
		const xml = sitemapXml({ nodes }, 'https://example.org', '/kennisgraaf', ['/', '/dekking/', '/verband/']);
		const urls = locs(xml);
		for (const n of nodes) expect(urls).toContain(`https://example.org${n.url}`);
		for (const t of typeNames) expect(urls).toContain(`https://example.org/kennisgraaf/${t}/`);
		expect(urls).toContain('https://example.org/kennisgraaf/');
		expect(urls).toContain('https://example.org/kennisgraaf/dekking/');
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls).toHaveLength(nodes.length + typeNames.length + 3);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
	});

	it('dates a node page from bijgewerkt', () => {
		const site = siteFrom({ ...base(), ...project('p1', 'P', { bijgewerkt: '2025-03-04' }) });
		expect(sitemapXml(site, 'https://x.nl', '', [])).toContain('<loc>https://x.nl/project/p1/</loc><lastmod>2025-03-04</lastmod>');
	});
});

describe('feed.xml (Atom)', () => {
	const site = siteFrom({
		...base(),
		...project('oud', 'Oud project', { start: '2020-01-01' }),
		...project('nieuw', 'Nieuw & <beter>', { start: '2021-01-01', bijgewerkt: '2025-05-05', lectoraten: ['l1'] }),
		...project('midden', 'Midden', { start: '2023-02-02' })
	});
	const xml = projectFeed(site, 'https://x.nl', '/kg');

	it('lists projects newest change first, dated from bijgewerkt or else start', () => {
		const ids = [...xml.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1]);
		expect(ids).toEqual(['https://x.nl/project/nieuw/', 'https://x.nl/project/midden/', 'https://x.nl/project/oud/']);
		expect(xml).toContain('<updated>2025-05-05T00:00:00Z</updated>\n    <author><name>Lectoraat Leren</name></author>');
		expect(xml.match(/<feed[^>]*>[\s\S]*?<updated>([^<]*)</)![1]).toBe('2025-05-05T00:00:00Z');
	});

	it('escapes content and links to itself', () => {
		expect(xml).toContain('<title>Nieuw &amp; &lt;beter&gt;</title>');
		expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.nl/kg/feed.xml"/>');
		expect(xml).not.toContain('<beter>');
	});

	it('xmlEscape drops characters XML cannot hold', () => {
		expect(xmlEscape('a\u0001b"c\'')).toBe('ab&quot;c&apos;');
	});
});
