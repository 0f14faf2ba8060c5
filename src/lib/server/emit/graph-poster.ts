/**
 * /graaf/overview.svg: the graph's first view, drawn at build time. The page shows it from its first
 * paint, before any script has run, and the explorer removes it once sigma has drawn the same view
 * (GraphExplorer.svelte). It holds what sigma's first frame holds: every node of a small graph, or the
 * agenda's structure of a large one (every type but the bulk type, see overview.ts), at the build's
 * layout positions, framed the way the camera fits the whole graph, with the edges of a small graph.
 *
 * Framing: the root <svg> is the free part of the canvas (placed by poster-place.ts); a nested <svg>
 * inside FIT_MARGIN fits the layout's extent with preserveAspectRatio "meet", which is what
 * camera.ts's fitFramed does to the same extent. Discs keep their size in screen pixels
 * (non-scaling strokes with round caps on zero-length lines), as sigma's nodes do.
 */
import type { GraphData } from '../../components/graph/format.ts';
import { markStyle } from '../../components/graph/marks.ts';
import { bulkType, edgeColour, FIT_MARGIN, OVERVIEW_NODES, POINT_NODES } from '../../components/graph/overview.ts';
import { registry } from '../../registry/registry.ts';

/**
 * Sigma draws a node's disc at size / √(camera ratio), and a fit on a desktop layout zooms out to a ratio near 1.35
 * (the side panel narrows the free area): 0.86. The poster cannot know the ratio; on a phone it is near 1, where
 * this leaves the poster's discs slightly smaller than sigma's rather than larger.
 */
const DISC = 0.86;
/** Layout units across the longer side of the viewBox: whole numbers, fine enough for a 4K screen. */
const SPAN = 4000;

export function graphPoster(data: GraphData): string {
	const n = data.ids.length;
	const all = Array.from({ length: n }, (_, i) => i);
	const bulk = bulkType(data, all);
	// What sigma's first frame draws: a staged start leaves the bulk type for later (renderer.ts).
	const drawn = n >= OVERVIEW_NODES ? all.filter((i) => data.type[i] !== bulk) : all;
	const shown = new Uint8Array(n);
	for (const i of drawn) shown[i] = 1;

	// Framed by every node's extent, drawn or not: the staged start fixes sigma's frame to it (setCustomBBox).
	let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
	for (let i = 0; i < n; i++) {
		[x0, x1, y0, y1] = [Math.min(x0, data.x[i]), Math.max(x1, data.x[i]), Math.min(y0, data.y[i]), Math.max(y1, data.y[i])];
	}
	if (!n) [x0, x1, y0, y1] = [0, 1, 0, 1];
	const unit = SPAN / Math.max(x1 - x0, y1 - y0, 1e-9);
	const w = Math.max(1, Math.round((x1 - x0) * unit));
	const h = Math.max(1, Math.round((y1 - y0) * unit));
	// Sigma's y axis points up, the SVG's down.
	const px = (i: number) => Math.round((data.x[i] - x0) * unit);
	const py = (i: number) => Math.round((y1 - data.y[i]) * unit);

	// A large graph's edges are faint hairlines in sigma, almost invisible; stacked in an SVG they show as dark fans.
	const large = n > POINT_NODES;
	let edges = '';
	for (let k = 0; k < (large ? 0 : data.edges.length); k += 3) {
		const [s, t] = [data.edges[k], data.edges[k + 1]];
		if (shown[s] && shown[t]) edges += `M${px(s)} ${py(s)}L${px(t)} ${py(t)}`;
	}

	// One path per colour and disc width: a few dozen paths for thousands of nodes.
	const groups = new Map<string, string[]>();
	const disc = (i: number, radius: number, colour: string) => {
		const key = `${colour}|${Math.max(1, Math.round(radius * 2))}`;
		let list = groups.get(key);
		if (!list) groups.set(key, (list = []));
		list.push(`M${px(i)} ${py(i)}h0`);
	};
	// The types' order, as sigma draws them (later types over earlier ones).
	for (const i of drawn) {
		const def = registry[data.types[data.type[i]]];
		const s = markStyle(def?.mark, def?.color ?? '#555555');
		const r = data.size[i] * DISC;
		disc(i, r, s.m1 > 0 ? s.c1 : s.core);
		if (s.m1 > 0) disc(i, r * (1 - s.m1), s.m2 > 0 ? s.c2 : s.core);
		if (s.m2 > 0) disc(i, r * (1 - s.m1 - s.m2), s.core);
	}
	// Wider discs first: a node's rings are drawn outside in.
	const paths = [...groups]
		.map(([key, list]) => ({ colour: key.split('|')[0], width: Number(key.split('|')[1]), d: list.join('') }))
		.sort((a, b) => b.width - a.width)
		.map((p) => `<path stroke="${p.colour}" class="w${p.width}" d="${p.d}"/>`);
	const widths = [...new Set([...groups.keys()].map((k) => Number(k.split('|')[1])))];

	// Sigma shrinks nodes on narrow screens (renderer.ts sizeScale); inside an SVG image 100vw is the image's width.
	const style = [
		'path{fill:none;stroke-linecap:round;vector-effect:non-scaling-stroke}',
		':root{--k:clamp(0.55px,calc(100vw / 900),1px)}',
		`.e{stroke:${edgeColour(false)};stroke-width:1px}`,
		...widths.map((d) => `.w${d}{stroke-width:calc(${d} * var(--k))}`)
	].join('');
	const margin = (f: number) => `${+(f * 100).toFixed(2)}%`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><style>${style}</style>` +
		`<svg x="${margin(FIT_MARGIN.x)}" y="${margin(FIT_MARGIN.y)}" width="${margin(1 - 2 * FIT_MARGIN.x)}" height="${margin(1 - 2 * FIT_MARGIN.y)}" ` +
		`viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet" overflow="visible">` +
		(edges ? `<path class="e" d="${edges}"/>` : '') +
		paths.join('') +
		'</svg></svg>\n'
	);
}
