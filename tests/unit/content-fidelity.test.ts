/**
 * The shipped content against its sources: page references inside each document, a kennisvraag's thema the same as its
 * gamechanger's, every link from an agendapunt carried by a quote that occurs in the source text, and example content
 * that says it is invented without posing as real (no identifiers, no real programme names, no findings as fact).
 * The source texts are copies in tests/fixtures/seeds/ (README there); without them the quote test says so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { nodePage } from '../../src/lib/server/emit/node-page.ts';
import type { ContentNode } from '../../src/lib/server/load/index.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';

const SEEDS = 'tests/fixtures/seeds';
/** Pages per source document (README in SEEDS); documents without page references have none. */
const PAGES: Record<string, [number, number]> = { kennisagenda: [1, 52] };

/** Source text and quote alike: case, whitespace, hyphens (lost or broken across lines) and quote marks do not count. */
export const normalise = (s: string) => s.toLowerCase().replace(/[\s\-‐–—’‘'"“”`•]/g, '');

let nodes: ContentNode[];
let site: Site;
beforeAll(() => {
	const loaded = loadContent('content');
	expect(loaded.errors).toEqual([]);
	nodes = loaded.nodes;
	site = assembleSite(loaded.nodes, loaded.relations);
});
const ofType = <T extends ContentNode['type']>(type: T) => nodes.filter((n): n is ContentNode<T> => n.type === type);
const byId = (id: string) => nodes.find((n) => n.id === id)!;

describe('page references', () => {
	it('fall inside their document’s range, and every Kennisagenda node has one', () => {
		const outside: string[] = [];
		for (const n of nodes) {
			const bron = (n.data as { bron?: { document: string; pagina?: string } }).bron;
			if (!bron?.pagina) continue;
			const range = PAGES[bron.document];
			const pages = bron.pagina.split(/[-–]/).map(Number);
			if (!range || pages.some((p) => !Number.isInteger(p) || p < range[0] || p > range[1]) || pages[0] > pages.at(-1)!)
				outside.push(`${n.id}: ${bron.pagina}`);
		}
		expect(outside).toEqual([]);
		const kennisagenda = [...ofType('thema'), ...ofType('gamechanger'), ...ofType('kennisvraag')].filter((n) => n.data.bron.document === 'kennisagenda');
		expect(kennisagenda.length).toBe(6 + 49 + 35);
		expect(kennisagenda.filter((n) => !n.data.bron.pagina).map((n) => n.id)).toEqual([]);
	});

	it('put a gamechanger no later than its kennisvragen, within its thema’s pages', () => {
		const first = (p: string) => Number(p.split('-')[0]);
		const last = (p: string) => Number(p.split('-').at(-1));
		for (const k of ofType('kennisvraag')) {
			const g = k.data.gamechanger ? (byId(k.data.gamechanger) as ContentNode<'gamechanger'>) : undefined;
			const t = byId(k.data.thema) as ContentNode<'thema'>;
			if (g) expect(first(g.data.bron.pagina!), k.id).toBeLessThanOrEqual(first(k.data.bron.pagina!));
			expect(first(k.data.bron.pagina!), k.id).toBeGreaterThanOrEqual(first(t.data.bron.pagina!));
			expect(first(k.data.bron.pagina!), k.id).toBeLessThanOrEqual(last(t.data.bron.pagina!));
		}
	});
});

describe('the hierarchy', () => {
	it('gives every kennisvraag its gamechanger’s thema', () => {
		const wrong = ofType('kennisvraag')
			.filter((k) => k.data.gamechanger && (byId(k.data.gamechanger) as ContentNode<'gamechanger'>).data.thema !== k.data.thema)
			.map((k) => k.id);
		expect(wrong).toEqual([]);
	});

	it('is enforced by the checker: a thema that contradicts the gamechanger is an error with file, line and fix', () => {
		const files = validFiles();
		files['thema/t2.md'] = '---\ntitel: Thema twee\nagenda: ka\nnummer: 2\nsamenvatting: Ander thema.\nbron: { document: ka }\n---\n';
		files['kennisvraag/k1.md'] = '---\nvraag: Hoe werkt feedback?\nthema: t2\ngamechanger: g1\nbron: { document: ka }\n---\n';
		const errors = loadContent(contentDir(files)).errors.filter((e) => e.code === 'contradicts-hierarchy');
		expect(errors).toEqual([
			expect.objectContaining({
				file: 'kennisvraag/k1.md',
				line: 3,
				message: expect.stringContaining('hoort bij thema "t1"'),
				hint: expect.stringContaining('thema: t1')
			})
		]);
	});

	it('numbers theme 1’s gamechangers as the source does: per sector, from 1, in the site’s order', () => {
		const gcs = ofType('gamechanger')
			.filter((g) => g.data.thema === 'kennis-en-vaardigheden-van-leerlingen')
			.sort((a, b) => a.data.nummer - b.data.nummer);
		const seen: Record<string, number> = {};
		for (const g of gcs) {
			const [sector, n] = (g.data.bronnummer ?? '').split(' ');
			expect(g.data.sectoren, g.id).toEqual([sector]);
			seen[sector] = (seen[sector] ?? 0) + 1;
			expect(Number(n), g.id).toBe(seen[sector]);
		}
		expect(seen).toEqual({ po: 7, vo: 8, mbo: 6 });
	});
});

describe('agendapunt links', () => {
	it('each have a quote, and each quote belongs to a link', () => {
		for (const p of ofType('agendapunt')) {
			const links = [...(p.data.themas ?? []), ...(p.data.gamechangers ?? [])];
			const quoted = (p.data.citaten ?? []).map((c) => c.naar);
			expect(quoted.toSorted(), p.id).toEqual(links.toSorted());
		}
	});

	it('quote sentences that occur in the source text', () => {
		const missing: string[] = [];
		let checked = 0;
		for (const p of ofType('agendapunt')) {
			const file = `${SEEDS}/${p.data.bron.document}.txt`;
			if (!existsSync(file)) {
				console.warn(`Brontekst ${file} ontbreekt: citaten van ${p.id} niet gecontroleerd (zie ${SEEDS}/README.md).`);
				continue;
			}
			const source = normalise(readFileSync(file, 'utf8'));
			for (const c of p.data.citaten ?? []) {
				checked++;
				if (!source.includes(normalise(c.citaat))) missing.push(`${p.id} → ${c.naar}: ${c.citaat}`);
			}
		}
		expect(missing).toEqual([]);
		expect(checked).toBeGreaterThan(0);
	});

	it('normalise only forgives hyphenation, whitespace and quote marks, not other words', () => {
		expect(normalise('onderwijs-\nprofessionals')).toBe(normalise('onderwijsprofessionals'));
		expect(normalise('HRMbeleid')).toBe(normalise('HRM-beleid'));
		expect(normalise('Het is duidelijk')).not.toBe(normalise('Het lijkt duidelijk'));
	});

	it('are required by the checker: a link without a quote, and a quote without a link, are errors', () => {
		const files = validFiles();
		files['agenda/va.md'] = '---\ntitel: Andere agenda\nuitgever: X\njaar: 2020\nsamenvatting: Iets.\n---\n';
		files['agendapunt/ap.md'] = [
			'---',
			'titel: Punt',
			'agenda: va',
			'soort: thema',
			'gamechangers: [g1]',
			'citaten:',
			'  - { naar: t1, citaat: "Een zin." }',
			'samenvatting: Een punt.',
			'bron: { document: va }',
			'---',
			''
		].join('\n');
		const errors = loadContent(contentDir(files)).errors;
		expect(errors.map((e) => [e.code, e.line])).toEqual([
			['missing-quote', 5],
			['orphan-quote', 7]
		]);
	});

	it('show their quote with the link, on the agendapunt’s page and on the gamechanger’s', () => {
		const p = ofType('agendapunt').find((a) => a.data.gamechangers?.length)!;
		const gc = p.data.gamechangers![0];
		const citaat = p.data.citaten!.find((c) => c.naar === gc)!.citaat;
		const itemsOn = (id: string) => nodePage(site, id).sections.flatMap((s) => s.groups.flatMap((g) => g.items));
		expect(itemsOn(p.id).find((i) => i.id === gc)?.citaat).toBe(citaat);
		expect(itemsOn(gc).find((i) => i.id === p.id)?.citaat).toBe(citaat);
	});
});

describe('project contact', () => {
	const withProject = (lines: string[]) => {
		const files = validFiles();
		files['project/p1.md'] = ['---', 'titel: Feedback', 'start: 2024-09-01', 'status: lopend', ...lines, 'samenvatting: Een project.', '---', ''].join('\n');
		return loadContent(contentDir(files)).errors;
	};

	it('accepts a role with an organisational address', () => {
		expect(withProject(['contact: { rol: projectleider, email: onderzoek@example.org }'])).toEqual([]);
	});

	it('answers a wrong field name with the field meant', () => {
		const [error] = withProject(['lector: Dr. A']);
		expect(error).toMatchObject({ code: 'unknown-field', line: 5, hint: expect.stringMatching(/^Bedoel je "contact"\?/) });
	});

	it('rejects an address that is no e-mail address', () => {
		expect(withProject(['contact: { rol: projectleider, email: geen-adres }']).map((e) => e.code)).toEqual(['bad-email']);
	});
});

describe('example content', () => {
	const voorbeeld = () => nodes.filter((n) => n.data.voorbeeld);

	it('carries no DOI or other identifier that could pass for a real one', () => {
		const dois = voorbeeld().flatMap((n) => ((n.data as { outputs?: { doi?: string }[] }).outputs ?? []).filter((o) => o.doi).map(() => n.id));
		expect(dois).toEqual([]);
		expect(
			voorbeeld()
				.filter((n) => /\b10\.\d{4,}\//.test(JSON.stringify(n.data) + n.body))
				.map((n) => n.id)
		).toEqual([]);
	});

	it('borrows no name of a real funding instrument, organisation or programme', () => {
		const real = /\b(SPRONG|NRO|NWO|SIA|OCW|Vereniging Hogescholen|PO-Raad|VO-raad|MBO Raad|Regieorgaan)\b/i;
		expect(voorbeeld().filter((n) => real.test(n.title) || ((n.data as { aliassen?: string[] }).aliassen ?? []).some((a) => real.test(a)))).toEqual([]);
	});

	it('words findings as hypothetical, not as results that were found', () => {
		const asFact = /\b(bleken|bleek|blijken|blijkt|laten zien dat|toonde(n)? aan)\b/i;
		expect(
			voorbeeld()
				.filter((n) => asFact.test(n.body))
				.map((n) => n.id)
		).toEqual([]);
	});

	it('has a notice that names what is invented and which linked pages are real', () => {
		const project = ofType('project').find((p) => p.data.voorbeeld && p.data.kennisvragen?.length && p.data.lectoraten?.length)!;
		const notice = nodePage(site, project.id).voorbeeld!;
		expect(notice.parts).toMatch(/de naam/);
		expect(notice.invented.map((n) => n.id)).toEqual(expect.arrayContaining(project.data.lectoraten!));
		expect(notice.real).toContain('kennisvragen');
		expect(nodePage(site, 'kennisagenda').voorbeeld).toBeUndefined();
	});
});
