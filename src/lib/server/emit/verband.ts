/** /verband.json: the graph in compact form for finding paths in the browser. */
import type { CompactGraph } from '../../paths.ts';
import { LINK_RELATION, relationOf, typeNames } from '../../registry/registry.ts';
import type { Site } from '../site.ts';

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
	// Field relations first, so a pair connected by a field and a text link shows the field's verb.
	const relations = [...site.relations].sort((x, y) => Number(x.type === LINK_RELATION) - Number(y.type === LINK_RELATION));
	for (const r of relations) {
		const s = index.get(r.source);
		const t = index.get(r.target);
		if (s === undefined || t === undefined) continue;
		const sourceType = site.nodes[s].type;
		// Relations that carry no signal (references to source documents) would connect every pair through the Kennisagenda.
		if (relationOf(sourceType, r.type)?.field.related === false) continue;
		// In the reader's words, from each end: a project "werkt aan" a kennisvraag, which "wordt onderzocht door" it.
		const rel = relationOf(sourceType, r.type);
		link(s, t, rel?.field.verb ?? 'verwijst naar');
		link(t, s, rel?.field.inverseVerb ?? 'wordt genoemd door');
	}
	return {
		types: [...typeNames],
		labels,
		nodes: site.nodes.map((n) => [n.id, typeNames.indexOf(n.type), n.title]),
		adj
	};
}
