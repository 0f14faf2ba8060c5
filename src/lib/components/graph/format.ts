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
	/** Nodes with a time span (projects, by their type's `listing.years`), flattened: node index, start year, end year (0: open), … */
	years: number[];
	/** Who works on what, for the coverage lens and white spots (counted in the browser by coverage.ts's rule). */
	cover: CoverInput;
	/** Invented example content (`voorbeeld: true`) as ranges of node indexes, flattened: from, to (exclusive), … */
	voorbeeld: number[];
}

/**
 * What server/graph/coverage.ts counts, as node indexes, so the browser can count it again for a
 * time window: a project counts while it runs, a lectoraat through a running project or by naming the question.
 */
export interface CoverInput {
	/** Kennisvraag, the projects naming it, the lectoraten naming it themselves. */
	vragen: [number, number[], number[]][];
	/** Gamechanger, its kennisvragen, the projects naming the gamechanger itself. */
	gamechangers: [number, number[], number[]][];
	/** Project (one that works on a kennisvraag), its lectoraten. */
	lectoraten: [number, number[]][];
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
