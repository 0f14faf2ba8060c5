/**
 * What the first view of a large graph shows and how it is framed. Shared by the renderer (sigma),
 * the camera's fitting and the build-time poster of /graaf (server/emit/graph-poster.ts), so the poster
 * and sigma's first frame put every node in the same place.
 */
import type { GraphData } from './format.ts';

/** From this many nodes the resting view fades the most numerous type until zoomed in (see graph-build.ts). */
export const OVERVIEW_NODES = 1000;
/** Above this many nodes the bulk type is drawn as points and edges as faint hairlines (graph-build.ts). */
export const POINT_NODES = 2000;
/** Sigma's edge colour: faint hairlines in a large graph, light grey lines in a small one. */
export const edgeColour = (large: boolean) => (large ? 'rgba(90, 100, 115, 0.10)' : '#c3c9d2');
/** Camera ratio above which the view counts as an overview (1 = the whole graph). */
export const OVERVIEW_RATIO = 0.45;
/**
 * Room left around what a fit frames, as a fraction of the free part of the canvas on each side.
 * A fraction, not pixels, so the framing is an SVG viewBox fitted into a percentage box (the poster).
 */
export const FIT_MARGIN = { x: 0.04, y: 0.03 };

/**
 * The most numerous type, faded in the overview of a large graph: thousands of its nodes would
 * otherwise cover the agenda's structure (themes, gamechangers, questions, lectoraten) in one disc.
 */
export function bulkType(data: Pick<GraphData, 'type' | 'types'>, members: Iterable<number>): number {
	const counts = new Array(data.types.length).fill(0);
	for (const i of members) counts[data.type[i]]++;
	return counts.indexOf(Math.max(...counts));
}

/**
 * The layout's extent over the nodes `keep` accepts (default: all), as sigma's bounding box (setCustomBBox): the
 * frame of sigma's first view and of the poster.
 */
export function layoutExtent(data: Pick<GraphData, 'x' | 'y'>, keep: (i: number) => boolean = () => true): { x: [number, number]; y: [number, number] } {
	const { x, y } = data;
	const box: { x: [number, number]; y: [number, number] } = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
	for (let i = 0; i < x.length; i++) {
		if (!keep(i)) continue;
		box.x = [Math.min(box.x[0], x[i]), Math.max(box.x[1], x[i])];
		box.y = [Math.min(box.y[0], y[i]), Math.max(box.y[1], y[i])];
	}
	return box;
}
