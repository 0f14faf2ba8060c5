import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/lib/components/graph/format.ts';
import {
	CLUSTER_PALETTE,
	OTHER_CLUSTERS,
	clusterColours,
	clusters,
	createModel,
	egoNetwork,
	findNodes,
	groupedRelations,
	localNodes,
	radialLayout,
	relationLabel,
	typeCounts,
	visibleMask
} from '../../src/lib/components/graph/model.ts';
import { emptyState, parseState, sameExceptCamera, serializeState } from '../../src/lib/components/graph/view-state.ts';

// a(thema) ← b(project, po) → c(kennisvraag) ; d(organisatie) ← b ; e(project, vo) → c
const data: GraphData = {
	v: 1,
	types: ['thema', 'kennisvraag', 'organisatie', 'project'],
	themes: ['a', 'z'],
	sectors: ['po', 'vo'],
	rels: [
		['Thema', 'Projecten'],
		['Kennisvragen', 'Projecten'],
		['Partners', 'Partner in projecten']
	],
	communities: 1,
	ids: ['a', 'c', 'd', 'b', 'e'],
	titles: ['Gelijke kansen', 'Hoe werkt feedback?', 'Hogeschool Nergens', 'Feedback in de klas', 'Leesmotivatie'],
	type: [0, 1, 2, 3, 3],
	x: [0, 1, 2, 3, 4],
	y: [0, 0, 0, 0, 0],
	size: [5, 5, 5, 5, 5],
	degree: [1, 2, 1, 3, 1],
	community: [0, 0, 0, 0, 0],
	theme: [[0], [0], [0], [0], [1]],
	sector: [0, 0, 0, 1, 2],
	edges: [3, 0, 0, 3, 1, 1, 3, 2, 2, 4, 1, 1],
	years: [3, 2021, 2024, 4, 2023, 0],
	cover: { vragen: [[1, [3, 4], []]], gamechangers: [], lectoraten: [] },
	voorbeeld: [2, 5]
};
const model = createModel(data);
const at = (id: string) => model.index.get(id)!;
const shown = (mask: Uint8Array) => data.ids.filter((_, i) => mask[i]).sort();

describe('graph model', () => {
	it('indexes undirected neighbours and relations from both sides', () => {
		expect(model.neighbours[at('b')].map((i) => data.ids[i]).sort()).toEqual(['a', 'c', 'd']);
		const groups = groupedRelations(model, at('c'));
		expect(groups).toEqual([{ type: 'project', label: 'Projecten', items: expect.any(Array) }]);
		// "Projecten" under Projecten says nothing new, so it is left out.
		expect(groups[0].items.map((x) => [x.id, x.via])).toEqual([
			['b', []],
			['e', []]
		]);
		expect(groupedRelations(model, at('b')).map((g) => [g.type, g.items.map((x) => x.via)])).toEqual([
			['thema', [['Thema']]],
			['kennisvraag', [[]]],
			['organisatie', [['Partners']]]
		]);
	});

	it('computes ego networks by depth', () => {
		expect([...egoNetwork(model, at('a'), 1)].map((i) => data.ids[i]).sort()).toEqual(['a', 'b']);
		expect([...egoNetwork(model, at('a'), 2)].map((i) => data.ids[i]).sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('filters by type, thema, sector and focus; the selection always stays visible', () => {
		expect(shown(visibleMask(model, emptyState()))).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(shown(visibleMask(model, { ...emptyState(), hidden: ['project'] }))).toEqual(['a', 'c', 'd']);
		expect(shown(visibleMask(model, { ...emptyState(), themes: ['z'] }))).toEqual(['e']);
		// The sector filter applies to types with a sectoren field only (not thema or organisatie).
		expect(shown(visibleMask(model, { ...emptyState(), sectors: ['vo'] }))).toEqual(['a', 'd', 'e']);
		expect(shown(visibleMask(model, { ...emptyState(), node: 'a', focus: true }))).toEqual(['a', 'b']);
		expect(shown(visibleMask(model, { ...emptyState(), node: 'b', hidden: ['project'] }))).toEqual(['a', 'b', 'c', 'd']);
	});

	it('counts types for the legend, overall and within a local graph', () => {
		const mask = visibleMask(model, { ...emptyState(), themes: ['a'] });
		expect(typeCounts(model, mask).find((c) => c.type === 'project')).toMatchObject({ total: 2, visible: 1, label: 'Projecten' });
		expect(typeCounts(model, mask, [at('a'), at('b')]).map((c) => c.type)).toEqual(['thema', 'project']);
	});

	it('finds nodes by title words, accent- and case-insensitive', () => {
		expect(
			findNodes(model, 'FEEDBACK')
				.map((i) => data.ids[i])
				.sort()
		).toEqual(['b', 'c']);
		expect(findNodes(model, 'feedback klas').map((i) => data.ids[i])).toEqual(['b']);
		expect(findNodes(model, '')).toEqual([]);
	});

	it('builds a capped local graph with the centre in the middle', () => {
		const { nodes, total } = localNodes(model, at('a'), 2, 3);
		expect(total).toBe(4);
		expect(nodes).toHaveLength(3);
		expect(nodes).toContain(at('a'));
		const pos = radialLayout(model, at('a'), nodes);
		expect(pos.get(at('a'))).toMatchObject({ x: 0, y: 0 });
		const r = (i: number) => Math.hypot(pos.get(i)!.x, pos.get(i)!.y);
		const outer = nodes.find((i) => i !== at('a') && i !== at('b'))!;
		expect(r(outer)).toBeGreaterThan(r(at('b')));
	});
});

describe('view state in the URL', () => {
	const vocab = { hasNode: (id: string) => model.index.has(id), types: data.types, themes: data.themes, sectors: data.sectors };

	it('round-trips through the query string', () => {
		const state = {
			node: 'b',
			path: [],
			hidden: ['organisatie'],
			themes: ['a'],
			sectors: ['po', 'vo'],
			focus: true,
			depth: 2 as const,
			colour: 'cluster' as const,
			from: null,
			to: null,
			camera: { x: 0.5, y: 0.25, ratio: 0.3 }
		};
		const query = serializeState(state);
		expect(query).toBe('?knoop=b&verberg=organisatie&thema=a&sector=po,vo&focus=1&diepte=2&kleur=cluster&x=0.5&y=0.25&zoom=0.3');
		expect(parseState(query, vocab)).toEqual(state);
	});

	it('keeps the coverage lens and the time window, read the right way round, and drops impossible years', () => {
		const state = { ...emptyState(), colour: 'dekking' as const, from: 2020, to: 2023 };
		expect(serializeState(state)).toBe('?kleur=dekking&van=2020&tot=2023');
		expect(parseState('?kleur=dekking&van=2023&tot=2020', vocab)).toEqual(state);
		expect(parseState('?van=20.5&tot=99999', vocab)).toEqual(emptyState());
		expect(parseState('?tot=2022', vocab)).toEqual({ ...emptyState(), to: 2022 });
	});

	it('leaves defaults out and drops unknown values', () => {
		expect(serializeState(emptyState())).toBe('');
		expect(parseState('?knoop=bestaat-niet&verberg=x,project&sector=hbo&zoom=-1&x=1&y=1&focus=1&kleur=regenboog', vocab)).toEqual({
			...emptyState(),
			hidden: ['project']
		});
	});

	it('keeps a path in order, all or nothing', () => {
		const state = { ...emptyState(), path: ['a', 'b', 'c'] };
		expect(serializeState(state)).toBe('?pad=a,b,c');
		expect(parseState('?pad=a,b,c', vocab)).toEqual(state);
		// Order is the path's, not sorted: the reverse walk is a different URL.
		expect(parseState('?pad=c,b,a', vocab).path).toEqual(['c', 'b', 'a']);
		expect(serializeState({ ...emptyState(), node: 'b', path: ['c', 'b'] })).toBe('?knoop=b&pad=c,b');
		// An unknown id would join two nodes that are not neighbours; one node is not a path.
		expect(parseState('?pad=a,bestaat-niet,c', vocab).path).toEqual([]);
		expect(parseState('?pad=a', vocab).path).toEqual([]);
		expect(parseState('?pad=', vocab).path).toEqual([]);
		expect(parseState(`?pad=${Array(30).fill('a,b').join(',')}`, vocab).path).toEqual([]);
		// A path change is a new view (history entry), not a camera move.
		expect(sameExceptCamera(emptyState(), state)).toBe(false);
	});

	it('always shows the nodes of a highlighted path, whatever the filters', () => {
		expect(shown(visibleMask(model, { ...emptyState(), hidden: ['project'], path: ['a', 'b', 'c'] }))).toEqual(['a', 'b', 'c', 'd']);
		expect(relationLabel(model, at('c'), at('b'))).toBe('Projecten');
		expect(relationLabel(model, at('b'), at('c'))).toBe('Kennisvragen');
		expect(relationLabel(model, at('a'), at('c'))).toBe('');
	});

	it('treats camera moves as the same view', () => {
		const a = { ...emptyState(), node: 'b' };
		expect(sameExceptCamera(a, { ...a, camera: { x: 1, y: 1, ratio: 1 } })).toBe(true);
		expect(sameExceptCamera(a, { ...a, node: 'c' })).toBe(false);
	});
});

describe('clusters (colour by community)', () => {
	// Community 1 has three nodes, community 2 two, the other ten one each: twelve clusters, two past the palette.
	const community = [0, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
	const degree = [4, 1, 7, 2, 3, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1];
	const n = community.length;
	const many = createModel({
		...data,
		communities: 12,
		ids: community.map((_, i) => `n${i}`),
		titles: community.map((_, i) => `Knoop ${i}`),
		type: new Array(n).fill(0),
		x: new Array(n).fill(0),
		y: new Array(n).fill(0),
		size: new Array(n).fill(1),
		degree,
		community,
		theme: community.map(() => []),
		sector: new Array(n).fill(0),
		edges: []
	});

	it('lists clusters largest first (ties by number), each named after its best-connected node', () => {
		const list = clusters(many);
		expect(list.map((c) => c.community)).toEqual([1, 2, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(list.map((c) => c.size).slice(0, 3)).toEqual([3, 2, 1]);
		expect(list[0].hub).toBe(2);
		expect(list[1].hub).toBe(5);
	});

	it('gives the largest clusters the palette and the rest one shared colour', () => {
		const list = clusters(many);
		expect(list.slice(0, CLUSTER_PALETTE.length).map((c) => c.color)).toEqual(CLUSTER_PALETTE);
		expect(list.slice(CLUSTER_PALETTE.length).map((c) => c.color)).toEqual([OTHER_CLUSTERS, OTHER_CLUSTERS]);
		const colours = clusterColours(many, list);
		expect(colours[3]).toBe(CLUSTER_PALETTE[0]);
		expect(colours[4]).toBe(CLUSTER_PALETTE[1]);
		expect(colours[0]).toBe(CLUSTER_PALETTE[2]);
		expect(colours[n - 1]).toBe(OTHER_CLUSTERS);
		expect(new Set(CLUSTER_PALETTE).size).toBe(CLUSTER_PALETTE.length);
	});
});
