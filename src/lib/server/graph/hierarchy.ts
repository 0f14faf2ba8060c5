/**
 * The agenda hierarchy (agenda → thema → gamechanger → kennisvraag), walked through each type's
 * `parent` fields in the registry: parents, ancestors, agenda order, and the facets that follow
 * from it (the thema of a project is the thema above the kennisvragen it works on).
 */
import { asList } from '../../registry/fields.ts';
import { facetFields, facetType, getType, isUnder, relationFields } from '../../registry/registry.ts';
import type { Step } from '../../registry/typedef.ts';
import type { ContentNode } from '../load/index.ts';

export interface Hierarchy {
	parent(node: ContentNode): ContentNode | undefined;
	/** Nearest first. */
	ancestors(node: ContentNode): ContentNode[];
	/** Sorts siblings by their sequence number along the chain (thema 2 before thema 3, gamechanger 2.1 before 2.2), then by title. */
	compare(a: ContentNode, b: ContentNode): number;
	/** Ids of the nodes of the facet type (e.g. "thema") above this node, or above the nodes it refers to; sorted. */
	facet(node: ContentNode, name: string): string[];
	/** Values of the node's fields that carry this value facet (e.g. the sectors), and those it takes through the registry's `facetsVia`. */
	values(node: ContentNode, facet: string): string[];
}

/** A field value of any node, for code that reads fields named by the registry. */
export const field = (node: ContentNode, name: string): unknown => (node.data as Record<string, unknown>)[name];

export function hierarchy(byId: ReadonlyMap<string, ContentNode>): Hierarchy {
	const parents = new Map<string, ContentNode | undefined>();
	const parent = (node: ContentNode) => {
		if (parents.has(node.id)) return parents.get(node.id);
		let found: ContentNode | undefined;
		for (const name of getType(node.type)?.parent ?? []) {
			const id = field(node, name);
			found = typeof id === 'string' ? byId.get(id) : undefined;
			if (found) break;
		}
		parents.set(node.id, found);
		return found;
	};
	const ancestors = (node: ContentNode) => {
		const out: ContentNode[] = [];
		for (let p = parent(node); p && !out.includes(p) && p !== node; p = parent(p)) out.push(p);
		return out;
	};
	const sequenceKey = (node: ContentNode) =>
		[...ancestors(node).reverse(), node].map((n) => {
			const seq = getType(n.type)?.sequence;
			const value = seq ? field(n, seq) : undefined;
			return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
		});
	const keys = new Map<string, number[]>();
	const keyOf = (node: ContentNode) => keys.get(node.id) ?? keys.set(node.id, sequenceKey(node)).get(node.id)!;
	const compare = (a: ContentNode, b: ContentNode) => {
		const ka = keyOf(a);
		const kb = keyOf(b);
		for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
		return ka.length - kb.length || a.title.localeCompare(b.title, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	};

	const facetCache = new Map<string, string[]>();
	const facet = (node: ContentNode, name: string): string[] => {
		const key = `${name}\u0000${node.id}`;
		const hit = facetCache.get(key);
		if (hit) return hit;
		const type = facetType(name)?.name;
		const out = new Set<string>();
		// Up the chain from this node, and from every node it refers to that lies under the facet type.
		const climb = (n: ContentNode) => {
			if (n.type === type) out.add(n.id);
			else for (const a of ancestors(n)) if (a.type === type) out.add(a.id);
		};
		if (type) {
			climb(node);
			const def = getType(node.type);
			for (const { name: rel, field: ref } of def ? relationFields(def) : []) {
				if (!ref.to.some((t) => isUnder(t, type))) continue;
				for (const id of asList(field(node, rel))) {
					const target = byId.get(id);
					if (target && isUnder(target.type, type)) climb(target);
				}
			}
		}
		const sorted = [...out].sort();
		facetCache.set(key, sorted);
		return sorted;
	};
	const own = (node: ContentNode, name: string) => {
		const def = getType(node.type);
		return def ? facetFields(def, name).flatMap((f) => asList(field(node, f))) : [];
	};
	// "Nodes of type T whose field F points here", built once per (T, F) when a facetsVia path asks for it.
	const pointing = new Map<string, Map<string, ContentNode[]>>();
	const incoming = (from: string, name: string, id: string) => {
		const key = `${from}\u0000${name}`;
		let index = pointing.get(key);
		if (!index) {
			pointing.set(key, (index = new Map()));
			for (const n of byId.values())
				if (n.type === from)
					for (const target of asList(field(n, name))) {
						const list = index.get(target);
						if (list) list.push(n);
						else index.set(target, [n]);
					}
		}
		return index.get(id) ?? [];
	};
	const step = (nodes: ContentNode[], s: Step) =>
		nodes.flatMap((n) => (typeof s === 'string' ? asList(field(n, s)).flatMap((id) => byId.get(id) ?? []) : incoming(s.from, s.field, n.id)));
	const valueCache = new Map<string, string[]>();
	const values = (node: ContentNode, name: string) => {
		const key = `${name}\u0000${node.id}`;
		const hit = valueCache.get(key);
		if (hit) return hit;
		const out = new Set(own(node, name));
		for (const path of getType(node.type)?.facetsVia?.[name]?.paths ?? []) {
			for (const reached of path.reduce(step, [node])) {
				const def = getType(reached.type);
				if (def && facetFields(def, name).length) for (const v of own(reached, name)) out.add(v);
				else out.add(reached.id);
			}
		}
		const list = [...out];
		valueCache.set(key, list);
		return list;
	};
	return { parent, ancestors, compare, facet, values };
}
