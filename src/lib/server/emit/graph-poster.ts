/**
 * /graaf/overview.svg: the graph's first view, drawn at build time. The page shows it from its first
 * paint, before any script has run, and the explorer removes it once sigma has drawn the same view
 * (GraphExplorer.svelte). It holds what sigma's first frame holds: every node of a small graph, or the
 * agenda's structure of a large one (every type but the bulk type, see overview.ts), at the build's
 * layout positions, framed the way the camera fits the whole graph, with the edges of a small graph and
 * the labels of the biggest structures (the themes).
 *
 * Framing: the root <svg> is the free part of the canvas (placed by free-area.ts); a nested <svg>
 * inside FIT_MARGIN fits the layout's extent with preserveAspectRatio "meet", which is what
 * camera.ts's fitFramed does to the same extent. Discs keep their size in screen pixels
 * (non-scaling strokes with round caps on zero-length lines), as sigma's nodes do.
 */
import type { GraphData } from '../../components/graph/format.ts';
import { bulkType, edgeColour, FIT_MARGIN, layoutExtent, OVERVIEW_NODES, POINT_NODES } from '../../components/graph/overview.ts';
import { FONT, LABEL_MAX, overlaps, shorten, type Box } from '../../components/graph/labels.ts';
import { INK, markStyle } from '../../components/graph/marks.ts';
import { registry } from '../../registry/registry.ts';
import { xmlEscape } from './feeds.ts';

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
	const box = n ? layoutExtent(data) : { x: [0, 1], y: [0, 1] };
	const [[x0, x1], [y0, y1]] = [box.x, box.y];
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
	// One set of labels for phones, one for wider screens (each chosen for the smallest screen of its kind).
	const labels = [...themeLabels(data, drawn, w, h, px, py, NARROW), ...themeLabels(data, drawn, w, h, px, py, WIDE)];

	const [mx, my] = [FIT_MARGIN.x, FIT_MARGIN.y].map((f) => +(f * 100).toFixed(2));
	const style = [
		'path{fill:none;stroke-linecap:round;vector-effect:non-scaling-stroke}',
		// Inside an SVG image 100vw and 100vh are the image's size. --k: sigma shrinks nodes on narrow screens
		// (renderer.ts sizeScale). --u: screen pixels per viewBox unit, and --ox, --oy: where the viewBox starts,
		// as the nested <svg> fits it ("meet", centred), so labels outside it land next to their nodes.
		`:root{--k:clamp(0.55px,calc(100vw / 900),1px);--u:min(calc(${100 - 2 * mx}vw / ${w}),calc(${100 - 2 * my}vh / ${h}));` +
			`--ox:calc(${mx}vw + (${100 - 2 * mx}vw - ${w} * var(--u)) / 2);--oy:calc(${my}vh + (${100 - 2 * my}vh - ${h} * var(--u)) / 2)}`,
		`.e{stroke:${edgeColour(false)};stroke-width:1px}`,
		...widths.map((d) => `.w${d}{stroke-width:calc(${d} * var(--k))}`),
		// As the overlay paints resting labels (labels.ts): ink on a white halo.
		`text{font:500 12px ${FONT};fill:${INK};paint-order:stroke;stroke:rgba(255,255,255,0.92);stroke-width:4px;stroke-linejoin:round;dominant-baseline:middle}`,
		'.left{text-anchor:end}',
		`.wide{display:none}@media (min-width:${WIDE.width}px){.narrow{display:none}.wide{display:inline}}`
	].join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><style>${style}</style>` +
		`<svg x="${mx}%" y="${my}%" width="${100 - 2 * mx}%" height="${100 - 2 * my}%" ` +
		`viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet" overflow="visible">` +
		(edges ? `<path class="e" d="${edges}"/>` : '') +
		paths.join('') +
		'</svg>' +
		labels.join('') +
		'</svg>\n'
	);
}

/**
 * The smallest free areas the poster is drawn in, on a phone and on a wider screen: labels that do not overlap
 * or run off there do not on larger screens of the kind either (positions scale with the screen, labels do not).
 */
const NARROW = { name: 'narrow', width: 340, height: 400 };
const WIDE = { name: 'wide', width: 600, height: 450 };
/** A 12 px label's width per character, generously (the browser's font is not known here). */
const CHAR = 6.8;

/**
 * Labels of the biggest structures, the nodes the overlay always labels (types with a facet: the themes),
 * largest first, leaving out any that would overlap an earlier one on the smallest `screen` of its kind. Each is placed in
 * screen pixels next to its node (see the style's --u, --ox and --oy): right of it, or left where it would
 * run off the smallest screen, shortened where neither side has room.
 */
function themeLabels(
	data: GraphData,
	drawn: number[],
	w: number,
	h: number,
	px: (i: number) => number,
	py: (i: number) => number,
	screen: typeof NARROW
): string[] {
	const unit = Math.min(((1 - 2 * FIT_MARGIN.x) * screen.width) / w, ((1 - 2 * FIT_MARGIN.y) * screen.height) / h);
	const boxes: Box[] = [];
	const out: string[] = [];
	const themes = drawn.filter((i) => registry[data.types[data.type[i]]]?.facet).sort((a, b) => data.size[b] - data.size[a] || a - b);
	// Where the viewBox starts on the smallest screen (as --ox, --oy in the style).
	const ox = FIT_MARGIN.x * screen.width + ((1 - 2 * FIT_MARGIN.x) * screen.width - w * unit) / 2;
	const oy = FIT_MARGIN.y * screen.height + ((1 - 2 * FIT_MARGIN.y) * screen.height - h * unit) / 2;
	for (const i of themes) {
		const r = data.size[i] * DISC;
		const [x, y] = [ox + px(i) * unit, oy + py(i) * unit];
		// Right of the node where the label fits on the smallest screen, else left, else shortened to the wider side.
		const room = { right: screen.width - (x + r + 4), left: x - r - 4 };
		let text = shorten(data.titles[i], LABEL_MAX);
		const left = text.length * CHAR > room.right && (text.length * CHAR <= room.left || room.left > room.right);
		const fit = Math.floor((left ? room.left : room.right) / CHAR);
		if (text.length > fit) text = shorten(text, fit);
		if (fit < 12) continue;
		const width = text.length * CHAR;
		const box: Box = left ? [x - r - 4 - width, y - 8, x - r - 4, y + 8] : [x + r + 4, y - 8, x + r + 4 + width, y + 8];
		if (boxes.some((b) => overlaps(box, b))) continue;
		boxes.push(box);
		const dx = `${left ? '-' : '+'} ${(r + 4).toFixed(1)}px`;
		out.push(
			`<text class="${screen.name}${left ? ' left' : ''}" style="transform:translate(calc(var(--ox) + ${px(i)} * var(--u) ${dx}),calc(var(--oy) + ${py(i)} * var(--u)))">${xmlEscape(text)}</text>`
		);
	}
	return out;
}
