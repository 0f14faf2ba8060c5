import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { forceAtlas2Internals, steppedForceAtlas2 } from '../../src/lib/server/graph/stepped-forceatlas2.ts';
import { computeLayout, iterationsFor, noverlapPassesFor } from '../../src/lib/server/graph/layout.ts';
import { graphData } from '../../src/lib/server/emit/graph-data.ts';
import { asciiJsonText } from '../../src/lib/server/emit/ascii-json.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { contentDir, validFiles } from './helpers.ts';

/** A random graph with a few clusters, like the real one but small enough for a fast test. */
function randomGraph(n: number, m: number, seed: string) {
	const rng = seedrandom(seed);
	const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
	const edges = Array.from({ length: m }, () => {
		const s = Math.floor(rng() * n);
		const cluster = Math.floor(s / 20) * 20;
		const t = rng() < 0.8 ? cluster + Math.floor(rng() * 20) : Math.floor(rng() * n);
		return { source: nodes[s], target: nodes[Math.min(t, n - 1)] };
	});
	return { nodes, edges };
}

const plain = (r: ReturnType<typeof computeLayout>) => ({
	x: [...r.x],
	y: [...r.y],
	community: [...r.community],
	degree: [...r.degree],
	size: [...r.size]
});

describe('build-time layout', () => {
	const input = randomGraph(120, 300, 'test');

	it('gives identical positions, communities and sizes for the same input', () => {
		const a = computeLayout(input, { iterations: 50 });
		const b = computeLayout(input, { iterations: 50 });
		expect(plain(a)).toEqual(plain(b));
	});

	it('reports its iterations without changing a position: the library loop and its assign() agree to the bit', () => {
		// Above 1,000 nodes, so Barnes-Hut runs too; without rounding the positions would still be equal.
		const large = randomGraph(1200, 3000, 'stepped');
		const steps: number[] = [];
		const use = forceAtlas2Internals();
		expect(use, 'graphology-layout-forceatlas2 no longer has the modules the progress loop uses').toBeDefined();
		const stepped = new Graph();
		const whole = new Graph();
		for (const g of [stepped, whole]) {
			const rng = seedrandom('positions');
			for (const id of large.nodes) g.addNode(id, { x: rng() * 100, y: rng() * 100 });
			for (const { source, target } of large.edges) if (source !== target) g.mergeEdge(source, target, { weight: 1 });
		}
		const params = { iterations: 12, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(stepped), barnesHutOptimize: true } };
		expect(steppedForceAtlas2(stepped, params, (done) => steps.push(done), use)).toBe(true);
		expect(steppedForceAtlas2(whole, params, () => expect.fail('assign() has no steps'), null)).toBe(false);
		expect(steps).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
		const positions = (g: Graph) => g.mapNodes((id, a) => [id, a.x, a.y]);
		expect(positions(stepped)).toEqual(positions(whole));
		expect(plain(computeLayout(input, { iterations: 30 }))).toEqual(plain(computeLayout(input, { iterations: 30, forceAtlas2: null })));
	});

	it('does not depend on the order of nodes and edges in the input', () => {
		const a = computeLayout(input, { iterations: 50 });
		const b = computeLayout({ nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() }, { iterations: 50 });
		expect(plain(a)).toEqual(plain(b));
	});

	it('gives different positions for a different seed (the seed is really used)', () => {
		const a = computeLayout(input, { iterations: 50 });
		const b = computeLayout(input, { iterations: 50, seed: 'other' });
		expect([...a.x.values()]).not.toEqual([...b.x.values()]);
	});

	it('places every node at a finite position, sized by degree', () => {
		const r = computeLayout(input, { iterations: 50 });
		for (const id of input.nodes) {
			expect(Number.isFinite(r.x.get(id))).toBe(true);
			expect(Number.isFinite(r.y.get(id))).toBe(true);
		}
		const byDegree = [...r.degree].sort((a, b) => a[1] - b[1]);
		const [low, high] = [byDegree[0][0], byDegree.at(-1)![0]];
		expect(r.size.get(high)!).toBeGreaterThan(r.size.get(low)!);
		expect(r.communities).toBeGreaterThan(1);
	});

	it('uses fewer iterations for larger graphs, and no overlap removal on the largest', () => {
		expect(iterationsFor(10_000)).toBeLessThan(iterationsFor(200));
		expect(noverlapPassesFor(10_000)).toBe(0);
	});

	it('still shows structure with the size-based iteration count: edges much shorter than random pairs', () => {
		const big = randomGraph(800, 3000, 'structure');
		const r = computeLayout(big);
		const d = (a: string, b: string) => Math.hypot(r.x.get(a)! - r.x.get(b)!, r.y.get(a)! - r.y.get(b)!);
		const edges = big.edges.filter((e) => e.source !== e.target);
		const edgeLength = edges.reduce((s, e) => s + d(e.source, e.target), 0) / edges.length;
		const rng = seedrandom('pairs');
		let random = 0;
		for (let k = 0; k < 2000; k++) random += d(big.nodes[Math.floor(rng() * 800)], big.nodes[Math.floor(rng() * 800)]);
		// Random placement gives about 1; the old 300 iterations gave 0.35 on bench/layout-quality.ts's graph.
		expect(edgeLength / (random / 2000)).toBeLessThan(0.6);
	});

	it('handles an empty graph and a single node', () => {
		expect(computeLayout({ nodes: [], edges: [] }).communities).toBe(0);
		const one = computeLayout({ nodes: ['a'], edges: [] });
		expect(Number.isFinite(one.x.get('a'))).toBe(true);
	});
});

describe('/graaf/data.json', () => {
	const { nodes, relations, errors } = loadContent(contentDir(validFiles()));
	expect(errors).toEqual([]);
	const site = assembleSite(nodes, relations);
	const data = graphData(site);

	it('has parallel arrays of one entry per node', () => {
		for (const key of ['ids', 'titles', 'type', 'x', 'y', 'size', 'degree', 'community', 'theme', 'sector'] as const) {
			expect(data[key]).toHaveLength(nodes.length);
		}
		expect(data.edges).toHaveLength(relations.length * 3);
	});

	it('derives themes and sectors for filtering', () => {
		const at = (id: string) => data.ids.indexOf(id);
		expect(data.theme[at('p1')].map((t) => data.themes[t])).toEqual(['t1']);
		// A lectoraat without themas takes its neighbours' (here: its project's); the hogeschool has none to take.
		expect(data.theme[at('l1')].map((t) => data.themes[t])).toEqual(['t1']);
		expect(data.theme[at('hs')]).toEqual([]);
		expect(data.sector[at('g1')]).toBe(1 << data.sectors.indexOf('po'));
	});

	it('is written in ASCII only (fast to decode in the browser), and parses to the same data', () => {
		const value = { ...data, titles: [...data.titles, 'Één ‘quote’ – naïef 😀'] };
		const text = asciiJsonText(value);
		expect(text).toMatch(/^[ -~]*$/);
		expect(JSON.parse(text)).toEqual(value);
	});

	it('labels relations from both sides', () => {
		const e = data.edges;
		const k = [...Array(e.length / 3).keys()].find(
			(j) => data.ids[e[3 * j]] === 'p1' && data.ids[e[3 * j + 1]] === 'l1' && data.rels[e[3 * j + 2]][0] === 'wordt uitgevoerd door'
		);
		expect(k).toBeDefined();
		expect(data.rels[e[3 * k! + 2]]).toEqual(['wordt uitgevoerd door', 'voert uit']);
	});
});

describe('layout cache', async () => {
	const { cachedLayout, layoutKey } = await import('../../src/lib/server/graph/layout-cache.ts');
	const input = randomGraph(60, 120, 'cache');

	it('keys on structure only: same graph in another order, same key; another relation, another key', () => {
		expect(layoutKey(input)).toBe(layoutKey({ nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() }));
		expect(layoutKey(input)).not.toBe(layoutKey({ ...input, edges: [...input.edges, { source: 'n1', target: 'n59' }] }));
	});

	it('returns exactly what computeLayout returns, from the cache the second time', () => {
		const options = { iterations: 20, seed: `test-${Date.now()}` };
		const first = cachedLayout(input, options);
		const second = cachedLayout(input, options);
		expect(second.cached).toBe(true);
		expect(plain(second)).toEqual(plain(computeLayout(input, options)));
		expect(plain(first)).toEqual(plain(second));
	});
});
