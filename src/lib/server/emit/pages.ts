/** Emit: the data each prerendered page receives. Pure functions of the Site. */
import { registry, relationOf, typeNames } from '../../registry/registry.ts';
import { typeUrl } from '../../urls.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import type { Utf8Sink } from '../utf8-sink.ts';

export interface NodeRef {
	id: string;
	type: string;
	title: string;
	url: string;
	voorbeeld?: boolean;
}

export const toRef = (n: ContentNode): NodeRef => ({
	id: n.id,
	type: n.type,
	title: n.title,
	url: n.url,
	...(n.data.voorbeeld ? { voorbeeld: true } : {})
});

export function relationLabel(sourceType: string, relation: string, incoming: boolean): string {
	const rel = relationOf(sourceType, relation);
	if (!rel) return relation;
	return incoming ? rel.field.inverse : rel.label;
}

/** agenda → thema → gamechanger → kennisvraag: the node's ancestors, root first. */
export const breadcrumbs = (site: Site, node: ContentNode): NodeRef[] => site.hierarchy.ancestors(node).reverse().map(toRef);

export function homePage(site: Site, base: string) {
	return {
		counts: typeNames.map((t) => ({ type: t, label: registry[t].plural, url: typeUrl(base, t), count: site.byType.get(t)?.length ?? 0 })),
		// The Kennisagenda is the agenda the themes hang under.
		kennisagenda: site
			.of('thema')
			.flatMap((t) => site.hierarchy.parent(t) ?? [])
			.map(toRef)[0],
		themas: site.of('thema').map(toRef),
		relations: site.relations.length
	};
}

const graphJsonNode = (n: ContentNode) => ({ ...n.data, id: n.id, type: n.type, title: n.title, url: n.url, voorbeeld: Boolean(n.data.voorbeeld) });
const graphJsonEdge = (r: Site['relations'][number]) => ({ source: r.source, target: r.target, type: r.type });

/** /graph.json: every node page and every relation. */
export function graphJson(site: Site) {
	return { nodes: site.nodes.map(graphJsonNode), edges: site.relations.map(graphJsonEdge) };
}

/** Writes the text of JSON.stringify(graphJson(site)) into `sink`, node by node and edge by edge. */
export function writeGraphJson(site: Site, sink: Utf8Sink) {
	sink.write('{"nodes":[');
	sink.writeJsonItems(site.nodes, graphJsonNode);
	sink.write('],"edges":[');
	sink.writeJsonItems(site.relations, graphJsonEdge);
	sink.write(']}');
	sink.end();
}
