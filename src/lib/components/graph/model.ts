/**
 * The client-side model of the graph data: neighbourhoods, relations per node, filters.
 * Plain arrays and no sigma, so it can be unit-tested and used before WebGL is known to work.
 */
import { registry } from '../../registry/types.ts';
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
	/** Per type index: does the type have a sectoren field (so the sector filter applies)? */
	typeHasSectors: boolean[];
	/** Normalised titles for the type-ahead, built on first use. */
	searchText?: string[];
}

export function createModel(data: GraphData): Model {
	const n = data.ids.length;
	const index = new Map(data.ids.map((id, i) => [id, i]));
	const neighbourSets: Set<number>[] = Array.from({ length: n }, () => new Set());
	const relations: Relation[][] = Array.from({ length: n }, () => []);
	for (let e = 0; e < data.edges.length; e += 3) {
		const s = data.edges[e];
		const t = data.edges[e + 1];
		const [out, inc] = data.rels[data.edges[e + 2]];
		if (s === t) continue;
		neighbourSets[s].add(t);
		neighbourSets[t].add(s);
		relations[s].push({ other: t, label: out, incoming: false });
		relations[t].push({ other: s, label: inc, incoming: true });
	}
	return {
		data,
		index,
		neighbours: neighbourSets.map((s) => [...s]),
		relations,
		typeHasSectors: data.types.map((t) => Boolean(registry[t]?.fields.sectoren))
	};
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

/** Which nodes the current filters show (1) or hide (0). The selected node always shows. */
export function visibleMask(model: Model, state: ViewState): Uint8Array {
	const { data } = model;
	const n = data.ids.length;
	const mask = new Uint8Array(n);
	const hidden = new Set(state.hidden.map((t) => data.types.indexOf(t)));
	const themes = new Set(state.themes.map((t) => data.themes.indexOf(t)));
	let sectorBits = 0;
	for (const s of state.sectors) sectorBits |= 1 << data.sectors.indexOf(s);
	const selected = state.node ? model.index.get(state.node) : undefined;
	const ego = state.focus && selected !== undefined ? egoNetwork(model, selected, state.depth) : null;
	for (let i = 0; i < n; i++) {
		if (hidden.has(data.type[i])) continue;
		if (themes.size && !data.theme[i].some((t) => themes.has(t))) continue;
		if (sectorBits && model.typeHasSectors[data.type[i]] && !(data.sector[i] & sectorBits)) continue;
		if (ego && !ego.has(i)) continue;
		mask[i] = 1;
	}
	if (selected !== undefined) mask[selected] = 1;
	return mask;
}

export interface TypeCount {
	type: string;
	label: string;
	color: string;
	total: number;
	visible: number;
}

/** Legend rows: every type in registry order, with total and currently visible counts. */
export function typeCounts(model: Model, mask: Uint8Array): TypeCount[] {
	const { data } = model;
	const total = new Array(data.types.length).fill(0);
	const visible = new Array(data.types.length).fill(0);
	for (let i = 0; i < data.ids.length; i++) {
		total[data.type[i]]++;
		if (mask[i]) visible[data.type[i]]++;
	}
	return data.types.map((t, k) => ({ type: t, label: registry[t]?.plural ?? t, color: registry[t]?.color ?? '#555555', total: total[k], visible: visible[k] }));
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
				.map(([other, labels]) => ({ index: other, id: data.ids[other], title: data.titles[other], via: labels }))
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
