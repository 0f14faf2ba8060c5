/** Emit the graph explorer's data: build-time layout and facets as compact arrays (see format.ts). */
import type { GraphData, GraphDetails } from '../../components/graph/format.ts';
import { SECTOREN, typeNames } from '../../registry/registry.ts';
import { sectorMask } from '../../sectors.ts';
import type { LayoutResult } from '../graph/layout.ts';
import { cachedLayout } from '../graph/layout-cache.ts';
import { phase } from '../progress.ts';
import type { Site } from '../site.ts';
import { relationOf } from '../../registry/registry.ts';
import { facetValues } from '../graph/facets.ts';
import { BRONNEN, OWN_INPUT } from '../../registry/sources.ts';

/** The herkomst facet's values in a fixed order: a node's `source` bits index them. */
const SOURCE_FACETS = [...BRONNEN, OWN_INPUT];
import { coverage } from '../graph/coverage.ts';
import { nodeYears } from './listing.ts';
import type { CoverInput } from '../../components/graph/format.ts';

const layouts = new WeakMap<Site, LayoutResult>();

/** The layout is the slow part of a build, so it runs once per loaded site. */
export function siteLayout(site: Site): LayoutResult {
	let layout = layouts.get(site);
	if (!layout) {
		const started = performance.now();
		const result = cachedLayout({ nodes: site.nodes.map((n) => n.id), edges: site.relations });
		layout = result;
		layouts.set(site, layout);
		const how = result.cached ? 'uit de cache' : `${layout.iterations} iteraties, ${layout.communities} clusters`;
		phase('graaflayout', `${site.nodes.length} knopen, ${how}, ${Math.round(performance.now() - started)} ms`);
	}
	return layout;
}

/** Node order in the data file: registry type order, then id, so the file is stable. */
function orderedNodes(site: Site) {
	return typeNames.flatMap((t) => [...(site.byType.get(t) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/**
 * Themes for filtering: a node's own (derived) themes; a node without any (an organisation,
 * an agenda) takes those of its neighbours, so "only this thema" keeps the partners of its projects.
 */
function graphThemes(site: Site): Map<string, string[]> {
	const own = new Map(site.nodes.map((n) => [n.id, site.themes(n)]));
	const out = new Map<string, string[]>();
	for (const n of site.nodes) {
		let themes = own.get(n.id)!;
		if (!themes.length) {
			const set = new Set<string>();
			for (const other of site.graph.neighbors(n.id)) for (const t of own.get(other) ?? []) set.add(t);
			themes = [...set].sort();
		}
		out.set(n.id, themes);
	}
	return out;
}

const datas = new WeakMap<Site, GraphData>();

/** Built once per loaded site: the data file and the poster (graph-poster.ts) both read it. */
export function graphData(site: Site): GraphData {
	let data = datas.get(site);
	if (!data) datas.set(site, (data = makeGraphData(site)));
	return data;
}

function makeGraphData(site: Site): GraphData {
	const layout = siteLayout(site);
	const nodes = orderedNodes(site);
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const themeIds = site.of('thema').map((t) => t.id);
	const themeIndex = new Map(themeIds.map((t, i) => [t, i]));
	const themes = graphThemes(site);

	const rels: [string, string][] = [];
	const relIndex = new Map<string, number>();
	const edges: number[] = [];
	for (const r of site.relations) {
		const sourceType = site.byId.get(r.source)!.type;
		const key = `${sourceType}\u0000${r.type}`;
		let k = relIndex.get(key);
		if (k === undefined) {
			const rel = relationOf(sourceType, r.type)?.field;
			k = rels.push([rel?.verb ?? r.type, rel?.inverseVerb ?? r.type]) - 1;
			relIndex.set(key, k);
		}
		edges.push(index.get(r.source)!, index.get(r.target)!, k);
	}

	return {
		v: 1,
		types: [...typeNames],
		themes: themeIds,
		sectors: [...SECTOREN],
		rels,
		communities: layout.communities,
		ids: nodes.map((n) => n.id),
		titles: nodes.map((n) => n.title),
		type: nodes.map((n) => typeNames.indexOf(n.type)),
		x: nodes.map((n) => layout.x.get(n.id)!),
		y: nodes.map((n) => layout.y.get(n.id)!),
		size: nodes.map((n) => layout.size.get(n.id)!),
		degree: nodes.map((n) => layout.degree.get(n.id)!),
		community: nodes.map((n) => layout.community.get(n.id)!),
		theme: nodes.map((n) =>
			themes
				.get(n.id)!
				.map((t) => themeIndex.get(t)!)
				.filter((t) => t !== undefined)
		),
		sector: nodes.map((n) => sectorMask(site.sectors(n))),
		sources: SOURCE_FACETS,
		source: nodes.map((n) => facetValues(site, n, 'herkomst').reduce((bits, s) => bits | (1 << SOURCE_FACETS.indexOf(s)), 0)),
		edges,
		years: nodes.flatMap((n, i) => {
			const y = nodeYears(n);
			return y ? [i, y[0], y[1] ?? 0] : [];
		}),
		cover: coverInput(site, index),
		voorbeeld: ranges(nodes.map((n) => Boolean(n.data.voorbeeld)))
	};
}

/** Runs of true as flattened [from, to) pairs: nodes are ordered by type, so example content comes in a few runs. */
function ranges(flags: boolean[]): number[] {
	const out: number[] = [];
	flags.forEach((on, i) => {
		if (on && !flags[i - 1]) out.push(i);
		if (on && !flags[i + 1]) out.push(i + 1);
	});
	return out;
}

function coverInput(site: Site, index: Map<string, number>): CoverInput {
	const c = coverage(site);
	const at = (id: string) => index.get(id)!;
	const vragen = site
		.of('kennisvraag')
		.map((k): [number, number[], number[]] => [at(k.id), c.projects.get(k.id)!.map((p) => at(p.id)), [...c.lectoratenDirect.get(k.id)!].map(at)]);
	const gamechangers = site
		.of('gamechanger')
		.map((g): [number, number[], number[]] => [
			at(g.id),
			site.of('kennisvraag').flatMap((k) => (k.data.gamechanger === g.id ? [at(k.id)] : [])),
			c.gcProjects.get(g.id)!.map((p) => at(p.id))
		]);
	const working = new Map(site.of('kennisvraag').flatMap((k) => c.projects.get(k.id)!.map((p) => [p.id, p])));
	const lectoraten = [...working.values()].map((p): [number, number[]] => [at(p.id), (p.data.lectoraten ?? []).map(at)]);
	return { vragen, gamechangers, lectoraten };
}

export function graphDetails(site: Site): GraphDetails {
	return { summaries: orderedNodes(site).map((n) => (n.summary.length > 320 ? `${n.summary.slice(0, 320).replace(/\s\S*$/, '')}…` : n.summary)) };
}

/** For the /graaf page itself: counts per type and the best-connected nodes, as plain HTML. */
export function graafPage(site: Site) {
	const layout = siteLayout(site);
	const top = [...site.nodes]
		.sort((a, b) => layout.degree.get(b.id)! - layout.degree.get(a.id)! || a.title.localeCompare(b.title, 'nl'))
		.slice(0, 25)
		.map((n) => ({ id: n.id, type: n.type, title: n.title, url: n.url, degree: layout.degree.get(n.id)! }));
	return {
		counts: typeNames.map((t) => ({ type: t, count: site.byType.get(t)?.length ?? 0 })),
		themes: site.of('thema').map((t) => ({ id: t.id, title: t.title })),
		nodes: site.nodes.length,
		relations: site.relations.length,
		top
	};
}
