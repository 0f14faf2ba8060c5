/**
 * Graph building for the renderer: the graphology graph sigma draws (in chunks, with a turn for
 * the browser between them), the node program with its type marks, and the per-node style the
 * reducers apply (filter, colour by type, cluster or coverage, fading).
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { createNodeBorderProgram } from '@sigma/node-border';
import { EdgeLineProgram, NodePointProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import { registry } from '../../registry/registry.ts';
import { markStyle, type Mark, type MarkStyle } from './marks.ts';
import type { Model } from './model.ts';
import { yieldToMain } from './yield-to-main.ts';
import { bulkType, POINT_NODES } from './overview.ts';

const CHUNK = 2000;

/**
 * Node programs, chosen per node by its `type` attribute (nodeProgram): types with a `mark` use a disc
 * with up to two rings (see marks.ts). In a large graph the bulk type (thousands of projects) uses
 * sigma's point program, one vertex per node instead of an instanced quad, whose shader costs far less
 * per frame in software WebGL. A node's program follows its type only (never its fading), so colour
 * changes can rewrite nodes in place.
 */
const MarkedNodeProgram = createNodeBorderProgram({
	borders: [
		{ size: { attribute: 'm1', defaultValue: 0 }, color: { attribute: 'c1' } },
		{ size: { attribute: 'm2', defaultValue: 0 }, color: { attribute: 'c2' } },
		{ size: { fill: true }, color: { attribute: 'core' } }
	],
	drawLabel: undefined,
	drawHover: undefined
});
/** Each program is compiled twice (sigma's node and hover layers): register only those a graph uses. */
export function nodePrograms(large: boolean): Record<string, NodeProgramType> {
	return large ? { marked: MarkedNodeProgram, point: NodePointProgram as unknown as NodeProgramType } : { marked: MarkedNodeProgram };
}
/**
 * Edge programs: in a large graph edges are faint hairlines, drawn as GL lines (two vertices, no
 * antialiasing shader) instead of sigma's default rectangles (an instanced quad per edge).
 */
export function edgePrograms(large: boolean): Record<string, EdgeProgramType> | undefined {
	return large ? { line: EdgeLineProgram as unknown as EdgeProgramType } : undefined;
}
/** The program of node i: the marked disc, or in a large graph a point for the bulk type's unmarked nodes. */
export function nodeProgram(model: Model, i: number, bulk: number, large: boolean): 'marked' | 'point' {
	return large && model.data.type[i] === bulk && !typeMark(model, i) ? 'point' : 'marked';
}

export interface BuildOptions {
	subset?: number[];
	positions?: Map<number, { x: number; y: number; size: number }>;
	sizeScale: number;
}

/**
 * The graph sigma draws. With `overview`, edges touching the bulk type are left out of it: the
 * overview hides them anyway, and sigma processes and draws every edge of its graph, hidden or
 * not (at 10,000 nodes 46,000 of 51,000 edges). `detail()` builds, once, the graph with every edge,
 * which the renderer gives sigma (setGraph) when the view zooms in.
 *
 * With `staged`, `graph` holds only the other types' nodes and the edges between them (at 10,000
 * nodes 18 % of the nodes): sigma processes and draws that in a fraction of the time, so the first
 * frame shows the structure. `complete()` builds, once and in chunks, the graph with every node,
 * which the renderer hands sigma after the first frame; built apart from the graph sigma watches,
 * so adding to it schedules no redraws, and handed over with one setGraph.
 */
export async function buildGraph(model: Model, opts: BuildOptions & { overview?: boolean; staged?: boolean }) {
	const { data } = model;
	const all = opts.subset ?? data.ids.map((_, i) => i);
	const bulk = bulkType(data, all);
	const large = all.length > POINT_NODES;
	const isBulk = (i: number) => data.type[i] === bulk;
	// Drawn in insertion order: the bulk type first, so the structure is painted over it.
	const rest = all.filter((i) => !isBulk(i));
	const members = [...all.filter(isBulk), ...rest];
	const included = new Uint8Array(data.ids.length);
	for (const i of members) included[i] = 1;
	const drawnEdge = (i: number, j: number) => !(opts.overview && (isBulk(i) || isBulk(j)));

	async function build(nodes: number[]) {
		const graph = new Graph<Attributes, Attributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
		const inGraph = new Uint8Array(data.ids.length);
		for (let k = 0; k < nodes.length; k++) {
			if (k > 0 && k % CHUNK === 0) await yieldToMain();
			const i = nodes[k];
			const p = opts.positions?.get(i);
			inGraph[i] = 1;
			graph.addNode(data.ids[i], {
				i,
				x: p?.x ?? data.x[i],
				y: p?.y ?? data.y[i],
				size: (p?.size ?? data.size[i]) * opts.sizeScale,
				color: typeColour(model, i),
				// No label: labels.ts paints them all, and sigma indexes every labelled node on each process pass.
				type: nodeProgram(model, i, bulk, large)
			});
		}
		for (let k = 0; k < nodes.length; k++) {
			if (k > 0 && k % CHUNK === 0) await yieldToMain();
			const i = nodes[k];
			for (const j of model.neighbours[i]) if (i < j && inGraph[j] && drawnEdge(i, j)) graph.addEdge(data.ids[i], data.ids[j], { s: i, t: j });
		}
		return graph;
	}

	const staged = Boolean(opts.staged) && rest.length > 0 && rest.length < members.length;
	const graph = await build(staged ? rest : members);
	const once = <T>(make: () => Promise<T>) => {
		let out: Promise<T> | null = null;
		return () => (out ??= make());
	};
	const complete = staged ? once(() => build(members)) : () => Promise.resolve(graph);
	const detail = once(async () => {
		const whole = await complete();
		if (!opts.overview) return whole;
		const out = whole.copy();
		for (let k = 0; k < members.length; k++) {
			if (k > 0 && k % (CHUNK * 2) === 0) await yieldToMain();
			const i = members[k];
			for (const j of model.neighbours[i]) if (i < j && included[j] && !drawnEdge(i, j)) out.addEdge(data.ids[i], data.ids[j], { s: i, t: j });
		}
		return out;
	});
	return { graph, members, included, bulk, large, staged, complete, detail };
}

export const typeColour = (model: Model, i: number) => registry[model.data.types[model.data.type[i]]]?.color ?? '#555555';
export const typeMark = (model: Model, i: number): Mark | undefined => registry[model.data.types[model.data.type[i]]]?.mark;

const faded = new Map<string, string>();
/** A colour washed three quarters of the way to white. */
export function fade(colour: string): string {
	let out = faded.get(colour);
	if (!out) {
		const [r, g, b] = [1, 3, 5].map((k) => parseInt(colour.slice(k, k + 2), 16));
		const mix = (v: number) => Math.round(v + (255 - v) * 0.75);
		out = `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
		faded.set(colour, out);
	}
	return out;
}

/** What the reducers read; replaced as a whole by the renderer when something changes. */
export interface Style {
	mask: Uint8Array;
	/** Colour per node (cluster or coverage), or null for type colours. */
	colours: string[] | null;
	/** Per node: 1 to fade (outside the time window), or null. */
	dimmed: Uint8Array | null;
	/** The overview fades the bulk type and hides its edges. */
	overview: boolean;
}

/**
 * The node reducer's work. Sigma hands the reducer its own shallow copy of the attributes, so they are
 * written in place: at 10,000 nodes a refresh then allocates no second object per node. That copy is sigma 3.0's
 * behaviour, not a documented promise: graph.spec.ts fails when a filter leaks into the graph's own attributes.
 */
export function nodeStyle(model: Model, style: Style, bulk: number, attrs: Attributes): Attributes {
	const i = attrs.i as number;
	if (!style.mask[i]) {
		attrs.hidden = true;
		return attrs;
	}
	let colour = style.colours ? style.colours[i] : (attrs.color as string);
	const dim = Boolean(style.dimmed?.[i]) || (style.overview && model.data.type[i] === bulk);
	if (dim) colour = fade(colour);
	attrs.color = colour;
	// Points (the bulk type of a large graph) draw no rings.
	if (attrs.type !== 'point') Object.assign(attrs, cachedMarkStyle(dim ? undefined : typeMark(model, i), colour));
	if (dim) attrs.size = (attrs.size as number) * 0.75;
	attrs.faded = dim;
	return attrs;
}

const markStyles = new Map<string, MarkStyle>();
/** markStyle, shared per mark and colour (a handful of pairs across thousands of nodes). */
function cachedMarkStyle(mark: Mark | undefined, colour: string): MarkStyle {
	const key = `${mark ?? ''}|${colour}`;
	let out = markStyles.get(key);
	if (!out) markStyles.set(key, (out = markStyle(mark, colour)));
	return out;
}

/** Fading (time window, colours) leaves edges as they are, so a slider or lens step repaints nodes only. */
export function edgeHidden(model: Model, style: Style, bulk: number, s: number, t: number): boolean {
	if (!style.mask[s] || !style.mask[t]) return true;
	return style.overview && (model.data.type[s] === bulk || model.data.type[t] === bulk);
}

/** Nodes whose colour or fading differs between two styles. */
export function restyled(a: Style, b: Style, n: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const colour = (a.colours ? a.colours[i] : null) !== (b.colours ? b.colours[i] : null);
		const dim = (a.dimmed ? a.dimmed[i] : 0) !== (b.dimmed ? b.dimmed[i] : 0);
		if (colour || dim) out.push(i);
	}
	return out;
}
