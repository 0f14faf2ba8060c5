/**
 * Facets: the values a node is filtered by. A facet type ("thema") is derived through the hierarchy,
 * so a project that only names kennisvragen still shows up under their themes; other filters are fields.
 */
import { asList } from '../../registry/fields.ts';
import { facetType, getType, SECTOR_LABELS } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from './site-model.ts';
import { field } from './hierarchy.ts';

export function facetValues(site: Pick<Site, 'hierarchy'>, node: ContentNode, facet: string): string[] {
	if (facetType(facet)) return site.hierarchy.facet(node, facet);
	// A field carrying a value facet (the sectors) and a facet from related nodes include what the registry's facetsVia adds.
	const def = getType(node.type);
	const valueFacet = def?.fields[facet]?.facet ?? (def?.facetsVia?.[facet] ? facet : undefined);
	if (valueFacet) return site.hierarchy.values(node, valueFacet);
	return asList(field(node, facet));
}

/** Human label for a facet value: the title for ids, the sector name for sectors, else the value. */
export const facetLabel = (value: string, byId: Map<string, ContentNode>): string => byId.get(value)?.title ?? SECTOR_LABELS[value] ?? value.replace(/-/g, ' ');
