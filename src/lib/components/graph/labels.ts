/**
 * The one label painter, for the resting view and for hover, selection and paths. Labels never
 * overlap: each tries the right, left, top and bottom of its node; a label that must be shown
 * (a neighbour of the highlighted node) and finds no room goes to a column at the canvas edge,
 * joined to its node by a thin line. Long titles are shortened; the panel shows them in full.
 */
import { INK } from './marks.ts';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_MAX = 42;
const LINE = 16;
const EDGE = 4;

export const shorten = (s: string, max = LABEL_MAX) => (s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : s);

export type Box = [number, number, number, number];

/** Room along each edge of the canvas that something else covers, in CSS pixels. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
export const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

export interface LabelRequest {
	/** The node's index, carried to the exports. */
	i: number;
	x: number;
	y: number;
	/** Radius of the node on screen. */
	r: number;
	text: string;
	bold?: boolean;
	/** Which side to try first (default: right, unless that runs off the canvas). */
	prefer?: 'left' | 'right';
}

export interface Placed {
	i: number;
	text: string;
	x: number;
	y: number;
	width: number;
	bold: boolean;
	/** Leader line from the node, for a label moved to the edge column. */
	from?: { x: number; y: number };
}

/** Measured label widths by weight and text (LabelLayout.width); the font never changes. */
const widths = new Map<string, number>();

/** Collects labels without overlap; `paint` draws them all at once. */
/** Side of the grid cells that index placed boxes, so a hub's hundreds of labels are checked against their neighbours only. */
const CELL = 64;

export class LabelLayout {
	private cells = new Map<number, Box[]>();
	readonly placed: Placed[] = [];
	/** Labels that found no room anywhere (a column full too). */
	dropped = 0;

	private readonly left: number;
	private readonly top: number;
	private readonly right: number;
	private readonly bottom: number;

	/** Labels stay inside the canvas less the insets (room covered by the toolbar and the sheets). */
	constructor(
		private readonly ctx: CanvasRenderingContext2D,
		width: number,
		height: number,
		insets: Insets = NO_INSETS
	) {
		this.left = insets.left;
		this.top = insets.top;
		this.right = width - insets.right;
		this.bottom = height - insets.bottom;
	}

	/** Room taken by something else (a node, a ring). */
	reserve(box: Box) {
		this.forCells(box, (key) => {
			const list = this.cells.get(key);
			if (list) list.push(box);
			else this.cells.set(key, [box]);
			return false;
		});
	}

	/** Calls `visit` with each grid cell the box touches; stops when it returns true. */
	private forCells(box: Box, visit: (key: number) => boolean): boolean {
		const [x0, y0, x1, y1] = [Math.floor(box[0] / CELL), Math.floor(box[1] / CELL), Math.floor(box[2] / CELL), Math.floor(box[3] / CELL)];
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (visit((x + 1024) * 4096 + (y + 1024))) return true;
		return false;
	}

	private free(box: Box) {
		if (box[0] < this.left || box[2] > this.right || box[1] < this.top || box[3] > this.bottom) return false;
		return !this.forCells(box, (key) => Boolean(this.cells.get(key)?.some((b) => overlaps(box, b))));
	}

	/**
	 * Places a label beside its node. `mustShow`: when no side is free, use the edge column.
	 * Returns false when the label was left out.
	 */
	add(req: LabelRequest, mustShow = false): boolean {
		const w = this.width(req.text, Boolean(req.bold));
		const h = LINE;
		const gap = req.r + 4;
		const right: Box = [req.x + gap - 2, req.y - h / 2, req.x + gap + w + 2, req.y + h / 2];
		const left: Box = [req.x - gap - w - 2, req.y - h / 2, req.x - gap + 2, req.y + h / 2];
		const top: Box = [req.x - w / 2 - 2, req.y - gap - h, req.x + w / 2 + 2, req.y - gap];
		const bottom: Box = [req.x - w / 2 - 2, req.y + gap, req.x + w / 2 + 2, req.y + gap + h];
		const leftFirst = req.prefer === 'left' || (req.prefer !== 'right' && right[2] > this.right - EDGE);
		for (const box of leftFirst ? [left, right, top, bottom] : [right, left, top, bottom]) if (this.free(box)) return this.take(box, req, w);
		if (!mustShow) return false;
		return this.toColumn(req, w) || (this.dropped++, false);
	}

	/**
	 * A label's width, measured once per text and weight: the resting view tries every structure node on each
	 * repaint (at 10,000 nodes 1,800 texts), so a repaint measures only texts it has not seen.
	 */
	private width(text: string, bold: boolean): number {
		const key = bold ? `b${text}` : `n${text}`;
		let w = widths.get(key);
		if (w === undefined) {
			const f = font(bold);
			if (this.ctx.font !== f) this.ctx.font = f;
			widths.set(key, (w = this.ctx.measureText(text).width));
		}
		return w;
	}

	private take(box: Box, req: LabelRequest, width: number, from?: { x: number; y: number }) {
		this.reserve(box);
		this.placed.push({ i: req.i, text: req.text, x: box[0] + 2, y: (box[1] + box[3]) / 2, width, bold: Boolean(req.bold), from });
		return true;
	}

	/** A slot in the column on the node's side of the canvas, nearest its height. */
	private toColumn(req: LabelRequest, w: number): boolean {
		const sides: ('left' | 'right')[] = req.x < (this.left + this.right) / 2 ? ['left', 'right'] : ['right', 'left'];
		for (const side of sides) {
			const x0 = side === 'left' ? this.left + EDGE : this.right - EDGE - w - 4;
			if (x0 < this.left + EDGE) continue;
			const rows = Math.floor((this.bottom - this.top - 2 * EDGE) / LINE);
			const wanted = Math.min(rows - 1, Math.max(0, Math.round((req.y - this.top - EDGE - LINE / 2) / LINE)));
			for (let d = 0; d < rows; d++)
				for (const row of [wanted + d, wanted - d]) {
					if (row < 0 || row >= rows) continue;
					const y0 = this.top + EDGE + row * LINE;
					const box: Box = [x0 - 2, y0, x0 + w + 2, y0 + LINE];
					if (this.free(box)) return this.take(box, req, w, { x: req.x, y: req.y });
				}
		}
		return false;
	}

	/** Draws every placed label and the leader lines. */
	paint() {
		paintLabels(this.ctx, this.placed);
	}
}

/** Labels with a white halo (readable over edges) and their leader lines; also for the PNG export. */
export function paintLabels(ctx: CanvasRenderingContext2D, placed: readonly Placed[]) {
	ctx.save();
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	ctx.strokeStyle = 'rgba(90, 100, 115, 0.7)';
	ctx.lineWidth = 1;
	for (const p of placed) {
		if (!p.from) continue;
		ctx.beginPath();
		ctx.moveTo(p.from.x, p.from.y);
		ctx.lineTo(p.x < p.from.x ? p.x + p.width + 2 : p.x - 2, p.y);
		ctx.stroke();
	}
	for (const p of placed) {
		ctx.font = font(p.bold);
		ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
		ctx.lineWidth = 4;
		ctx.strokeText(p.text, p.x, p.y);
		ctx.fillStyle = INK;
		ctx.fillText(p.text, p.x, p.y);
	}
	ctx.restore();
}

const font = (bold?: boolean) => `${bold ? 700 : 500} ${bold ? 13 : 12}px ${FONT}`;
