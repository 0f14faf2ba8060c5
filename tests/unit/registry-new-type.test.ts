/**
 * "Adding a type is one edit": a type `publicatie` is added to the registry's TYPES and nowhere else,
 * and every part of the site picks it up. If some part keeps its own list of types, this fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/registry/types.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/lib/registry/types.ts')>();
	const { f } = await import('../../src/lib/registry/fields.ts');
	const publicatie = {
		name: 'publicatie',
		label: 'Publicatie',
		plural: 'Publicaties',
		intro: 'Artikelen en rapporten die uit de projecten voortkomen.',
		titleField: 'titel',
		filters: ['jaar', 'lectoraten'],
		color: '#37474f',
		nav: 7,
		authoring: 5,
		search: { rank: 10, nameFindsNeighbours: true },
		related: { weight: 1, reasonRank: 10 },
		schemaOrg: { type: 'ScholarlyArticle', props: { inLanguage: 'nl' } },
		fields: {
			titel: f.string('Titel', { required: true, ld: { property: 'headline' } }),
			jaar: f.int('Jaar', { required: true, min: 1900, max: 2100, ld: { property: 'datePublished' } }),
			projecten: f.refs('Projecten', 'project', 'Publicaties', {
				required: true,
				heading: 'Projecten waaruit deze publicatie voortkomt',
				inverseHeading: 'Publicaties uit dit project',
				ld: { property: 'isBasedOn' }
			}),
			lectoraten: f.refs('Lectoraten', 'lectoraat', 'Publicaties', {
				heading: 'Lectoraten die deze publicatie schreven',
				inverseHeading: 'Publicaties van dit lectoraat',
				ld: { property: 'author' }
			}),
			samenvatting: f.text('Samenvatting', { hidden: true })
		}
	};
	return { ...original, TYPES: [...original.TYPES, publicatie] };
});

const { loadContent } = await import('../../src/lib/server/load/index.ts');
const { assembleSite } = await import('../../src/lib/server/graph/site-model.ts');
const registry = await import('../../src/lib/registry/registry.ts');
const { allJsonSchemas } = await import('../../src/lib/registry/schema.ts');
const { cmsConfig } = await import('../../src/lib/server/emit/cms-config.ts');
const { runNew } = await import('../../src/lib/server/publish/new.ts');
const pages = await import('../../src/lib/server/emit/pages.ts');
const { nodePage } = await import('../../src/lib/server/emit/node-page.ts');
const listings = await import('../../src/lib/server/emit/listing.ts');
const { buildSearchData } = await import('../../src/lib/server/emit/search-index.ts');
const { SearchEngine } = await import('../../src/lib/search/engine.ts');
const { computeRelated } = await import('../../src/lib/server/graph/related.ts');
const { jsonLd } = await import('../../src/lib/server/emit/jsonld.ts');
const { graphData } = await import('../../src/lib/server/emit/graph-data.ts');
const { fieldsMarkdown } = await import('../../src/lib/server/emit/field-docs.ts');
const { match } = await import('../../src/params/contenttype.ts');
const { base, project } = await import('./discovery-fixtures.ts');
const { contentDir } = await import('./helpers.ts');

const publicatie = (id: string, fields: string) => ({ [`publicatie/${id}.md`]: `---\n${fields}\n---\nTekst.\n` });
const files = {
	...base(),
	...project('p0', 'Feedback in de brugklas', { kennisvragen: ['k1'], lectoraten: ['l1'] }),
	...project('p1', 'Lesobservaties', { kennisvragen: ['k3'] }),
	...publicatie('pu1', 'titel: Handreiking brugklasfeedback\njaar: 2024\nprojecten: [p0]\nlectoraten: [l1]\nsamenvatting: Tips voor mentoren.'),
	...publicatie('pu2', 'titel: Rapport over feedback\njaar: 2025\nprojecten: [p0]\nsamenvatting: Wat de metingen lieten zien.'),
	...publicatie('pu3', 'titel: Observatiewijzer\njaar: 2023\nprojecten: [p1]')
};
const root = contentDir(files);
const loaded = loadContent(root);
const site = assembleSite(loaded.nodes, loaded.relations);
const node = (id: string) => site.byId.get(id)!;

describe('a type added in the registry alone', () => {
	it('is validated: a reference to a node of the wrong type is an error naming the file and line', () => {
		expect(loaded.errors).toEqual([]);
		const bad = loadContent(contentDir({ ...files, ...publicatie('pu9', 'titel: Fout\njaar: 2024\nprojecten: [l1]') }));
		expect(bad.errors).toHaveLength(1);
		expect(bad.errors[0]).toMatchObject({ file: 'publicatie/pu9.md', line: 4, code: 'wrong-ref-type' });
		expect(bad.errors[0].message).toContain('project');
		expect(registry.getType('publicatie')?.label).toBe('Publicatie');
		expect(match('publicatie')).toBe(true);
	});

	it('has a JSON Schema, a web editor collection with a project picker, and a section in the field docs', () => {
		const schema = allJsonSchemas().find((s) => s.type === 'publicatie')?.schema as { properties: Record<string, unknown>; required: string[] };
		expect(Object.keys(schema.properties)).toEqual(['titel', 'jaar', 'projecten', 'lectoraten', 'samenvatting']);
		expect(schema.required).toEqual(['titel', 'jaar', 'projecten']);
		const collection = cmsConfig({}).collections.find((c) => c.name === 'publicatie')!;
		expect(collection.fields.find((f) => f.name === 'projecten')).toMatchObject({ widget: 'relation', collection: 'project', multiple: true });
		expect(fieldsMarkdown()).toContain('## Publicatie');
		expect(fieldsMarkdown()).toContain('Publicaties uit dit project');
	});

	it('can be scaffolded with npm run new, into a file the loader accepts', async () => {
		const out: string[] = [];
		const io = { root, repoRoot: process.cwd(), interactive: false, ask: async () => null, out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
		const result = await runNew(['publicatie', 'Een nieuwe handreiking', '--jaar', '2026', '--projecten', 'p1'], io);
		expect(result.code, out.join('\n')).toBe(0);
		expect(readFileSync(join(root, 'publicatie', 'een-nieuwe-handreiking.md'), 'utf8')).toContain('projecten:');
		expect(loadContent(root).errors).toEqual([]);
		expect(registry.authoringOrder).toContain('publicatie');
	});

	it('has a listing with its filters, and a place in the navigation', () => {
		const listing = listings.listingPage(site, 'publicatie');
		expect(listing.label).toBe('Publicaties');
		expect(listing.rows.map((i) => i.id)).toEqual(['pu1', 'pu3', 'pu2']);
		expect(listing.filters.map((f) => f.label)).toEqual(['Jaar', 'Lectoraten']);
		expect(listing.filters[1].options).toEqual([{ value: 'l1', label: 'Lectoraat Leren', count: 1 }]);
		expect(registry.navTypes.at(-1)).toBe('publicatie');
	});

	it('shows its relations on both pages with the registry’s labels', () => {
		const page = nodePage(site, 'p0');
		const section = page.sections.find((s) => s.heading === 'Publicaties uit dit project')!;
		expect(section.groups.flatMap((g) => g.items.map((i) => i.id)).sort()).toEqual(['pu1', 'pu2']);
		expect(pages.relationLabel('publicatie', 'projecten', true)).toBe('Publicaties');
		expect(nodePage(site, 'pu1').sections.map((s) => s.heading)).toEqual([
			'Projecten waaruit deze publicatie voortkomt',
			'Lectoraten die deze publicatie schreven'
		]);
	});

	it('is found by search, and by the name of the lectoraat it names', () => {
		const data = JSON.parse(JSON.stringify(buildSearchData(site)));
		const engine = SearchEngine.fromExport(data.index, data.docs);
		expect(engine.search('handreiking').hits[0]).toMatchObject({ id: 'pu1', type: 'publicatie' });
		expect(engine.search('lectoraat leren').hits.map((h) => h.id)).toContain('pu1');
		expect(data.docs.types).toContain('publicatie');
	});

	it('gets "Verwant" items with a reason, and is a reason for other nodes', () => {
		const related = computeRelated(site.nodes, site.relations);
		const items = related.get('pu1')!.find((g) => g.type === 'publicatie')!.items;
		expect(items[0]).toMatchObject({ id: 'pu2' });
		expect(items[0].reason).toMatch(/^deelt project Feedback in de brugklas/);
	});

	it('is typed in JSON-LD, and appears in /graph.json and the graph data', () => {
		const ld = jsonLd(site, node('pu1'), 'https://x') as Record<string, any>;
		expect(ld).toMatchObject({ '@type': 'ScholarlyArticle', headline: 'Handreiking brugklasfeedback', datePublished: '2024', inLanguage: 'nl' });
		expect(ld.isBasedOn).toEqual([
			{ '@type': 'ResearchProject', '@id': 'https://x/project/p0/', name: 'Feedback in de brugklas', url: 'https://x/project/p0/' }
		]);
		expect(ld.author[0]['@type']).toBe('Organization');
		const json = pages.graphJson(site);
		expect(
			json.nodes
				.filter((n) => (n.type as string) === 'publicatie')
				.map((n) => n.id)
				.sort()
		).toEqual(['pu1', 'pu2', 'pu3']);
		expect(json.edges).toContainEqual({ source: 'pu3', target: 'p1', type: 'projecten' });
		const data = graphData(site);
		const t = data.types.indexOf('publicatie');
		expect(t).toBeGreaterThanOrEqual(0);
		expect(data.type.filter((x) => x === t)).toHaveLength(3);
		expect(data.rels).toContainEqual(['verwijst naar', 'wordt genoemd door']);
	});
});
