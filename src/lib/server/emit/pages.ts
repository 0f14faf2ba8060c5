/** Emit: the data each prerendered page receives. Pure functions of the Site. */
import { registry, relationOf, typeNames } from '../../registry/registry.ts';
import { typeUrl } from '../../urls.ts';
import { relatedFor } from '../graph/related.ts';
import { siteUrl } from '../config.ts';
import { jsonLd, serializeJsonLd } from './jsonld.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

export interface NodeRef {
	id: string;
	type: string;
	title: string;
	url: string;
	voorbeeld?: boolean;
}

export interface RelationGroup {
	type: string;
	label: string;
	items: (NodeRef & { via: string[] })[];
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

/** Relations of one direction, grouped by the other node's type in registry order. */
function group(site: Site, id: string, incoming: boolean): RelationGroup[] {
	const groups = new Map<string, Map<string, NodeRef & { via: string[] }>>();
	const edges = incoming ? site.graph.inEdges(id) : site.graph.outEdges(id);
	for (const edge of edges) {
		const other = incoming ? site.graph.source(edge) : site.graph.target(edge);
		if (other === id) continue;
		const node = site.byId.get(other)!;
		const sourceType = incoming ? node.type : site.byId.get(id)!.type;
		const via = relationLabel(sourceType, site.graph.getEdgeAttribute(edge, 'type'), incoming);
		const byNode = groups.get(node.type) ?? new Map();
		groups.set(node.type, byNode);
		const item = byNode.get(other) ?? { ...toRef(node), via: [] };
		if (!item.via.includes(via)) item.via.push(via);
		byNode.set(other, item);
	}
	return typeNames
		.filter((t) => groups.has(t))
		.map((t) => ({
			type: t,
			label: registry[t].plural,
			// A relation named like its group ("Projecten" under Projecten) says nothing new.
			items: [...groups.get(t)!.values()]
				.map((item) => ({ ...item, via: item.via.filter((v) => v !== registry[t].plural) }))
				.sort((a, b) => a.title.localeCompare(b.title, 'nl'))
		}));
}

/** agenda → thema → gamechanger → kennisvraag: the node's ancestors, root first. */
export const breadcrumbs = (site: Site, node: ContentNode): NodeRef[] => site.hierarchy.ancestors(node).reverse().map(toRef);

/** A thema's gamechangers with their kennisvragen and how many projects address each. */
export function themaTree(site: Site, thema: ContentNode) {
	const kv = site.of('kennisvraag').filter((k) => k.data.thema === thema.id);
	const withCounts = (list: ContentNode[]) => list.map((k) => ({ ...toRef(k), projecten: site.sources(k, { type: 'project' }).length }));
	return {
		gamechangers: site
			.of('gamechanger')
			.filter((g) => g.data.thema === thema.id)
			.map((g) => ({ ...toRef(g), sectoren: g.data.sectoren ?? [], kennisvragen: withCounts(kv.filter((k) => k.data.gamechanger === g.id)) })),
		losseKennisvragen: withCounts(kv.filter((k) => !k.data.gamechanger))
	};
}

export function nodePage(site: Site, id: string) {
	const node = site.byId.get(id)!;
	const refs: Record<string, NodeRef> = {};
	for (const edge of site.graph.outEdges(id)) {
		const target = site.byId.get(site.graph.target(edge))!;
		refs[target.id] = toRef(target);
	}
	return {
		node: { ...toRef(node), html: node.html, summary: node.summary, data: node.data, file: node.file },
		refs,
		outgoing: group(site, id, false),
		backlinks: group(site, id, true),
		breadcrumbs: breadcrumbs(site, node),
		themaTree: node.type === 'thema' ? themaTree(site, node) : undefined,
		related: relatedFor(site, id),
		jsonLd: serializeJsonLd(jsonLd(site, node, siteUrl()))
	};
}

export function homePage(site: Site, base: string) {
	return {
		counts: typeNames.map((t) => ({ type: t, label: registry[t].plural, url: typeUrl(base, t), count: site.byType.get(t)?.length ?? 0 })),
		// The Kennisagenda is the agenda the themes hang under.
		kennisagenda: site.of('thema').flatMap((t) => site.hierarchy.parent(t) ?? []).map(toRef)[0],
		themas: site.of('thema').map(toRef),
		relations: site.relations.length
	};
}

/** /graph.json: every node page and every relation. */
export function graphJson(site: Site) {
	return {
		nodes: site.nodes.map((n) => ({ ...n.data, id: n.id, type: n.type, title: n.title, url: n.url, voorbeeld: Boolean(n.data.voorbeeld) })),
		edges: site.relations.map((r) => ({ source: r.source, target: r.target, type: r.type }))
	};
}
