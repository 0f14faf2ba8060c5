import { allShortestPaths } from '$lib/paths';
import { compactGraph } from '$lib/server/emit/verband';
import { getSite } from '$lib/server/site';

/** Example questions for the page: pairs of different kinds that are connected, a few steps apart. */
export const load = () => {
	const site = getSite();
	const graph = compactGraph(site);
	const index = new Map(site.nodes.map((n, i) => [n.id, i]));
	const first = (type: string) => [...(site.byType.get(type) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
	const examples: { van: string; naar: string; vanTitel: string; naarTitel: string }[] = [];
	for (const [a, b] of [
		['project', 'agendapunt'],
		['lectoraat', 'partnerschap']
	]) {
		const from = first(a)[0];
		const to = first(b).find((n) => from && allShortestPaths(graph, index.get(from.id)!, index.get(n.id)!, 1).length >= 2);
		if (from && to) examples.push({ van: from.id, naar: to.id, vanTitel: from.title, naarTitel: to.title });
	}
	return { examples, nodes: site.nodes.length };
};
