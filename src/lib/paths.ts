/**
 * Shortest paths between two nodes, in the browser, on the compact graph of /verband.json.
 * The graph is treated as undirected: "hoe hangen A en B samen" does not care who cites whom.
 */

/** /verband.json: nodes as [id, type index, title]; adj[i] = [neighbour, label index, …] flat. */
export interface CompactGraph {
	types: string[];
	labels: string[];
	nodes: [string, number, string][];
	adj: number[][];
}

export interface PathResult {
	/** Number of hops of a shortest path; -1 when not connected. */
	length: number;
	/** How many shortest paths exist (may exceed the ones listed). */
	total: number;
	/** Up to `cap` shortest paths, each a list of node indexes from `from` to `to`. */
	paths: number[][];
}

/** How broad a node is as a step on a path: by default its number of neighbours, on a log scale. */
export type Breadth = (node: number) => number;

export function allShortestPaths(graph: Pick<CompactGraph, 'adj'>, from: number, to: number, cap = 10, breadthOf?: Breadth): PathResult {
	if (from === to) return { length: 0, total: 1, paths: [[from]] };
	const n = graph.adj.length;
	const dist = new Int32Array(n).fill(-1);
	const count = new Float64Array(n);
	const preds: number[][] = [];
	dist[from] = 0;
	count[from] = 1;
	let frontier = [from];
	// Level by level, stopping after the level that reaches `to`: all its predecessors are known then.
	while (frontier.length && dist[to] < 0) {
		const next: number[] = [];
		for (const u of frontier) {
			const row = graph.adj[u];
			for (let k = 0; k < row.length; k += 2) {
				const v = row[k];
				if (dist[v] < 0) {
					dist[v] = dist[u] + 1;
					preds[v] = [u];
					count[v] = count[u];
					next.push(v);
				} else if (dist[v] === dist[u] + 1 && !preds[v].includes(u)) {
					preds[v].push(u);
					count[v] += count[u];
				}
			}
		}
		frontier = next;
	}
	if (dist[to] < 0) return { length: -1, total: 0, paths: [] };

	// Collect more than are listed, then list first the paths through specific nodes: a step through a broad
	// hub (the agenda, a thema with hundreds of neighbours) says little about how two nodes are connected.
	const pool = cap * 20;
	const paths: number[][] = [];
	const walk = (v: number, suffix: number[]) => {
		if (paths.length >= pool) return;
		if (v === from) {
			paths.push([from, ...suffix]);
			return;
		}
		for (const u of [...preds[v]].sort((a, b) => a - b)) walk(u, [v, ...suffix]);
	};
	walk(to, []);
	const of = breadthOf ?? ((v: number) => Math.log(1 + graph.adj[v].length / 2));
	const breadth = (path: number[]) => path.slice(1, -1).reduce((sum, v) => sum + of(v), 0);
	const ranked = paths.map((path, order) => ({ path, order, cost: breadth(path) })).sort((a, b) => a.cost - b.cost || a.order - b.order);
	return { length: dist[to], total: count[to], paths: ranked.slice(0, cap).map((r) => r.path) };
}

/** The label of the relation from node a to neighbour b, as seen from a. */
export function edgeLabel(graph: CompactGraph, a: number, b: number): string {
	const row = graph.adj[a];
	for (let k = 0; k < row.length; k += 2) if (row[k] === b) return graph.labels[row[k + 1]];
	return '';
}
