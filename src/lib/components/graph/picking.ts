/**
 * Hover and click picking on the CPU. Sigma finds the node under the pointer by drawing every node
 * (and edge) a second time into a picking framebuffer on each frame and reading one pixel back on
 * each mouse move; in software WebGL that read waits for the whole queued frame, and the second
 * drawing doubles the cost of every frame. Here the programs leave the picking pass out
 * (`withoutPicking`, through the programs' public constructor) and a grid over the nodes' framed
 * positions answers "which node is here" in O(nodes in a few cells). Sigma asks through its public
 * `getNodeAtPosition`, which LeanSigma overrides; a plain `new Sigma` keeps sigma's own picking.
 */
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';

/** A program class as sigma constructs it: (gl, picking framebuffer or null, renderer). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor must take any[]
type ProgramClass = new (...args: any[]) => object;

const unpicked = new WeakMap<ProgramClass, ProgramClass>();
/** The same program, constructed without a picking framebuffer: sigma then never draws its picking pass. */
export function withoutPicking<P extends ProgramClass>(Program: P): P {
	let out = unpicked.get(Program);
	if (!out) {
		out = class extends Program {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see ProgramClass
			constructor(...args: any[]) {
				const [gl, , renderer] = args as [WebGLRenderingContext, WebGLFramebuffer | null, Sigma];
				super(gl, null, renderer);
			}
		};
		unpicked.set(Program, out);
	}
	return out as P;
}

/** Programs of a settings object (nodeProgramClasses or edgeProgramClasses), all without picking. */
export function unpickedPrograms<T extends Record<string, unknown>>(programs: T): T {
	return Object.fromEntries(Object.entries(programs).map(([k, P]) => [k, withoutPicking(P as ProgramClass)])) as T;
}

/** Cells per side of the grid over the framed graph (sigma's 0–1 square). */
const CELLS = 128;

/**
 * Nearest drawn node whose disc contains a viewport point. The grid holds each node's framed
 * position (fixed: the layout does not move); sizes, hiding and the camera are read at query time,
 * so a filter or zoom needs no rebuild. `invalidate` after the graph's node set changes.
 */
export function createNodePicker(sigma: Sigma) {
	/** Per cell, the nodes in it as positions in `keys` (graph order, which is drawing order). */
	let cells: number[][] | null = null;
	let keys: string[] = [];
	/** Largest display size of any node: how far from a cell a disc can reach. */
	let maxSize = 0;
	const clamp = (v: number) => Math.min(CELLS - 1, Math.max(0, Math.floor(v * CELLS)));

	function build() {
		const grid: number[][] = Array.from({ length: CELLS * CELLS }, () => []);
		keys = sigma.getGraph().nodes();
		maxSize = 0;
		keys.forEach((key, k) => {
			const d = sigma.getNodeDisplayData(key);
			if (!d) return;
			maxSize = Math.max(maxSize, d.size);
			grid[clamp(d.y) * CELLS + clamp(d.x)].push(k);
		});
		return (cells = grid);
	}

	return {
		/** The graph's nodes changed (another graph was set). */
		invalidate() {
			cells = null;
		},
		pick(position: Coordinates): string | null {
			const grid = cells ?? build();
			const at = sigma.viewportToFramedGraph(position);
			// How far a disc can reach, in framed units: the largest radius on screen, converted.
			const edge = sigma.viewportToFramedGraph({ x: position.x + sigma.scaleSize(maxSize) + 2, y: position.y });
			const reach = Math.hypot(edge.x - at.x, edge.y - at.y);
			let best = -1;
			for (let cy = clamp(at.y - reach); cy <= clamp(at.y + reach); cy++)
				for (let cx = clamp(at.x - reach); cx <= clamp(at.x + reach); cx++)
					for (const k of grid[cy * CELLS + cx]) {
						// Like sigma's GPU pass: the disc drawn last, on top, wins.
						if (k < best) continue;
						const d = sigma.getNodeDisplayData(keys[k]);
						if (!d || d.hidden) continue;
						const p = sigma.framedGraphToViewport(d);
						if (Math.hypot(p.x - position.x, p.y - position.y) <= sigma.scaleSize(d.size) + 1) best = k;
					}
			return best >= 0 ? keys[best] : null;
		}
	};
}
