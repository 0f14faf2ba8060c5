import { describe, expect, it } from 'vitest';
import { nodePage } from '../../src/lib/server/emit/node-page.ts';
import { graphJson } from '../../src/lib/server/emit/pages.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { contentDir, validFiles } from './helpers.ts';

function siteFrom(root: string): Site {
	const { nodes, relations, errors } = loadContent(root);
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}

describe('/graph.json', () => {
	const site = siteFrom(contentDir(validFiles()));
	const json = JSON.parse(JSON.stringify(graphJson(site)));

	it('has one node per page, with id, type, title, url, voorbeeld and the fields', () => {
		expect(json.nodes).toHaveLength(site.nodes.length);
		const p1 = json.nodes.find((n: { id: string }) => n.id === 'p1');
		expect(p1).toMatchObject({ id: 'p1', type: 'project', title: 'Feedback in de klas', url: '/project/p1/', voorbeeld: true, status: 'lopend' });
		expect(p1.lectoraten).toEqual(['l1']);
		const k1 = json.nodes.find((n: { id: string }) => n.id === 'k1');
		expect(k1.voorbeeld).toBe(false);
	});

	it('has every relation as a typed edge between existing nodes', () => {
		expect(json.edges).toHaveLength(site.relations.length);
		const ids = new Set(json.nodes.map((n: { id: string }) => n.id));
		for (const e of json.edges) {
			expect(Object.keys(e).sort()).toEqual(['source', 'target', 'type']);
			expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
		}
		expect(json.edges).toContainEqual({ source: 'p1', target: 'k1', type: 'kennisvragen' });
		expect(json.edges).toContainEqual({ source: 'p1', target: 'k1', type: 'link' });
	});

	it('a node type field never hides the node type (partnerschap.soort, not type)', () => {
		for (const n of json.nodes) expect(['agenda', 'thema', 'gamechanger', 'kennisvraag', 'organisatie', 'lectoraat', 'project']).toContain(n.type);
	});
});

describe('node page data', () => {
	const site = siteFrom(contentDir(validFiles()));

	it('puts the projects working on a kennisvraag at the top, under "Wie werkt hieraan?", and nowhere else', () => {
		const page = nodePage(site, 'k1');
		expect(page.hub!.projecten.groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(['p1']);
		expect(page.hub!.witteVlek).toBe(false);
		expect(page.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)))).not.toContain('p1');
	});

	it('builds breadcrumbs agenda → thema → gamechanger for a kennisvraag', () => {
		expect(nodePage(site, 'k1').breadcrumbs.map((b) => b.id)).toEqual(['ka', 't1', 'g1']);
	});

	it('counts projects per kennisvraag on the thema page', () => {
		const tree = nodePage(site, 't1').themaTree!;
		expect(tree.gamechangers[0].kennisvragen).toMatchObject([{ id: 'k1', projecten: 1, witteVlek: false }]);
	});
});
