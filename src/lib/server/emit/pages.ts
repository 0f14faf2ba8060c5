/** Emit: the data each prerendered page receives. Pure functions of the Site. */
import { filterLabel, registry, relationOf, typeNames } from '../../registry/registry.ts';
import { typeUrl } from '../../urls.ts';
import { facetLabel, facetValues } from '../graph/facets.ts';
import type { ContentNode } from '../load/index.ts';
import type { TypeName } from '../../registry/registry.ts';
import type { Site } from '../site.ts';

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

export function listingPage(site: Site, type: string) {
	const def = registry[type];
	const nodes = site.of(type as TypeName);
	const filters = def.filters.map((facet) => {
		const counts = new Map<string, number>();
		for (const n of nodes) for (const v of facetValues(site, n, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
		return {
			facet,
			label: filterLabel(type, facet),
			options: [...counts].map(([value, count]) => ({ value, label: facetLabel(value, site.byId), count })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))
		};
	});
	return {
		type,
		label: def.plural,
		intro: def.intro,
		filters,
		items: nodes.map((n) => ({
			...toRef(n),
			summary: n.summary.length > 200 ? `${n.summary.slice(0, 200).replace(/\s\S*$/, '')}…` : n.summary,
			facets: Object.fromEntries(def.filters.map((f) => [f, facetValues(site, n, f)]))
		}))
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
