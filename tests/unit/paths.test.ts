import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import { allShortestPaths, edgeLabel, type CompactGraph } from '../../src/lib/paths.ts';
import { compactGraph } from '../../src/lib/server/emit/verband.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

/** Undirected adjacency from edge pairs, labels unused. */
const adj = (n: number, edges: [number, number][]) => {
	const a: number[][] = Array.from({ length: n }, () => []);
	for (const [x, y] of edges) {
		a[x].push(y, 0);
		a[y].push(x, 0);
	}
	return { adj: a };
};

describe('allShortestPaths', () => {
	it('finds every shortest path of a diamond, and no longer ones', () => {
		// 0-1-3, 0-2-3, and a longer 0-4-5-3
		const g = adj(6, [
			[0, 1],
			[1, 3],
			[0, 2],
			[2, 3],
			[0, 4],
			[4, 5],
			[5, 3]
		]);
		expect(allShortestPaths(g, 0, 3)).toEqual({
			length: 2,
			total: 2,
			paths: [
				[0, 1, 3],
				[0, 2, 3]
			]
		});
	});

	it('counts all shortest paths but lists at most the cap', () => {
		// Two diamonds in a row: 2 × 2 = 4 shortest paths.
		const g = adj(7, [
			[0, 1],
			[0, 2],
			[1, 3],
			[2, 3],
			[3, 4],
			[3, 5],
			[4, 6],
			[5, 6]
		]);
		const r = allShortestPaths(g, 0, 6, 3);
		expect(r.total).toBe(4);
		expect(r.length).toBe(4);
		expect(r.paths).toHaveLength(3);
		for (const p of r.paths) expect(p[0] === 0 && p.at(-1) === 6 && p.length === 5).toBe(true);
	});

	it('lists paths through specific nodes before paths through a broad hub', () => {
		// 0-1-9 and 0-2-9, where 1 is a hub with many other neighbours (3..8).
		const g = adj(10, [
			[0, 1],
			[1, 9],
			[0, 2],
			[2, 9],
			[1, 3],
			[1, 4],
			[1, 5],
			[1, 6],
			[1, 7],
			[1, 8]
		]);
		expect(allShortestPaths(g, 0, 9).paths).toEqual([
			[0, 2, 9],
			[0, 1, 9]
		]);
	});

	it('reports unconnected nodes and the trivial path', () => {
		const g = adj(3, [[0, 1]]);
		expect(allShortestPaths(g, 0, 2)).toEqual({ length: -1, total: 0, paths: [] });
		expect(allShortestPaths(g, 1, 1)).toEqual({ length: 0, total: 1, paths: [[1]] });
	});
});

describe('/verband.json', () => {
	const site = siteFrom({ ...base(), ...project('p1', 'P', { kennisvragen: ['k1'], lectoraten: ['l1'] }) });
	const g = compactGraph(site);
	const i = (id: string) => g.nodes.findIndex((n) => n[0] === id);

	it('is undirected, labels each direction and leaves out source references', () => {
		expect(edgeLabel(g, i('p1'), i('k1'))).toBe('werkt aan');
		expect(edgeLabel(g, i('k1'), i('p1'))).toBe('wordt onderzocht door');
		expect(edgeLabel(g, i('p1'), i('l1'))).toBe('wordt uitgevoerd door');
		// k1 and t1 both cite agenda ka as bron; only t1 belongs to it (thema.agenda).
		expect(edgeLabel(g, i('k1'), i('ka'))).toBe('');
		expect(edgeLabel(g, i('t1'), i('ka'))).toBe('hoort bij');
		expect(g.types[g.nodes[i('p1')][1]]).toBe('project');
	});

	it('gives path lengths equal to graphology’s on the shipped content', () => {
		const { nodes, relations } = loadContent('content');
		const real: CompactGraph = compactGraph({ nodes, relations, byId: new Map(nodes.map((n) => [n.id, n])) });
		const reference = new UndirectedGraph();
		real.nodes.forEach((_, k) => reference.addNode(k));
		real.adj.forEach((row, a) => {
			for (let k = 0; k < row.length; k += 2) if (!reference.hasEdge(a, row[k])) reference.addEdge(a, row[k]);
		});
		for (let k = 0; k < 40; k++) {
			const a = (k * 7919) % real.nodes.length;
			const b = (k * 104729 + 13) % real.nodes.length;
			const expected = bidirectional(reference, String(a), String(b));
			const r = allShortestPaths(real, a, b, 5);
			expect(r.length).toBe(expected ? expected.length - 1 : -1);
			for (const p of r.paths) for (let s = 0; s + 1 < p.length; s++) expect(reference.hasEdge(p[s], p[s + 1])).toBe(true);
		}
	});
});
