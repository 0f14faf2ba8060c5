/**
 * Facets: the values a node is filtered by. A facet type ("thema") is derived through the hierarchy,
 * so a project that only names kennisvragen still shows up under their themes; other filters are fields.
 */
import { asList } from '../../registry/fields.ts';
import { facetType, getType, SECTOR_LABELS } from '../../registry/registry.ts';
import { BRON_LABELS, OWN_INPUT } from '../../registry/sources.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from './site-model.ts';
import { field } from './hierarchy.ts';

export function facetValues(site: Pick<Site, 'hierarchy'>, node: ContentNode, facet: string): string[] {
	if (facetType(facet)) return site.hierarchy.facet(node, facet);
	// A field carrying a value facet (the sectors) and a facet from related nodes include what the registry's facetsVia adds.
	const def = getType(node.type);
	const valueFacet = def?.fields[facet]?.facet ?? (def?.facetsVia?.[facet] ? facet : undefined);
	if (valueFacet) return site.hierarchy.values(node, valueFacet);
	const f = def?.fields[facet];
	if (f?.kind === 'objects' && f.facetOf) return blockFacet(node, facet, f.facetOf);
	return asList(field(node, facet));
}

/** The values of one sub-field of a block's items (the sources in herkomst); a node without the block is own input. */
function blockFacet(node: ContentNode, name: string, sub: string): string[] {
	const items = field(node, name);
	const values = Array.isArray(items) ? [...new Set(items.flatMap((i) => asList((i as Record<string, unknown>)[sub])))] : [];
	return values.length ? values : [OWN_INPUT];
}

/** Human label for a facet value: the title for ids, the sector or source name, else the value. */
export const facetLabel = (value: string, byId: Map<string, ContentNode>): string =>
	byId.get(value)?.title ?? SECTOR_LABELS[value] ?? BRON_LABELS[value] ?? value.replace(/-/g, ' ');
