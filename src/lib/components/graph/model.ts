/**
 * The client-side model of the graph data: neighbourhoods, relations per node, filters.
 * Plain arrays and no sigma, so it can be unit-tested and used before WebGL is known to work.
 */
import { registry, typesWithFacet, type TypeName } from '../../registry/registry.ts';

const sectorTypes = typesWithFacet('sector');
/** Types listed by where their data comes from: the herkomst filter applies to these. */
export const sourceTypes = Object.values(registry)
	.filter((t) => t.filters.includes('herkomst'))
	.map((t) => t.name);
import type { GraphData } from './format.ts';
import type { ViewState } from './view-state.ts';

export interface Relation {
	other: number;
	/** The label of the relation as seen from this node. */
	label: string;
	incoming: boolean;
}

export interface Model {
	data: GraphData;
	index: Map<string, number>;
	/** Distinct neighbours per node, both directions. */
	neighbours: number[][];
	relations: Relation[][];
	/** Per type index: does the type carry sectors (so the sector filter applies)? */
	typeHasSectors: boolean[];
	typeHasSources: boolean[];
	/** Normalised titles for the type-ahead, built on first use. */
	searchText?: string[];
}

export function createModel(data: GraphData): Model {
	const n = data.ids.length;
	const index = new Map(data.ids.map((id, i) => [id, i]));
	// Distinct neighbours without a Set per node: at 10,000 nodes and 50,000 edges this runs before the first frame.
	const seen = new Int32Array(n).fill(-1);
	const neighbours: number[][] = Array.from({ length: n }, () => []);
	const adjacent: number[][] = Array.from({ length: n }, () => []);
	for (let e = 0; e < data.edges.length; e += 3) {
		const s = data.edges[e];
		const t = data.edges[e + 1];
		if (s === t) continue;
		adjacent[s].push(t);
		adjacent[t].push(s);
	}
	for (let i = 0; i < n; i++)
		for (const j of adjacent[i])
			if (seen[j] !== i) {
				seen[j] = i;
				neighbours[i].push(j);
			}
	let relations: Relation[][] | null = null;
	const model = {
		data,
		index,
		neighbours,
		typeHasSectors: data.types.map((t) => sectorTypes.includes(t as TypeName)),
		typeHasSources: data.types.map((t) => sourceTypes.includes(t))
	} as Omit<Model, 'relations'> as Model;
	// Relations name each edge for the panel: built when a node is first selected, not before the first frame.
	Object.defineProperty(model, 'relations', {
		enumerable: true,
		get: () => (relations ??= buildRelations(data))
	});
	return model;
}

function buildRelations(data: GraphData): Relation[][] {
	const relations: Relation[][] = Array.from({ length: data.ids.length }, () => []);
	for (let e = 0; e < data.edges.length; e += 3) {
		const s = data.edges[e];
		const t = data.edges[e + 1];
		const [out, inc] = data.rels[data.edges[e + 2]];
		if (s === t) continue;
		relations[s].push({ other: t, label: out, incoming: false });
		relations[t].push({ other: s, label: inc, incoming: true });
	}
	return relations;
}

/** Nodes within `depth` steps of `start` (including it), breadth first. */
export function egoNetwork(model: Model, start: number, depth: number, limit = Infinity): Set<number> {
	const seen = new Set([start]);
	let frontier = [start];
	for (let d = 0; d < depth && frontier.length && seen.size < limit; d++) {
		const next: number[] = [];
		for (const v of frontier)
			for (const w of model.neighbours[v]) {
				if (seen.has(w)) continue;
				if (seen.size >= limit) break;
				seen.add(w);
				next.push(w);
			}
		frontier = next;
	}
	return seen;
}

/** Which nodes the current filters show (1) or hide (0). The selected node and a highlighted path always show. */
export function visibleMask(
	model: Model,
	state: Pick<ViewState, 'node' | 'path' | 'hidden' | 'themes' | 'sectors' | 'sources' | 'focus' | 'depth'>
): Uint8Array {
	const { data } = model;
	const n = data.ids.length;
	const mask = new Uint8Array(n);
	const hidden = new Set(state.hidden.map((t) => data.types.indexOf(t)));
	const themes = new Set(state.themes.map((t) => data.themes.indexOf(t)));
	let sectorBits = 0;
	for (const s of state.sectors) sectorBits |= 1 << data.sectors.indexOf(s);
	let sourceBits = 0;
	for (const s of state.sources ?? []) sourceBits |= 1 << (data.sources ?? []).indexOf(s);
	const selected = state.node ? model.index.get(state.node) : undefined;
	const ego = state.focus && selected !== undefined ? egoNetwork(model, selected, state.depth) : null;
	for (let i = 0; i < n; i++) {
		if (hidden.has(data.type[i])) continue;
		if (themes.size && !data.theme[i].some((t) => themes.has(t))) continue;
		if (sectorBits && model.typeHasSectors[data.type[i]] && !(data.sector[i] & sectorBits)) continue;
		if (sourceBits && model.typeHasSources[data.type[i]] && !((data.source?.[i] ?? 0) & sourceBits)) continue;
		if (ego && !ego.has(i)) continue;
		mask[i] = 1;
	}
	if (selected !== undefined) mask[selected] = 1;
	for (const id of state.path) {
		const i = model.index.get(id);
		if (i !== undefined) mask[i] = 1;
	}
	return mask;
}

/** How node a relates to neighbour b, as seen from a ("" when they are not neighbours). */
export function relationLabel(model: Model, a: number, b: number): string {
	return model.relations[a].find((r) => r.other === b)?.label ?? '';
}

export interface TypeCount {
	type: string;
	label: string;
	color: string;
	total: number;
	visible: number;
}

/**
 * Legend rows in registry order, with total and currently visible counts; over all nodes,
 * or over `universe` only (the local graph), in which case types without nodes are left out.
 */
export function typeCounts(model: Model, mask: Uint8Array, universe?: Iterable<number>): TypeCount[] {
	const { data } = model;
	const total = new Array(data.types.length).fill(0);
	const visible = new Array(data.types.length).fill(0);
	for (const i of universe ?? data.ids.keys()) {
		total[data.type[i]]++;
		if (mask[i]) visible[data.type[i]]++;
	}
	return data.types
		.map((t, k) => ({ type: t, label: registry[t]?.plural ?? t, color: registry[t]?.color ?? '#555555', total: total[k], visible: visible[k] }))
		.filter((c) => !universe || c.total > 0);
}

export interface Cluster {
	/** The community number in the data file. */
	community: number;
	/** Its best-connected node, which names it ("rond …"). */
	hub: number;
	size: number;
	color: string;
}

/**
 * Colours for the largest clusters, all at least 3:1 against white (WCAG 1.4.11) and apart
 * from each other; smaller clusters share OTHER_CLUSTERS.
 */
export const CLUSTER_PALETTE = ['#1f6fb4', '#c62828', '#2a7f2a', '#7e57c2', '#8c564b', '#c2185b', '#a65300', '#00796b', '#3949ab', '#6b7500'];
export const OTHER_CLUSTERS = '#7c8591';

/** Clusters (Louvain communities from the build), largest first; ties by community number. */
export function clusters(model: Model): Cluster[] {
	const { data } = model;
	const size = new Array(data.communities).fill(0);
	const hub = new Array(data.communities).fill(-1);
	for (let i = 0; i < data.ids.length; i++) {
		const c = data.community[i];
		size[c]++;
		if (hub[c] < 0 || data.degree[i] > data.degree[hub[c]]) hub[c] = i;
	}
	return size
		.map((n, c) => ({ community: c, hub: hub[c], size: n }))
		.filter((c) => c.size > 0)
		.sort((a, b) => b.size - a.size || a.community - b.community)
		.map((c, rank) => ({ ...c, color: CLUSTER_PALETTE[rank] ?? OTHER_CLUSTERS }));
}

/** Per node: the colour of its cluster. */
export function clusterColours(model: Model, list: Cluster[]): string[] {
	const byCommunity = new Map(list.map((c) => [c.community, c.color]));
	return model.data.community.map((c) => byCommunity.get(c) ?? OTHER_CLUSTERS);
}

/**
 * The local graph's node set: the centre, its neighbours and (depth 2) theirs, at most `limit` nodes;
 * when there are more, the best-connected ones are kept, nearer ones first.
 */
export function localNodes(model: Model, center: number, depth: 1 | 2, limit: number): { nodes: number[]; total: number } {
	const ring1 = model.neighbours[center];
	const byDegree = (a: number, b: number) => model.data.degree[b] - model.data.degree[a] || a - b;
	const keep = new Set([center, ...[...ring1].sort(byDegree).slice(0, limit - 1)]);
	let total = 1 + ring1.length;
	if (depth === 2) {
		const ring2 = new Set<number>();
		for (const v of ring1) for (const w of model.neighbours[v]) if (w !== center && !ring1.includes(w)) ring2.add(w);
		total += ring2.size;
		for (const w of [...ring2].sort(byDegree)) {
			if (keep.size >= limit) break;
			keep.add(w);
		}
	}
	return { nodes: [...keep], total };
}

/** A radial layout for the local graph: centre, neighbours on a ring, their neighbours outside, near their parent. */
export function radialLayout(model: Model, center: number, nodes: number[]): Map<number, { x: number; y: number; size: number }> {
	const { data } = model;
	const inSet = new Set(nodes);
	const byTypeTitle = (a: number, b: number) => data.type[a] - data.type[b] || data.titles[a].localeCompare(data.titles[b], 'nl');
	const ring1 = model.neighbours[center].filter((v) => inSet.has(v)).sort(byTypeTitle);
	const ring1Pos = new Map(ring1.map((v, k) => [v, k]));
	const parent = new Map<number, number>();
	for (const w of nodes) {
		if (w === center || ring1Pos.has(w)) continue;
		let best = Infinity;
		for (const v of model.neighbours[w]) if (ring1Pos.has(v)) best = Math.min(best, ring1Pos.get(v)!);
		parent.set(w, best);
	}
	const ring2 = [...parent.keys()].sort((a, b) => parent.get(a)! - parent.get(b)! || byTypeTitle(a, b));
	const maxDegree = Math.max(1, ...nodes.map((i) => data.degree[i]));
	const size = (i: number) => Math.round((4 + 9 * Math.sqrt(data.degree[i] / maxDegree)) * 10) / 10;
	const out = new Map([[center, { x: 0, y: 0, size: 16 }]]);
	const place = (ring: number[], radius: number, offset: number) =>
		ring.forEach((v, k) => {
			const angle = offset + (2 * Math.PI * k) / ring.length;
			out.set(v, { x: Math.round(radius * Math.cos(angle) * 1000) / 1000, y: Math.round(radius * Math.sin(angle) * 1000) / 1000, size: size(v) });
		});
	place(ring1, 1, Math.PI / 2);
	// Outer ring starts at the same angle, so children sit roughly outside their parents.
	place(ring2, ring1.length > 12 ? 2.2 : 1.9, Math.PI / 2);
	return out;
}

/** Relations of one node grouped by the other node's type, for the side panel and list view. */
export function groupedRelations(model: Model, i: number, mask?: Uint8Array) {
	const { data } = model;
	const groups = new Map<number, Map<number, string[]>>();
	for (const r of model.relations[i]) {
		if (mask && !mask[r.other]) continue;
		const t = data.type[r.other];
		const byNode = groups.get(t) ?? new Map<number, string[]>();
		groups.set(t, byNode);
		const labels = byNode.get(r.other) ?? [];
		if (!labels.includes(r.label)) labels.push(r.label);
		byNode.set(r.other, labels);
	}
	return [...groups.keys()]
		.sort((a, b) => a - b)
		.map((t) => ({
			type: data.types[t],
			label: registry[data.types[t]]?.plural ?? data.types[t],
			items: [...groups.get(t)!]
				// A relation named like its group ("Thema's" under Thema's) says nothing new.
				.map(([other, labels]) => ({
					index: other,
					id: data.ids[other],
					title: data.titles[other],
					via: labels.filter((l) => l !== registry[data.types[t]]?.plural)
				}))
				.sort((a, b) => a.title.localeCompare(b.title, 'nl'))
		}));
}

/** Type-ahead: titles and ids containing every typed word, best (prefix, then hub) first. */
export function findNodes(model: Model, query: string, limit = 8, mask?: Uint8Array): number[] {
	const words = normalise(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const { data } = model;
	const text = (model.searchText ??= data.titles.map(normalise));
	const hits: { i: number; score: number }[] = [];
	for (let i = 0; i < data.ids.length; i++) {
		if (mask && !mask[i]) continue;
		const title = text[i];
		if (!words.every((w) => title.includes(w) || data.ids[i].includes(w))) continue;
		const score = (title.startsWith(words[0]) ? 1000 : 0) + (title.includes(` ${words[0]}`) ? 100 : 0) + Math.min(99, data.degree[i]);
		hits.push({ i, score });
	}
	return hits
		.sort((a, b) => b.score - a.score || data.titles[a.i].localeCompare(data.titles[b.i], 'nl'))
		.slice(0, limit)
		.map((h) => h.i);
}

const normalise = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
