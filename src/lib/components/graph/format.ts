/**
 * The graph explorer's data file (/graaf/data.json): parallel arrays, one entry per node,
 * so 10,000 nodes stay compact and parse fast. Written at build time by
 * src/lib/server/emit/graph-data.ts, read in the browser by the graph components.
 */
export interface GraphData {
	v: 1;
	/** Type names in registry order; nodes refer to them by index. */
	types: string[];
	/** Thema ids; `theme` lists refer to them by index. */
	themes: string[];
	sectors: string[];
	/** Per relation kind: how it reads from the source and from the target ("werkt aan", "wordt onderzocht door"). */
	rels: [string, string][];
	communities: number;
	ids: string[];
	titles: string[];
	type: number[];
	x: number[];
	y: number[];
	size: number[];
	degree: number[];
	community: number[];
	/** Themes a node belongs to (derived through the graph, as on listing pages). */
	theme: number[][];
	/** Bit i set = sector i applies; only meaningful for types with a sectoren field. */
	sector: number[];
	/** Registers a node's data comes from (herkomst), and "handmatig"; `source` bits refer to them by index. */
	sources?: string[];
	source?: number[];
	/** Relations, flattened: source index, target index, rel index, … */
	edges: number[];
	/** Kennisvragen that are white spots (src/lib/white-spot.ts), as node indexes. */
	white?: number[];
}

/** /graaf/details.json: what only the side panel needs, loaded on first selection. */
export interface GraphDetails {
	summaries: string[];
}

export const DATA_PATH = '/graaf/data.json';
export const DETAILS_PATH = '/graaf/details.json';

/** A node listed on the prerendered /graaf page before the data file loads. */
export interface TopNode {
	id: string;
	type: string;
	title: string;
	url: string;
	degree: number;
}
