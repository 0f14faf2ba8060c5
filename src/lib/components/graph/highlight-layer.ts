/**
 * The overlay canvas above sigma's nodes: at rest, the labels of the biggest visible nodes; on
 * hover, selection or keyboard stepping a translucent wash over the graph with the node, every
 * neighbour, their edges and all their labels on top; and a highlighted path. One painter
 * (labels.ts) places every label, so none is drawn twice. Costs O(neighbours) per hover.
 */
import type Sigma from 'sigma';
import { drawMark, INK, type MarkStyle } from './marks.ts';
import { FONT, LabelLayout, NO_INSETS, shorten, type Insets, type Placed } from './labels.ts';
import { egoNetwork, type Model } from './model.ts';

const DIM_WASH = 'rgba(255, 255, 255, 0.84)';
const ACTIVE_EDGE = '#59606b';
const PATH_EDGE = '#1d3557';
/** The centre's label may be longer than a neighbour's; the panel and page have it in full. */
const CENTRE_MAX = 90;
/** Resting labels: one per this many square pixels of canvas at most. */
const AREA_PER_LABEL = 20000;
/** Below this on-screen radius a node is too small to earn a resting label (unless it is a forced one). */
const MIN_RADIUS = 3;

export interface OverlayState {
	hovered: number;
	selected: number;
	searched: number;
	/** Keyboard stepping: the neighbour the arrow keys are on. */
	cursor: number;
	path: number[];
	/** Always labelled first (themes, the local graph's own node). */
	forced: ReadonlySet<number>;
	/** Resting label candidates, most important first. */
	labelOrder: readonly number[];
	/** Label every visible node (a small local graph). */
	labelAll: boolean;
	/** Side labels point away from this node (the local graph's centre); -1 for none. */
	anchor: number;
	/** Canvas edges covered by the explorer's toolbar and sheets. */
	insets: Insets;
}

interface Shown {
	i: number;
	x: number;
	y: number;
	r: number;
	style: MarkStyle;
	/** Faded by the reducers (outside the time window, or the bulk type in the overview). */
	faded: boolean;
}

export function createOverlay(sigma: Sigma, model: Model, included: Uint8Array) {
	const { width: w0, height: h0 } = sigma.getDimensions();
	// Sized like sigma's own layers (sigma resizes it with them later); sigma.resize(true) here would wipe them.
	sigma.createCanvasContext('highlight', { afterLayer: 'labels', style: { width: `${w0}px`, height: `${h0}px` } } as {
		style?: Partial<CSSStyleDeclaration>;
	});
	const canvas = sigma.getCanvases().highlight;
	const pixelRatio = window.devicePixelRatio || 1;
	canvas.width = w0 * pixelRatio;
	canvas.height = h0 * pixelRatio;
	const ctx = canvas.getContext('2d')!;
	const { data } = model;
	let active: { centre: number; nodes: Set<number> } | null = null;
	let last: { labels: Placed[]; washed: boolean } = { labels: [], washed: false };

	function shownAt(i: number): Shown | null {
		if (!included[i]) return null;
		const d = sigma.getNodeDisplayData(data.ids[i]) as (ReturnType<Sigma['getNodeDisplayData']> & Partial<MarkStyle> & { faded?: boolean }) | undefined;
		if (!d || d.hidden) return null;
		const p = sigma.framedGraphToViewport(d);
		const style: MarkStyle = { m1: d.m1 ?? 0, c1: d.c1 ?? d.color, m2: d.m2 ?? 0, c2: d.c2 ?? d.color, core: d.core ?? d.color };
		return { i, x: p.x, y: p.y, r: sigma.scaleSize(d.size), style, faded: Boolean(d.faded) };
	}

	const prefer = (s: Shown, anchor: Shown | null) => (anchor && s !== anchor ? (s.x < anchor.x ? 'left' : 'right') : undefined);

	function restingLabels(layout: LabelLayout, st: OverlayState, width: number, height: number) {
		const anchor = st.anchor >= 0 ? shownAt(st.anchor) : null;
		const max = st.labelAll ? Infinity : Math.max(8, Math.round((width * height) / AREA_PER_LABEL));
		let count = 0;
		for (const i of st.labelOrder) {
			if (count >= max) break;
			const s = shownAt(i);
			if (!s || s.x < 0 || s.y < 0 || s.x > width || s.y > height) continue;
			const forced = st.forced.has(i);
			if (!forced && !st.labelAll && s.r < MIN_RADIUS) continue;
			// A faded node keeps quiet.
			if (!forced && s.faded) continue;
			if (
				layout.add(
					{
						i,
						x: s.x,
						y: s.y,
						r: s.r,
						text: shorten(data.titles[i], st.labelAll && width < 520 ? 16 : undefined),
						bold: i === st.anchor,
						prefer: prefer(s, anchor)
					},
					// Forced labels come first but, at rest, only the local graph's own node may move to the edge column.
					i === st.anchor
				)
			)
				count++;
		}
	}

	function drawPath(layout: LabelLayout, st: OverlayState) {
		const shown = st.path.map(shownAt);
		ctx.strokeStyle = PATH_EDGE;
		ctx.lineWidth = 3;
		ctx.lineCap = 'round';
		ctx.beginPath();
		for (let k = 1; k < shown.length; k++) {
			const [a, b] = [shown[k - 1], shown[k]];
			if (!a || !b) continue;
			ctx.moveTo(a.x, a.y);
			ctx.lineTo(b.x, b.y);
		}
		ctx.stroke();
		for (const n of shown) {
			if (!n) continue;
			drawMark(ctx, n.x, n.y, Math.max(4, n.r), n.style);
			ring(n, PATH_EDGE, 2, 2.5);
			layout.reserve([n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r]);
		}
		// Ends first and in bold, so they keep their place when labels crowd.
		const ends = [shown[0], shown[shown.length - 1]];
		for (const n of ends) if (n) layout.add({ i: n.i, x: n.x, y: n.y, r: n.r, text: shorten(data.titles[n.i]), bold: true }, true);
		for (const n of shown.slice(1, -1)) if (n) layout.add({ i: n.i, x: n.x, y: n.y, r: n.r, text: shorten(data.titles[n.i]) }, true);
	}

	function ring(n: Shown, colour: string, width: number, gap: number, dashed = false) {
		ctx.save();
		ctx.strokeStyle = colour;
		ctx.lineWidth = width;
		if (dashed) ctx.setLineDash([3, 2]);
		ctx.beginPath();
		ctx.arc(n.x, n.y, Math.max(2, n.r) + gap, 0, 2 * Math.PI);
		ctx.stroke();
		ctx.restore();
	}

	function drawEgo(layout: LabelLayout, st: OverlayState, centre: number) {
		if (active?.centre !== centre) active = { centre, nodes: egoNetwork(model, centre, 1) };
		const shown: Shown[] = [];
		for (const i of active.nodes) {
			const n = shownAt(i);
			if (n) shown.push(n);
		}
		const c = shown.find((n) => n.i === centre);
		if (!c) return;
		ctx.strokeStyle = ACTIVE_EDGE;
		ctx.lineWidth = 1.4;
		ctx.beginPath();
		for (const n of shown) {
			if (n === c) continue;
			ctx.moveTo(c.x, c.y);
			ctx.lineTo(n.x, n.y);
		}
		ctx.stroke();
		for (const n of shown) {
			drawMark(ctx, n.x, n.y, Math.max(2.5, n.r), n.style);
			layout.reserve([n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r]);
		}
		if (centre === st.selected || centre === st.searched) ring(c, INK, 2, 3);
		const cursor = st.cursor >= 0 ? shown.find((n) => n.i === st.cursor) : undefined;
		if (cursor) ring(cursor, '#0b57d0', 3, 4, true);
		// The centre first, then the keyboard's neighbour, then the others nearest first, so crowded labels keep their place.
		layout.add({ i: c.i, x: c.x, y: c.y, r: c.r, text: shorten(data.titles[c.i], CENTRE_MAX), bold: true }, true);
		if (cursor) layout.add({ i: cursor.i, x: cursor.x, y: cursor.y, r: cursor.r, text: shorten(data.titles[cursor.i]), bold: true }, true);
		const rest = shown.filter((n) => n !== c && n !== cursor).sort((a, b) => Math.hypot(a.x - c.x, a.y - c.y) - Math.hypot(b.x - c.x, b.y - c.y));
		for (const n of rest) layout.add({ i: n.i, x: n.x, y: n.y, r: n.r, text: shorten(data.titles[n.i]) }, true);
	}

	function note(text: string, insets: Insets, height: number) {
		ctx.save();
		ctx.font = `600 12px ${FONT}`;
		ctx.textBaseline = 'bottom';
		ctx.lineJoin = 'round';
		ctx.strokeStyle = 'rgba(255, 255, 255, 0.95)';
		ctx.lineWidth = 4;
		ctx.strokeText(text, insets.left + 8, height - insets.bottom - 6);
		ctx.fillStyle = INK;
		ctx.fillText(text, insets.left + 8, height - insets.bottom - 6);
		ctx.restore();
	}

	return {
		canvas,
		/** Is node i in the highlighted neighbourhood? */
		isHighlighted: (i: number) => Boolean(active?.nodes.has(i)),
		/** The labels and wash of the last paint (exports redraw them; tests read them). */
		lastPaint: () => last,
		draw(st: OverlayState) {
			const { width, height } = sigma.getDimensions();
			const ratio = canvas.width / Math.max(1, width);
			ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
			ctx.clearRect(0, 0, width, height);
			const centre = st.hovered >= 0 ? st.hovered : st.selected;
			if (centre < 0) active = null;
			const layout = new LabelLayout(ctx, width, height, st.insets ?? NO_INSETS);
			if (centre < 0 && !st.path.length) restingLabels(layout, st, width, height);
			else {
				ctx.fillStyle = DIM_WASH;
				ctx.fillRect(0, 0, width, height);
				if (st.path.length) drawPath(layout, st);
				if (centre >= 0) drawEgo(layout, st, centre);
			}
			layout.paint();
			if (layout.dropped) note(`Nog ${layout.dropped} buren zonder label: zoom in, of zie de lijst in het paneel.`, st.insets ?? NO_INSETS, height);
			last = { labels: layout.placed, washed: centre >= 0 || st.path.length > 0 };
		}
	};
}
export type Overlay = ReturnType<typeof createOverlay>;
