/**
 * Build-time layout: seeded ForceAtlas2, then noverlap; Louvain communities and degree.
 * Runs once per build in Node, so the browser only reads finished positions.
 * Deterministic: every random choice draws from seedrandom(seed), and nodes and
 * edges are visited in a fixed (sorted) order.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import { phase, still } from '../progress.ts';
import { steppedForceAtlas2, type ForceAtlas2Internals } from './stepped-forceatlas2.ts';

/** Bump when the layout code or its settings change, so cached layouts are recomputed. */
export const LAYOUT_VERSION = 3;

export interface LayoutInput {
	/** Node ids; order does not matter (they are sorted). */
	nodes: string[];
	/** Relations; direction, duplicates and self-loops are ignored for layout. */
	edges: { source: string; target: string }[];
}

export interface LayoutResult {
	x: Map<string, number>;
	y: Map<string, number>;
	/** Number of distinct neighbours. */
	degree: Map<string, number>;
	community: Map<string, number>;
	communities: number;
	/** Visual size in screen pixels at zoom 1 (sigma's node size). */
	size: Map<string, number>;
	iterations: number;
}

export interface LayoutOptions {
	seed?: string;
	/** Override the size-based iteration count (tests use small numbers). */
	iterations?: number;
	/** The library modules for a layout that reports its iterations; null runs the library's assign() (a test compares). */
	forceAtlas2?: ForceAtlas2Internals | null;
}

/** Fewer FA2 iterations for larger graphs keep a 10k-node build well under a minute. */
export function iterationsFor(order: number): number {
	if (order <= 300) return 600;
	// Starting from community-seeded positions, the layout settles early: at 1,000 nodes 100 iterations leave edges as
	// short, relative to the spread, as 300 did (bench/layout-quality.ts), at a third of the cost.
	if (order <= 2000) return 100;
	if (order <= 6000) return 60;
	return 40;
}

/**
 * Passes of overlap removal. Above 2,000 nodes it is skipped: it cost as much as ForceAtlas2 itself (9 of 19 s at
 * 10,000 nodes, quadratic inside crowded grid cells), and at that size the overview fades most nodes anyway.
 */
export function noverlapPassesFor(order: number): number {
	if (order <= 300) return 150;
	if (order <= 2000) return 40;
	return 0;
}

/** Size by degree: a gentle square-root curve so hubs stand out without hiding their neighbours. */
export const sizeFor = (degree: number, maxDegree: number, order: number) => {
	const [min, max] = order > 2000 ? [1.5, 14] : [4, 18];
	return Math.round((min + (max - min) * Math.sqrt(degree / Math.max(1, maxDegree))) * 10) / 10;
};

export function computeLayout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
	const seed = options.seed ?? 'kennisgraaf';
	const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	const ids = [...input.nodes].sort();
	for (const id of ids) graph.addNode(id);
	const pairs = input.edges
		.filter((e) => e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target))
		.map((e) => (e.source < e.target ? [e.source, e.target] : [e.target, e.source]))
		.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
	for (const [s, t] of pairs) {
		// Repeated relations between the same pair pull harder in the layout.
		if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, 'weight', (w: number) => w + 1);
		else graph.addEdge(s, t, { weight: 1 });
	}

	// Communities first: they seed the starting positions, so FA2 starts near a good
	// arrangement and converges in fewer iterations. One library call without progress (3 s at 50,000 nodes): the line
	// before it keeps the graph's construction out of its silence.
	phase('graaflayout: clusters zoeken', `${graph.order} knopen, ${graph.size} verbindingen`);
	const community = louvain(graph, { rng: seedrandom(`${seed}:louvain`), getEdgeWeight: 'weight' }) as Record<string, number>;
	const communityIds = [...new Set(ids.map((id) => community[id]))].sort((a, b) => a - b);
	still(`graaflayout: ${communityIds.length} clusters`);
	const renumber = new Map(communityIds.map((c, i) => [c, i]));
	const sizes = new Map<number, number>();
	for (const id of ids) sizes.set(renumber.get(community[id])!, (sizes.get(renumber.get(community[id])!) ?? 0) + 1);

	const rng = seedrandom(`${seed}:positions`);
	const spread = Math.sqrt(ids.length) * 10;
	const k = communityIds.length;
	for (const id of ids) {
		const c = renumber.get(community[id])!;
		const angle = (2 * Math.PI * c) / Math.max(1, k);
		const radius = k > 1 ? spread : 0;
		const local = Math.sqrt(sizes.get(c)!) * 4;
		graph.mergeNodeAttributes(id, {
			x: radius * Math.cos(angle) + (rng() - 0.5) * local,
			y: radius * Math.sin(angle) + (rng() - 0.5) * local
		});
	}

	const iterations = options.iterations ?? iterationsFor(graph.order);
	if (graph.order > 1) {
		const settings = forceAtlas2.inferSettings(graph);
		const params = {
			iterations,
			getEdgeWeight: 'weight',
			settings: {
				...settings,
				// Barnes-Hut turns the O(n²) repulsion into O(n log n): needed for thousands of nodes.
				barnesHutOptimize: graph.order > 1000,
				// Gephi's default; graphology's 0.5 cost 8.0 instead of 4.8 CPU-s at 10,000 nodes, with edges as short.
				barnesHutTheta: 1.2,
				linLogMode: false,
				outboundAttractionDistribution: true,
				adjustSizes: false,
				edgeWeightInfluence: 0.5
			}
		};
		steppedForceAtlas2(graph, params, (done) => still(`graaflayout ${done}/${iterations} iteraties`), options.forceAtlas2);
	}

	const degree = new Map(ids.map((id) => [id, graph.degree(id)]));
	const maxDegree = Math.max(1, ...degree.values());
	const size = new Map(ids.map((id) => [id, sizeFor(degree.get(id)!, maxDegree, graph.order)]));

	// Noverlap works in layout units: scale the screen sizes to the layout's extent
	// (as sigma will fit it into roughly 800 px) so nodes do not cover each other at zoom 1.
	const overlapPasses = noverlapPassesFor(graph.order);
	if (graph.order > 1 && overlapPasses > 0) {
		let minX = Infinity,
			maxX = -Infinity,
			minY = Infinity,
			maxY = -Infinity;
		graph.forEachNode((_, a) => {
			minX = Math.min(minX, a.x);
			maxX = Math.max(maxX, a.x);
			minY = Math.min(minY, a.y);
			maxY = Math.max(maxY, a.y);
		});
		const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / 800;
		graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', size.get(id)! * unitsPerPixel));
		noverlap.assign(graph, {
			maxIterations: overlapPasses,
			// About one node per grid cell keeps each pass linear on large graphs.
			settings: { margin: 1 * unitsPerPixel, ratio: 1.1, speed: 3, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) }
		});
	}

	const round = (v: number) => Math.round(v * 100) / 100;
	return {
		x: new Map(ids.map((id) => [id, round(graph.getNodeAttribute(id, 'x'))])),
		y: new Map(ids.map((id) => [id, round(graph.getNodeAttribute(id, 'y'))])),
		degree,
		community: new Map(ids.map((id) => [id, renumber.get(community[id])!])),
		communities: k,
		size,
		iterations
	};
}
