/**
 * End to end: all five fixture sets imported into a copy of the shipped content. The loader the build uses accepts
 * the result, the imported nodes carry their herkomst and identifiers (page, JSON-LD, listing facet), a hogeschool
 * from ROR and DUO is one node, a second import changes no byte, hand edits survive a changed record, a project gone
 * from the register is marked, no person's name or address is written, and a failed write leaves everything as it was.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/lib/server/emit/jsonld.ts';
import { nodePage } from '../../src/lib/server/emit/node-page.ts';
import { facetValues } from '../../src/lib/server/graph/facets.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { commit } from '../../src/lib/server/import/content/write.ts';
import { runImport } from '../../src/lib/server/import/run.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { FIXTURES } from './import-server.ts';

const SOURCES = ['ror', 'duo', 'publinova', 'sia', 'nwopen'];
const files = (root: string) =>
	readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort();
const snapshot = (root: string) => files(root).map((f) => `${f}\n${readFileSync(f, 'utf8')}`);
const importAll = async (root: string, today: string, from = FIXTURES) => {
	const reports = [];
	for (const source of SOURCES) reports.push((await runImport({ source, root, from: join(from, source), today })).report);
	return reports;
};

let root: string;
let reports: Awaited<ReturnType<typeof importAll>>;
let loaded: ReturnType<typeof assembleSite> | undefined;
/** The site as the build loads it; loaded once for the tests that only read. */
const site = (again = false) => {
	if (loaded && !again) return loaded;
	const { nodes, relations, errors } = loadContent(root);
	expect(errors).toEqual([]);
	return (loaded = assembleSite(nodes, relations));
};
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const findFile = (needle: string) => files(root).find((f) => readFileSync(f, 'utf8').includes(needle))!;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'kennisgraaf-e2e-'));
	cpSync(join(import.meta.dirname, '../../content'), root, { recursive: true });
	// A project NWOpen gave before and no longer lists: it must be marked, not deleted.
	writeFileSync(
		join(root, 'project/eerder-bij-nwo.md'),
		'---\ntitel: Eerder bij NWO\nstart: 2015-01-01\nstatus: afgerond\nsamenvatting: Stond eerder in NWOpen.\nherkomst:\n  - bron: nwopen\n    id: 40.5.00000.000\n    url: https://data.nwo.nl/en/projects/40.5.00000.000\n    opgehaald: 2026-01-15\n---\n'
	);
	reports = await importAll(root, '2026-11-30');
}, 60_000);

describe('importing all five registers into a copy of the content', () => {
	it('gives content the checker and the build accept, with every source represented', () => {
		const s = site();
		for (const bron of SOURCES)
			expect(
				s.nodes.some((n) => facetValues(s, n, 'herkomst').includes(bron)),
				bron
			).toBe(true);
		expect(reports.map((r) => r.added.length).reduce((a, b) => a + b)).toBeGreaterThan(130);
	});

	it('makes one node of a hogeschool from ROR, DUO and Publinova, with its ROR id, Wikidata id and BRIN code', () => {
		const s = site();
		const fryslan = s.nodes.filter((n) => n.type === 'organisatie' && n.data.ror === '0aa1bb202');
		expect(fryslan).toHaveLength(1);
		expect(fryslan[0].data).toMatchObject({ brin: '30AB', wikidata: 'Q99000002', plaats: 'Leeuwarden' });
		expect(facetValues(s, fryslan[0], 'herkomst')).toEqual(['ror', 'duo', 'publinova']);
		expect(reports[1].merged.find((m) => m.node === fryslan[0].id)?.reason).toBe('naam en plaats');
	});

	it('shows the herkomst on the page, and identifiers and sameAs in the JSON-LD', () => {
		const s = site();
		const project = s.nodes.find((n) => n.type === 'project' && (n.data.herkomst ?? []).some((h) => h.bron === 'nwopen' && h.id === '40.5.18000.000'))!;
		expect(nodePage(s, project.id).herkomst).toEqual([{ label: 'NWOpen', url: 'https://data.nwo.nl/en/projects/40.5.18000.000', opgehaald: '30-11-2026' }]);
		const org = s.of('organisatie').find((n) => n.data.ror === '0aa1bb202')!;
		const ld = jsonLd(s, org, 'https://kennisgraaf.example') as { identifier: unknown[]; sameAs: string[] };
		expect(ld.identifier).toEqual(
			expect.arrayContaining([
				{ '@type': 'PropertyValue', propertyID: 'ROR', value: '0aa1bb202' },
				{ '@type': 'PropertyValue', propertyID: 'BRIN', value: '30AB' },
				{ '@type': 'PropertyValue', propertyID: 'duo', value: '30AB' }
			])
		);
		expect(ld.sameAs).toEqual(expect.arrayContaining(['https://ror.org/0aa1bb202', 'https://www.wikidata.org/wiki/Q99000002']));
		const p = jsonLd(s, project, 'https://kennisgraaf.example') as { identifier: unknown[]; sameAs: string[] };
		expect(p.sameAs).toEqual(['https://doi.org/10.99999/fixture.000', 'https://data.nwo.nl/en/projects/40.5.18000.000']);
		expect(p.identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'nwopen', value: '40.5.18000.000' });
	});

	it('writes no person’s name, e-mail address or ORCID by default', () => {
		const all = files(root)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		expect(all).not.toMatch(/Persoon \d|@example\.org|orcid|Achternaam/i);
	});

	it('strips HTML from the registers’ texts', () => {
		expect(read('lectoraat/lectoraat-rekenen-wiskunde.md')).toContain('samenvatting: Onderzoekt rekenonderwijs & de overgang po–vo.');
		const all = files(root)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		expect(all).not.toMatch(/<script|<p>|&amp;/);
	});

	it('marks a project removed at the source instead of deleting it', () => {
		expect(read('project/eerder-bij-nwo.md')).toContain('verwijderd: 2026-11-30');
		expect(reports[4].removed).toEqual(['project/eerder-bij-nwo']);
		expect(nodePage(site(), 'eerder-bij-nwo').herkomst[0]).toMatchObject({ label: 'NWOpen', verwijderd: '30-11-2026' });
	});

	it('changes no byte when the same records are imported again, on another day', async () => {
		const before = snapshot(root);
		const again = await importAll(root, '2026-12-07');
		expect(snapshot(root)).toEqual(before);
		expect(again.every((r) => r.added.length === 0 && r.updated.length === 0 && r.merged.length === 0)).toBe(true);
	}, 30_000);

	it('updates what the source owns and keeps what an author added', async () => {
		const file = findFile('id: 0000000-proj-4e2b-9a1c-publinova');
		const edited = readFileSync(file, 'utf8')
			.replace('samenvatting:', 'kennisvragen: [kv-leesmotivatie-jongeren]\nsamenvatting:')
			.replace(/\n---\n[^]*$/, '\n---\nEen alinea die een auteur schreef.\n');
		writeFileSync(file, edited);
		const changed = mkdtempSync(join(tmpdir(), 'kennisgraaf-changed-'));
		cpSync(join(FIXTURES, 'publinova'), join(changed, 'publinova'), { recursive: true });
		const page = join(changed, 'publinova/projects/page-1.json');
		writeFileSync(page, readFileSync(page, 'utf8').replace('"title": "Leesplezier in het vmbo"', '"title": "Leesplezier in het vmbo en de havo"'));
		const { report } = await runImport({ source: 'publinova', root, from: join(changed, 'publinova'), today: '2026-12-08' });
		expect(report.updated).toHaveLength(1);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('titel: Leesplezier in het vmbo en de havo');
		expect(text).toContain('kennisvragen: [kv-leesmotivatie-jongeren]');
		expect(text).toContain('opgehaald: 2026-12-08');
		expect(text.endsWith('---\nEen alinea die een auteur schreef.\n')).toBe(true);
		site(true);
	});

	it('names people only when asked to (--personen)', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'kennisgraaf-personen-'));
		cpSync(join(import.meta.dirname, '../fixtures/import-content'), copy, { recursive: true });
		await runImport({ source: 'publinova', root: copy, from: join(FIXTURES, 'publinova'), today: '2026-11-30', personen: true });
		expect(readFileSync(join(copy, 'lectoraat/lectoraat-taal-en-lezen.md'), 'utf8')).toContain('lectoren: [Persoon 1]');
		expect(
			files(copy)
				.map((f) => readFileSync(f, 'utf8'))
				.join('')
		).not.toContain('@example.org');
	});

	it('writes all files or none: a failure half-way puts everything back', () => {
		const before = snapshot(root);
		const changes = files(root)
			.slice(0, 6)
			.map((f) => ({ file: f.slice(root.length + 1), text: 'kapot\n' }));
		changes.push({ file: 'project/nieuw-bestand.md', text: 'nieuw\n' });
		expect(() =>
			commit(root, changes, {
				beforeRename: (i) => {
					if (i === 4) throw new Error('schijf vol');
				}
			})
		).toThrow('schijf vol');
		expect(snapshot(root)).toEqual(before);
	});
});
