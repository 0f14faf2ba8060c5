/** `npm run dev`: after an edit, the site takes over what did not change from the site before (graph/build.ts). */
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/lib/server/graph/build.ts';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { base, project } from './discovery-fixtures.ts';
import { contentDir } from './helpers.ts';

const files = () => ({
	...base(),
	...project('pa', 'Leerlingen en motivatie', { kennisvragen: ['k1'] }, 'In groep 7 volgen we hoe [[k1]] in de praktijk uitpakt.'),
	...project('pb', 'Lesobservaties', { kennisvragen: ['k2'] })
});
const siteOf = (f: Record<string, string>, previous?: Site) => {
	const { nodes, relations, errors } = loadContent(contentDir(f));
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations, previous);
};
const edited = (change: (f: Record<string, string>) => void) => {
	const f = files();
	change(f);
	expect(f).not.toEqual(files());
	return f;
};
/** Everything a page can read of a graph, in its order. */
const shape = (g: KnowledgeGraph) => ({
	nodes: g.nodes().map((id) => [id, g.getNodeAttributes(id)]),
	edges: g.edges().map((e) => [e, g.source(e), g.target(e), g.getEdgeAttributes(e)]),
	around: g.nodes().map((id) => [g.inEdges(id), g.outEdges(id)])
});

describe('npm run dev: the graph after an edit', () => {
	it('is the graph before, brought up to date, when the edit changed a body’s text: the same as one built anew', () => {
		const before = siteOf(files());
		const after = edited((f) => (f['project/pa.md'] = f['project/pa.md'].replace('groep 7', 'groep 8')));
		const site = siteOf(after, before);
		expect(site.graph).toBe(before.graph);
		expect(shape(site.graph)).toEqual(shape(siteOf(after).graph));
		const quote = site.graph.getEdgeAttribute(
			site.graph.outEdges('pa').find((e) => site.graph.getEdgeAttribute(e, 'type') === 'link')!,
			'context'
		);
		expect(quote?.before).toContain('groep 8');
	});

	it('is built anew when a title, a link, a field’s reference or the set of nodes changed', () => {
		const changes: ((f: Record<string, string>) => void)[] = [
			(f) => (f['project/pb.md'] = f['project/pb.md'].replace('titel: Lesobservaties', 'titel: Observaties in de les')),
			(f) => (f['project/pa.md'] = f['project/pa.md'].replace('[[k1]]', '[[k2]]')),
			(f) => (f['project/pb.md'] = f['project/pb.md'].replace('kennisvragen: [k2]', 'kennisvragen: [k1]')),
			(f) => Object.assign(f, project('pc', 'Een derde project', { kennisvragen: ['k3'] }))
		];
		for (const change of changes) {
			const before = siteOf(files());
			const after = edited(change);
			const site = siteOf(after, before);
			expect(site.graph).not.toBe(before.graph);
			expect(shape(site.graph)).toEqual(shape(siteOf(after).graph));
		}
	});
});
