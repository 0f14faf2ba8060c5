/**
 * The Site every emitter reads: nodes with their indexes, the graph, and typed accessors, so pages and
 * emitters ask "the kennisvragen this project works on" instead of casting frontmatter values.
 * Free of SvelteKit, so tests and scripts build it too.
 */
import { createHash } from 'node:crypto';
import { asList } from '../../registry/fields.ts';
import { getType, type TypeName } from '../../registry/registry.ts';
import type { ContentNode, Relation } from '../load/index.ts';
import { buildGraph, withQuotesOf, type KnowledgeGraph } from './build.ts';
import { carryRelated } from './related.ts';
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

type Content = Pick<Site, 'nodes' | 'relations'>;

/** What of a node its pages show besides its body: all but `body`, `html` and `data` (compared on their own). */
const nodeShape = (n: ContentNode) => [n.id, n.type, n.file, n.title, n.summary, n.url];
/** nodeShape without the title. */
const nodeFrame = (n: ContentNode) => [n.id, n.type, n.file, n.summary, n.url];
/** A relation but for a link's quote, which comes from the body. */
const relationShape = (r: Relation) => [r.source, r.target, r.type];
const same = (a: unknown[], b: unknown[]) => a.every((v, i) => v === b[i]);

/**
 * Whether `after` differs from `before` only in bodies' text: the same nodes in the same order with the same fields,
 * title, summary, file and address, and the same relations but for a link's quote. An unchanged file's fields are the
 * content cache's same object in both, so they are compared as text only where they are not.
 */
export function onlyBodiesChanged(before: Content, after: Content): boolean {
	if (before.nodes.length !== after.nodes.length || before.relations.length !== after.relations.length) return false;
	const sameNode = (m: ContentNode, i: number) => {
		const n = after.nodes[i];
		return same(nodeShape(m), nodeShape(n)) && (m.data === n.data || JSON.stringify(m.data) === JSON.stringify(n.data));
	};
	return before.nodes.every(sameNode) && before.relations.every((r, i) => same(relationShape(r), relationShape(after.relations[i])));
}

/**
 * A hash of what onlyBodiesChanged compares, for a build to compare with the build before it: two contents with the
 * same hash differ only in bodies' text. `titles: false` leaves the titles out too (frameHash).
 */
export function shapeHash(content: Content, { titles = true } = {}): string {
	const hash = createHash('sha256').update(`${content.nodes.length} ${content.relations.length} ${titles}`);
	// Node by node, so that 50,000 nodes' fields are never one string.
	for (const n of content.nodes) hash.update(JSON.stringify(titles ? [nodeShape(n), n.data] : untitled(n)));
	for (const r of content.relations) hash.update(JSON.stringify(relationShape(r)));
	return hash.digest('hex');
}
/** A node's shape and fields without its title, which is also a field (the registry's titleField). */
function untitled(n: ContentNode): unknown[] {
	const { [getType(n.type)!.titleField]: _title, ...data } = n.data as Record<string, unknown>;
	return [nodeFrame(n), data];
}
/**
 * A hash of the content but for bodies' text and titles: two contents with the same frame differ only in what the
 * node pages' body and title inputs cover (src/lib/server/reuse/), so a page whose inputs are the same has the same data.
 */
export const frameHash = (content: Content) => shapeHash(content, { titles: false });

const shapes = new WeakMap<Content, string>();
const frames = new WeakMap<Content, string>();
/** shapeHash of a site, worked out once (the node pages and the large files ask). */
export const siteShape = (site: Content) => shapes.get(site) ?? (shapes.set(site, shapeHash(site)), shapes.get(site)!);
/** frameHash of a site, worked out once. */
export const siteFrame = (site: Content) => frames.get(site) ?? (frames.set(site, frameHash(site)), frames.get(site)!);

/**
 * `previous`: in `npm run dev`, the site before an edit. When the edit changed only bodies' text, its graph (with the
 * new quotes) and its related items are taken over instead of being made anew.
 */
export function assembleSite(nodes: ContentNode[], relations: Relation[], previous?: Site): Site {
	const byType = new Map<string, ContentNode[]>();
	for (const n of nodes) {
		const list = byType.get(n.type);
		if (list) list.push(n);
		else byType.set(n.type, [n]);
	}
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const same = previous && onlyBodiesChanged(previous, { nodes, relations }) ? previous : undefined;
	const graph = same ? withQuotesOf(same.graph, relations) : buildGraph(nodes, relations);
	const h = hierarchy(byId);
	const ordered = new Map<string, ContentNode[]>();
	const site: Site = {
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
	if (same) carryRelated(same, site);
	return site;
}
