/** /verband.json: the graph in compact form for finding paths in the browser. */
import type { CompactGraph } from '../../paths.ts';
import { typeNames } from '../../registry/types.ts';
import type { Site } from '../site.ts';
import { relationLabel } from './pages.ts';

/** References to source documents would connect every pair through the Kennisagenda in two steps. */
export const PATH_IGNORED_RELATIONS = new Set(['bron']);

export function compactGraph(site: Pick<Site, 'nodes' | 'relations' | 'byId'>): CompactGraph {
	const index = new Map(site.nodes.map((n, i) => [n.id, i]));
	const labels: string[] = [];
	const labelIndex = new Map<string, number>();
	const label = (s: string) => {
		if (!labelIndex.has(s)) labelIndex.set(s, labels.push(s) - 1);
		return labelIndex.get(s)!;
	};
	const adj: number[][] = site.nodes.map(() => []);
	const seen = site.nodes.map(() => new Set<number>());
	const link = (a: number, b: number, text: string) => {
		if (a === b || seen[a].has(b)) return;
		seen[a].add(b);
		adj[a].push(b, label(text));
	};
	// Field relations first, so a pair connected by a field and a text link shows the field's name.
	const relations = [...site.relations].sort((x, y) => Number(x.type === 'link') - Number(y.type === 'link'));
	for (const r of relations) {
		if (PATH_IGNORED_RELATIONS.has(r.type)) continue;
		const s = index.get(r.source);
		const t = index.get(r.target);
		if (s === undefined || t === undefined) continue;
		const sourceType = site.nodes[s].type;
		link(s, t, relationLabel(sourceType, r.type, false));
		link(t, s, relationLabel(sourceType, r.type, true));
	}
	return {
		types: typeNames,
		labels,
		nodes: site.nodes.map((n) => [n.id, typeNames.indexOf(n.type), n.title]),
		adj
	};
}
