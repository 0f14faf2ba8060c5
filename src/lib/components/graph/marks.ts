/**
 * The second cue besides colour (a type's `mark` in the registry): concentric rings drawn by one
 * sigma node program for every node (graph-build.ts; no extra shader), and the same shapes on 2D canvases
 * (highlight layer, PNG legend) and in SVG exports.
 */
import type { TypeDef } from '../../registry/typedef.ts';

export type Mark = NonNullable<TypeDef['mark']>;
export const INK = '#1b1f24';
const WHITE = '#ffffff';

/** Outer ring, inner ring (fractions of the radius) and the core. */
export interface MarkStyle {
	m1: number;
	c1: string;
	m2: number;
	c2: string;
	core: string;
}

/** How a node of `mark` looks in `colour`. White (a white spot under the coverage lens) always gets an ink outline. */
export function markStyle(mark: Mark | undefined, colour: string): MarkStyle {
	if (colour === WHITE) return { m1: 0.28, c1: INK, m2: 0, c2: WHITE, core: WHITE };
	switch (mark) {
		case 'bullseye':
			return { m1: 0.28, c1: colour, m2: 0.22, c2: WHITE, core: colour };
		case 'ring':
			return { m1: 0.45, c1: colour, m2: 0, c2: WHITE, core: WHITE };
		case 'outline':
			return { m1: 0.25, c1: INK, m2: 0, c2: WHITE, core: colour };
		case 'centre':
			return { m1: 0.6, c1: colour, m2: 0, c2: WHITE, core: INK };
		default:
			return { m1: 0, c1: colour, m2: 0, c2: colour, core: colour };
	}
}

/** The same disc on a 2D canvas, centred at (x, y) with radius r. */
export function drawMark(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, s: MarkStyle) {
	const disc = (radius: number, colour: string) => {
		ctx.fillStyle = colour;
		ctx.beginPath();
		ctx.arc(x, y, Math.max(0.5, radius), 0, 2 * Math.PI);
		ctx.fill();
	};
	disc(r, s.m1 > 0 ? s.c1 : s.core);
	if (s.m1 > 0) disc(r * (1 - s.m1), s.m2 > 0 ? s.c2 : s.core);
	if (s.m2 > 0) disc(r * (1 - s.m1 - s.m2), s.core);
}

/** The same disc as SVG circles. */
export function svgMark(x: number, y: number, r: number, s: MarkStyle): string {
	const c = (radius: number, colour: string) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${Math.max(0.5, radius).toFixed(2)}" fill="${colour}"/>`;
	let out = c(r, s.m1 > 0 ? s.c1 : s.core);
	if (s.m1 > 0) out += c(r * (1 - s.m1), s.m2 > 0 ? s.c2 : s.core);
	if (s.m2 > 0) out += c(r * (1 - s.m1 - s.m2), s.core);
	return out;
}
