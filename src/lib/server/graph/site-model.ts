/** The Site every emitter reads: nodes with their indexes and the graph. Free of SvelteKit, so tests and scripts build it too. */
import type { ContentNode, Relation } from '../load/index.ts';
import { buildGraph, type KnowledgeGraph } from './build.ts';

export interface Site {
	nodes: ContentNode[];
	byId: Map<string, ContentNode>;
	byType: Map<string, ContentNode[]>;
	relations: Relation[];
	graph: KnowledgeGraph;
}

export function assembleSite(nodes: ContentNode[], relations: Relation[]): Site {
	const byType = new Map<string, ContentNode[]>();
	for (const n of nodes) {
		const list = byType.get(n.type);
		if (list) list.push(n);
		else byType.set(n.type, [n]);
	}
	return { nodes, byId: new Map(nodes.map((n) => [n.id, n])), byType, relations, graph: buildGraph(nodes, relations) };
}
