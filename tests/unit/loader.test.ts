import { describe, expect, it } from 'vitest';
import { loadContent, type ContentNode } from '../../src/lib/server/load/index.ts';
import { field } from '../../src/lib/server/graph/hierarchy.ts';
import { contentDir, validFiles } from './helpers.ts';

describe('loadContent on a valid folder', () => {
	const result = loadContent(contentDir(validFiles()), { base: '/sub' });

	it('loads every file as a node, with no errors', () => {
		expect(result.errors).toEqual([]);
		expect(result.nodes.map((n) => n.id).sort()).toEqual(['g1', 'hs', 'k1', 'ka', 'l1', 'p1', 't1']);
	});

	it('takes type from the folder, title from the type’s title field, url under the base path', () => {
		const kv = result.nodes.find((n) => n.id === 'k1')!;
		expect(kv.type).toBe('kennisvraag');
		expect(kv.title).toBe('Hoe werkt feedback?');
		expect(kv.url).toBe('/sub/kennisvraag/k1/');
	});

	it('turns frontmatter references into typed relations, including nested ones', () => {
		const rel = (s: string) =>
			result.relations
				.filter((r) => r.source === s)
				.map((r) => `${r.type}:${r.target}`)
				.sort();
		expect(rel('p1')).toEqual(['kennisvragen:k1', 'lectoraten:l1', 'link:k1', 'link:l1']);
		expect(rel('t1')).toEqual(['agenda:ka', 'bron:ka']);
		expect(rel('ka')).toEqual(['link:t1']);
	});

	it('renders wiki-links as links with the label or the target title', () => {
		const p1 = result.nodes.find((n) => n.id === 'p1')!;
		expect(p1.html).toContain('<a href="/sub/kennisvraag/k1/" class="wikilink">de kennisvraag</a>');
		expect(p1.html).toContain('<a href="/sub/lectoraat/l1/" class="wikilink">Lectoraat Leren</a>');
	});

	it('sanitizes raw HTML: keeps harmless markup, drops scripts and handlers', () => {
		const p1 = result.nodes.find((n) => n.id === 'p1')!;
		expect(p1.html).toContain('<b>vet</b>');
		expect(p1.html).not.toMatch(/<script|onclick|alert/);
	});

	it('keeps validated field values, dates as strings', () => {
		const p1 = result.nodes.find((n): n is ContentNode<'project'> => n.id === 'p1')!;
		expect(p1.data.start).toBe('2024-09-01');
		expect(p1.data.outputs).toEqual([{ titel: 'Rapport', jaar: 2025, type: 'rapport', url: 'https://example.org/r' }]);
	});

	it('uses the body as summary when there is no samenvatting, with wiki-links as text', () => {
		const ka = result.nodes.find((n) => n.id === 'ka')!;
		expect(ka.summary).toBe('De agenda.');
		const k1 = result.nodes.find((n) => n.id === 'k1')!;
		expect(k1.summary).toBe('');
	});
});

describe('loadContent on the shipped content', () => {
	const { nodes, relations, errors } = loadContent('content');
	const count = (type: string) => nodes.filter((n) => n.type === type).length;

	it('is valid', () => expect(errors).toEqual([]));

	it('holds the whole Kennisagenda: 6 themes, 49 gamechangers, 35 kennisvragen', () => {
		expect(count('thema')).toBe(6);
		expect(count('gamechanger')).toBe(49);
		expect(count('kennisvraag')).toBe(35);
	});

	it('holds the other agendas with their items', () => {
		expect(count('agenda')).toBe(5);
		const items = (agenda: string, soort: string) => nodes.filter((n) => n.type === 'agendapunt' && n.data.agenda === agenda && n.data.soort === soort).length;
		expect(items('vh-strategische-agenda', 'kernambitie')).toBe(3);
		expect(items('vh-strategische-agenda', 'uitgangspunt')).toBe(3);
		expect(items('werkconferentie-2026', 'thema')).toBe(4);
		expect(items('regiobijeenkomsten-2016', 'scenario')).toBe(3);
		expect(items('dialoogsessies', 'dialoogthema')).toBeGreaterThan(0);
	});

	it('marks all invented lectoraten, projects, partnerschappen and organisaties as voorbeeld', () => {
		expect(count('lectoraat')).toBeGreaterThanOrEqual(8);
		expect(count('project')).toBeGreaterThanOrEqual(25);
		expect(count('partnerschap')).toBeGreaterThanOrEqual(5);
		for (const n of nodes.filter((n) => ['lectoraat', 'project', 'partnerschap', 'organisatie'].includes(n.type))) {
			expect(n.data.voorbeeld, n.file).toBe(true);
		}
	});

	it('links every kennisvraag to its thema, and to a gamechanger of that thema', () => {
		const byId = new Map(nodes.map((n) => [n.id, n]));
		for (const kv of nodes.filter((n) => n.type === 'kennisvraag')) {
			expect(byId.get(kv.data.thema)?.type, kv.file).toBe('thema');
			if (kv.data.gamechanger) expect(field(byId.get(kv.data.gamechanger)!, 'thema'), kv.file).toBe(kv.data.thema);
		}
	});

	it('uses every relation field of the registry somewhere', async () => {
		const { registry } = await import('../../src/lib/registry/registry.ts');
		const used = new Set(relations.map((r) => `${nodes.find((n) => n.id === r.source)!.type}.${r.type}`));
		for (const t of Object.values(registry)) {
			for (const [name, field] of Object.entries(t.fields)) {
				if ((field.kind === 'ref' || field.kind === 'refs') && name !== 'bron') {
					expect(used.has(`${t.name}.${name}`), `${t.name}.${name}`).toBe(true);
				}
			}
		}
		expect(relations.some((r) => r.type === 'link')).toBe(true);
	});

	it('quotes kennisvragen without PDF hyphenation breaks', () => {
		for (const kv of nodes.filter((n) => n.type === 'kennisvraag')) {
			expect(kv.title, kv.file).toMatch(/\?$/);
			expect(kv.title, kv.file).not.toMatch(/[a-z]- (?!en |of |als )[a-z]|\n/);
		}
	});
});
