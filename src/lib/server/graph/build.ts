/** Graph: validated nodes and relations → a graphology graph with indexed neighbourhoods. */
import { MultiDirectedGraph } from 'graphology';
import type { ContentNode, Relation } from '../load/index.ts';
import type { LinkQuote } from '../load/link-context.ts';

export interface NodeAttributes {
	type: string;
	title: string;
	url: string;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, { type: string; context?: LinkQuote }>;

export function buildGraph(nodes: ContentNode[], relations: Relation[]): KnowledgeGraph {
	const graph: KnowledgeGraph = new MultiDirectedGraph();
	for (const n of nodes) graph.addNode(n.id, { type: n.type, title: n.title, url: n.url });
	// Keyed by position: graphology's own keys are random per graph and checked one by one (60 ms of each edit in
	// `npm run dev` at 10,000 nodes), and keys serve only as handles here (nothing exports them).
	relations.forEach((r, i) => graph.addEdgeWithKey(i, r.source, r.target, { type: r.type, ...(r.context ? { context: r.context } : {}) }));
	return graph;
}
