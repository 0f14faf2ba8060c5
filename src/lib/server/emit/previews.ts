/** /voorbeeld/<deel>.json: the link previews of one shard of the nodes (src/lib/link-preview.ts). */
import { previewShard, type Preview } from '../../link-preview.ts';
import { registry, typeNames } from '../../registry/registry.ts';
import { vraagCoverage } from '../graph/coverage.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

const SUMMARY = 180;
const memo = new WeakMap<Site, Record<string, Preview>[]>();

const short = (s: string) => (s.length <= SUMMARY ? s : `${s.slice(0, SUMMARY).replace(/\s\S*$/, '')}…`);

/** The neighbours a reader counts: "3 projecten · 2 lectoraten"; for a kennisvraag who works on it, by the white-spot rule. */
function counts(site: Site, n: ContentNode): string {
	if (n.type === 'kennisvraag') {
		const c = vraagCoverage(site, n.id);
		if (c.witteVlek) return 'witte vlek: nog niemand werkt eraan';
	}
	const byType = new Map<string, number>();
	for (const id of site.graph.neighbors(n.id)) {
		const t = site.byId.get(id)!.type;
		byType.set(t, (byType.get(t) ?? 0) + 1);
	}
	return typeNames
		.filter((t) => byType.has(t) && t !== 'agenda')
		.sort((a, b) => byType.get(b)! - byType.get(a)! || (registry[b].related.specificity ?? 2) - (registry[a].related.specificity ?? 2))
		.slice(0, 3)
		.map((t) => `${byType.get(t)} ${(byType.get(t) === 1 ? registry[t].label : registry[t].plural).toLowerCase()}`)
		.join(' · ');
}

export function previews(site: Site, shard: number): Record<string, Preview> {
	let shards = memo.get(site);
	if (!shards) {
		shards = [];
		for (const n of site.nodes) {
			const k = previewShard(n.id);
			(shards[k] ??= {})[n.id] = { type: n.type, title: n.title, summary: short(n.summary), counts: counts(site, n) };
		}
		memo.set(site, shards);
	}
	return shards[shard] ?? {};
}
