/**
 * Facets: the values a node is filtered by. "thema" is derived through the graph,
 * so a project that only names kennisvragen still shows up under their themes.
 */
import { registry, SECTOR_LABELS } from '../../registry/types.ts';
import type { ContentNode } from '../load/index.ts';

const asList = (v: unknown): string[] => (v == null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export function themesOf(node: ContentNode, byId: Map<string, ContentNode>): string[] {
	const out = new Set<string>();
	const visit = (n: ContentNode | undefined, depth: number) => {
		if (!n || depth > 3) return;
		if (n.type === 'thema') {
			out.add(n.id);
			return;
		}
		for (const field of ['thema', 'themas', 'gamechanger', 'gamechangers', 'kennisvragen']) {
			for (const id of asList(n.data[field])) visit(byId.get(id), depth + 1);
		}
	};
	visit(node, 0);
	return [...out].sort();
}

export function facetValues(node: ContentNode, facet: string, byId: Map<string, ContentNode>): string[] {
	if (facet === 'thema') return themesOf(node, byId);
	return asList(node.data[facet]);
}

/** Human label for a facet value: the title for ids, the sector name for sectors, else the value. */
export const facetLabel = (value: string, byId: Map<string, ContentNode>): string =>
	byId.get(value)?.title ?? SECTOR_LABELS[value] ?? value.replace(/-/g, ' ');

export const facetName = (type: string, facet: string) =>
	facet === 'thema' ? 'Thema' : (registry[type].fields[facet]?.label ?? facet);
