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

const edgeAttributes = (r: Relation) => ({ type: r.type, ...(r.context ? { context: r.context } : {}) });

export function buildGraph(nodes: ContentNode[], relations: Relation[]): KnowledgeGraph {
	const graph: KnowledgeGraph = new MultiDirectedGraph();
	for (const n of nodes) graph.addNode(n.id, { type: n.type, title: n.title, url: n.url });
	// Keyed by position: graphology's own keys are random per graph and checked one by one (60 ms of each edit in
	// `npm run dev` at 10,000 nodes), and keys serve only as handles here (nothing exports them); withQuotesOf
	// relies on it.
	relations.forEach((r, i) => graph.addEdgeWithKey(i, r.source, r.target, edgeAttributes(r)));
	return graph;
}

/**
 * The graph of a site before an edit, with its links' quotes taken from `relations`, in place: for an edit that
 * changed only bodies' text (onlyBodiesChanged), where building the graph anew took 0.35 s of each edit in
 * `npm run dev` at 10,000 nodes. The edges are keyed by their relation's position (buildGraph).
 */
export function withQuotesOf(graph: KnowledgeGraph, relations: Relation[]): KnowledgeGraph {
	relations.forEach((r, i) => graph.replaceEdgeAttributes(String(i), edgeAttributes(r)));
	return graph;
}
