/**
 * Camera helpers: zoom, pan, reset and fitting the view to a set of nodes (@sigma/utils).
 * The camera lives in sigma only; the explorer reads it when it writes the URL.
 */
import type Sigma from 'sigma';
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type { Camera } from './view-state.ts';
import { NO_INSETS, type Insets } from './labels.ts';

const FIT_MS = 400;

export function cameraControls(sigma: Sigma, insets: () => Insets = () => NO_INSETS) {
	const camera = sigma.getCamera();
	return {
		camera,
		/** Fit the view to these nodes (graph keys); a single node is shown at a readable zoom. */
		async fit(keys: string[], animate = true) {
			const shown = keys.filter((k) => sigma.getGraph().hasNode(k) && !sigma.getNodeDisplayData(k)?.hidden);
			if (!shown.length) return;
			const state = getCameraStateToFitViewportToNodes(sigma, shown);
			// Fit into the part of the canvas the toolbar and sheets leave free, centred there: measure the
			// nodes' extent on screen at @sigma/utils' state, then scale and shift it into the free rectangle.
			const { width, height } = sigma.getDimensions();
			const pad = insets();
			const free = { w: Math.max(40, width - pad.left - pad.right), h: Math.max(40, height - pad.top - pad.bottom) };
			// Without rotation the projection is affine per axis, so the extent on screen is that of the
			// framed extent's corners: two projections instead of one (with its matrix) per node.
			let [fx0, fy0, fx1, fy1] = [Infinity, Infinity, -Infinity, -Infinity];
			for (const key of shown) {
				const d = sigma.getNodeDisplayData(key)!;
				fx0 = Math.min(fx0, d.x);
				fx1 = Math.max(fx1, d.x);
				fy0 = Math.min(fy0, d.y);
				fy1 = Math.max(fy1, d.y);
			}
			const at = { ...state, angle: 0 };
			const a = sigma.framedGraphToViewport({ x: fx0, y: fy0 }, { cameraState: at });
			const b = sigma.framedGraphToViewport({ x: fx1, y: fy1 }, { cameraState: at });
			const [minX, maxX] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
			const [minY, maxY] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
			const scale = Math.max((maxX - minX + 60) / free.w, (maxY - minY + 40) / free.h);
			const ratio = Math.min(1.6, Math.max(shown.length === 1 ? 0.25 : 0.04, state.ratio * scale));
			const target = { x: state.x, y: state.y, ratio, angle: 0 };
			// The nodes' centre, moved to the centre of the free rectangle.
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
		/** The whole graph, fitted into the free part of the canvas. */
		fitAll(animate = true) {
			return this.fit(sigma.getGraph().nodes(), animate);
		},
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
