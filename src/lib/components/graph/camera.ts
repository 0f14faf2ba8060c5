/**
 * Camera helpers: zoom, pan, reset and fitting the view to a set of nodes.
 * The camera lives in sigma only; the explorer reads it when it writes the URL.
 */
import type Sigma from 'sigma';
import type { Camera } from './view-state.ts';
import { NO_INSETS, type Insets } from './labels.ts';
import { FIT_MARGIN } from './overview.ts';

const FIT_MS = 400;

export function cameraControls(sigma: Sigma, insets: () => Insets = () => NO_INSETS) {
	const camera = sigma.getCamera();
	return {
		camera,
		/**
		 * Fit the view to positions in sigma's framed coordinates, which need not be nodes of its graph yet
		 * (a staged start fits to nodes it has not drawn; see renderer.ts). One position is shown at a readable zoom.
		 */
		async fitFramed(points: { x: number; y: number }[], animate = true) {
			if (!points.length) return;
			// Fit into the part of the canvas the toolbar and sheets leave free, centred there: measure the
			// points' extent on screen, then scale and shift it into the free rectangle.
			const { width, height } = sigma.getDimensions();
			const pad = insets();
			const free = { w: Math.max(40, width - pad.left - pad.right), h: Math.max(40, height - pad.top - pad.bottom) };
			// Without rotation the projection is affine per axis, so the extent on screen is that of the
			// framed extent's corners: two projections instead of one (with its matrix) per point.
			let [fx0, fy0, fx1, fy1] = [Infinity, Infinity, -Infinity, -Infinity];
			for (const d of points) {
				fx0 = Math.min(fx0, d.x);
				fx1 = Math.max(fx1, d.x);
				fy0 = Math.min(fy0, d.y);
				fy1 = Math.max(fy1, d.y);
			}
			const at = { x: (fx0 + fx1) / 2, y: (fy0 + fy1) / 2, ratio: 1, angle: 0 };
			const a = sigma.framedGraphToViewport({ x: fx0, y: fy0 }, { cameraState: at });
			const b = sigma.framedGraphToViewport({ x: fx1, y: fy1 }, { cameraState: at });
			const [minX, maxX, minY, maxY] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
			// The extent on screen shrinks as 1 / ratio, so one measurement gives the exact ratio that fits it
			// into the free rectangle less its margins: what the poster's SVG viewBox does (graph-poster.ts).
			const fitted = Math.max((maxX - minX) / ((1 - 2 * FIT_MARGIN.x) * free.w), (maxY - minY) / ((1 - 2 * FIT_MARGIN.y) * free.h));
			const ratio = Math.min(1.6, Math.max(points.length === 1 ? 0.25 : 0.04, fitted));
			const target = { x: at.x, y: at.y, ratio, angle: 0 };
			// The points' centre, moved to the centre of the free rectangle.
			const mid = sigma.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, { cameraState: at });
			target.x = mid.x;
			target.y = mid.y;
			const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
			const shifted = sigma.viewportToFramedGraph(
				{ x: width / 2 - (pad.left - pad.right) / 2, y: height / 2 - (pad.top - pad.bottom) / 2 },
				{ cameraState: target }
			);
			target.x += shifted.x - centre.x;
			target.y += shifted.y - centre.y;
			if (animate) await camera.animate(target, { duration: FIT_MS });
			else camera.setState(target);
		},
		zoomIn: () => void camera.animatedZoom({ duration: 250 }),
		zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
		reset: () => void camera.animatedReset({ duration: 300 }),
		/** Move the view by a fraction of its size. */
		pan(dx: number, dy: number) {
			const s = camera.getState();
			void camera.animate({ x: s.x + dx * s.ratio, y: s.y + dy * s.ratio }, { duration: 150 });
		},
		set(c: Camera) {
			camera.setState({ x: c.x, y: c.y, ratio: c.ratio, angle: 0 });
		},
		get(): Camera {
			const s = camera.getState();
			return { x: s.x, y: s.y, ratio: s.ratio };
		}
	};
}
export type CameraControls = ReturnType<typeof cameraControls>;
