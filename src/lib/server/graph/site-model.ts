/**
 * The Site every emitter reads: nodes with their indexes, the graph, and typed accessors, so pages and
 * emitters ask "the kennisvragen this project works on" instead of casting frontmatter values.
 * Free of SvelteKit, so tests and scripts build it too.
 */
import { asList } from '../../registry/fields.ts';
import type { TypeName } from '../../registry/registry.ts';
import type { ContentNode, Relation } from '../load/index.ts';
import { buildGraph, updatedGraph, type KnowledgeGraph } from './build.ts';
import { field, hierarchy, type Hierarchy } from './hierarchy.ts';

export interface Site {
	nodes: ContentNode[];
	byId: Map<string, ContentNode>;
	byType: Map<string, ContentNode[]>;
	relations: Relation[];
	graph: KnowledgeGraph;
	hierarchy: Hierarchy;
	/** Nodes of a type in agenda order (thema 1 before 2, its gamechangers by number, then by title). */
	of<T extends TypeName>(type: T): ContentNode<T>[];
	/** The nodes a field of this node points to, in the field's order. */
	targets(node: ContentNode, fieldName: string): ContentNode[];
	/** The nodes that point to this node, optionally only of one type or through one field. */
	sources(node: ContentNode, filter?: { type?: string; field?: string }): ContentNode[];
	/** Facet ids from the hierarchy (e.g. the themas of a project). */
	themes(node: ContentNode): string[];
	/** Sector facet values of a node. */
	sectors(node: ContentNode): string[];
}

/** `previous`: in `npm run dev`, the site before an edit, whose graph is brought up to date when it can be. */
export function assembleSite(nodes: ContentNode[], relations: Relation[], previous?: Site): Site {
	const byType = new Map<string, ContentNode[]>();
	for (const n of nodes) {
		const list = byType.get(n.type);
		if (list) list.push(n);
		else byType.set(n.type, [n]);
	}
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const graph = (previous && updatedGraph(previous.graph, nodes, relations)) || buildGraph(nodes, relations);
	const h = hierarchy(byId);
	const ordered = new Map<string, ContentNode[]>();
	return {
		nodes,
		byId,
		byType,
		relations,
		graph,
		hierarchy: h,
		of: <T extends TypeName>(type: T) => {
			let list = ordered.get(type);
			if (!list) ordered.set(type, (list = [...(byType.get(type) ?? [])].sort(h.compare)));
			return list as ContentNode<T>[];
		},
		targets: (node, name) => asList(field(node, name)).flatMap((id) => byId.get(id) ?? []),
		sources: (node, filter = {}) => {
			const out = new Set<ContentNode>();
			for (const edge of graph.inEdges(node.id)) {
				if (filter.field && graph.getEdgeAttribute(edge, 'type') !== filter.field) continue;
				const source = byId.get(graph.source(edge))!;
				if (!filter.type || source.type === filter.type) out.add(source);
			}
			return [...out];
		},
		themes: (node) => h.facet(node, 'thema'),
		sectors: (node) => h.values(node, 'sector')
	};
}
