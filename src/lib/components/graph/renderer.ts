/**
 * Sigma wrapper shared by /graaf and the local graph on node pages; imported only from onMount
 * (sigma needs WebGL2). It wires the parts: graph-build.ts (the graph and the reducers' style),
 * highlight-layer.ts (labels, hover, selection, paths on one overlay), camera.ts (zoom and fit)
 * and lean-sigma.ts (staged start-up). Filters reach sigma through reducers and a refresh;
 * hover and selection only repaint the overlay.
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { CameraState } from 'sigma/types';
import { registry } from '../../registry/registry.ts';
import { buildGraph, edgeHidden, edgePrograms, nodePrograms, nodeStyle, restyled, type Style } from './graph-build.ts';
import { cameraControls } from './camera.ts';
import { edgeColour, layoutExtent, OVERVIEW_NODES, OVERVIEW_RATIO, POINT_NODES } from './overview.ts';
import { createOverlay, type OverlayState } from './highlight-layer.ts';
import { NO_INSETS, type Insets, type Placed } from './labels.ts';
import type { MarkStyle } from './marks.ts';
import { createSigma } from './lean-sigma.ts';
import type { Model } from './model.ts';
import type { Camera } from './view-state.ts';

export interface RendererOptions {
	model: Model;
	container: HTMLElement;
	/** Only these nodes (local graph); default: all. */
	subset?: number[];
	/** Positions overriding the build-time layout (local graph). */
	positions?: Map<number, { x: number; y: number; size: number }>;
	/** Node that stays labelled and marked (the page's own node in the local graph). */
	anchor?: number;
	/** Initial filter mask, so the first frame already shows the filtered view. */
	mask?: Uint8Array;
	/** Colour per node overriding the type colours (cluster, coverage); null for type colours. */
	colours?: string[] | null;
	/** Per node: 1 to fade (outside the time window). */
	dimmed?: Uint8Array | null;
	onSelect?: (i: number | null) => void;
	onOpen?: (i: number) => void;
	onHover?: (i: number | null) => void;
	onCamera?: (camera: Camera) => void;
	onFirstFrame?: () => void;
	/** Start sigma with a plain constructor (tests of the fallback). */
	plainSigma?: boolean;
	/** Sigma started while the data loaded (startSigma); used when it fits this graph. */
	early?: Promise<EarlySigma | null>;
	/** Start with the structure and add the bulk type after the first frame (default: from OVERVIEW_NODES nodes, not in a local graph). */
	staged?: boolean;
	/** Tests: the bulk type is handed over only after this settles. */
	holdBulk?: Promise<unknown>;
}

export interface SceneNode {
	i: number;
	x: number;
	y: number;
	r: number;
	style: MarkStyle;
}
export interface Scene {
	width: number;
	height: number;
	nodes: SceneNode[];
	edges: { a: SceneNode; b: SceneNode; active: boolean }[];
	labels: Placed[];
	/** Is the rest washed out behind a highlight? */
	washed: boolean;
	highlighted: (i: number) => boolean;
}

export interface Renderer {
	sigma: Sigma;
	setMask(mask: Uint8Array): void;
	setColours(colours: string[] | null): void;
	setDimmed(dimmed: Uint8Array | null): void;
	setSelected(i: number | null): void;
	setHovered(i: number | null): void;
	setSearched(i: number | null): void;
	/** The neighbour the arrow keys are on; null for none. */
	setCursor(i: number | null): void;
	/** Highlight a walk through the graph (in order); [] for none. */
	setPath(nodes: number[]): void;
	/** Canvas edges covered by toolbar and sheets: labels avoid them, fitting centres in what is left. */
	setInsets(insets: Insets): void;
	/** Fit the whole graph into the free part of the canvas. */
	fitAll(animate?: boolean): Promise<void>;
	isOnPath(i: number): boolean;
	/** Is the node part of the highlighted (hovered or selected) neighbourhood? */
	isHighlighted(i: number): boolean;
	/** Labels on the overlay in its last paint (tests: every neighbour named, none twice). */
	labels(): string[];
	showNode(i: number, ratio?: number): Promise<void>;
	fitNodes(nodes: Iterable<number>, animate?: boolean): Promise<void>;
	zoomIn(): void;
	zoomOut(): void;
	/** Move the view by a fraction of its size. */
	pan(dx: number, dy: number): void;
	reset(): void;
	setCamera(camera: Camera): void;
	getCamera(): Camera;
	/** Viewport position (CSS px, relative to the container) of a node. */
	viewportPosition(i: number): { x: number; y: number } | null;
	/** Nodes shown and their on-screen discs, for the exports. */
	snapshot(): SceneNode[];
	/** What is on screen, for the PNG and SVG exports. */
	scene(): Scene;
	/** Did start-up take the plain sigma constructor? */
	plain: boolean;
	/** Settles once sigma's graph holds every node (at once unless the start was staged). */
	complete: Promise<void>;
	kill(): void;
}

type Reducer = (key: string, attrs: Attributes) => Attributes;
/** The reducers sigma calls; the early start has no data yet, so they are filled in when it arrives. */
interface Reducers {
	node: Reducer;
	edge: Reducer;
}

/** Sigma's settings for a graph of this kind; the reducers go through `reducers`, which may change later. */
function sigmaSettings(container: HTMLElement, large: boolean, local: boolean, reducers: Reducers): Partial<Settings> {
	return {
		allowInvalidContainer: true,
		zIndex: false,
		hideEdgesOnMove: large,
		renderLabels: false,
		renderEdgeLabels: false,
		defaultNodeType: 'marked',
		nodeProgramClasses: nodePrograms(large),
		...(large ? { edgeProgramClasses: edgePrograms(large) } : {}),
		// The overlay draws hover; sigma only lifts the hovered disc onto its hover layer.
		defaultDrawNodeHover: () => {},
		defaultEdgeColor: edgeColour(large),
		minCameraRatio: 0.02,
		maxCameraRatio: 4,
		stagePadding: local && container.clientWidth >= 520 ? 48 : 24,
		nodeReducer: (key: string, attrs: Attributes) => reducers.node(key, attrs),
		edgeReducer: (key: string, attrs: Attributes) => reducers.edge(key, attrs)
	};
}

/** Sigma started on an empty graph (startSigma), waiting for its data. */
export interface EarlySigma {
	sigma: Sigma;
	plain: boolean;
	large: boolean;
	reducers: Reducers;
}

/**
 * Starts sigma before the data is there: its WebGL contexts, constructor and shader programs (hundreds of
 * milliseconds, mostly waiting for the GPU process to compile) then overlap downloading and parsing
 * /graaf/data.json. `nodes` is the graph's size, known from the prerendered page; createRenderer checks
 * that it matches and otherwise starts anew. Null when it fails (createRenderer then starts sigma itself).
 */
export async function startSigma(container: HTMLElement, opts: { nodes: number; plainSigma?: boolean }): Promise<EarlySigma | null> {
	performance.mark('kg:sigma-start');
	const large = opts.nodes > POINT_NODES;
	const identity: Reducer = (_key, attrs) => attrs;
	const reducers: Reducers = { node: identity, edge: identity };
	try {
		const { sigma, plain } = await createSigma(new Graph({ type: 'undirected' }), container, sigmaSettings(container, large, false, reducers), {
			plain: opts.plainSigma
		});
		return { sigma, plain, large, reducers };
	} catch {
		container.replaceChildren();
		return null;
	}
}

export async function createRenderer(opts: RendererOptions): Promise<Renderer> {
	const { model, container } = opts;
	const { data } = model;
	const total = opts.subset?.length ?? data.ids.length;
	// Node sizes are in screen pixels: shrink them on narrow screens so the graph keeps its shape.
	const sizeScale = Math.min(1, Math.max(0.55, container.clientWidth / 900));
	const local = Boolean(opts.subset);
	const overviewing = !local && total >= OVERVIEW_NODES;
	const { graph, members, included, bulk, large, staged, complete, detail } = await buildGraph(model, {
		subset: opts.subset,
		positions: opts.positions,
		sizeScale,
		overview: overviewing,
		staged: opts.staged ?? overviewing
	});
	performance.mark('kg:graph');
	const anchor = opts.anchor ?? -1;

	let style: Style = {
		mask: opts.mask ?? new Uint8Array(data.ids.length).fill(1),
		colours: opts.colours ?? null,
		dimmed: opts.dimmed ?? null,
		overview: overviewing
	};
	const overlayState: OverlayState = {
		hovered: -1,
		selected: -1,
		searched: -1,
		cursor: -1,
		path: [],
		forced: new Set(anchor >= 0 ? [anchor] : data.ids.flatMap((_, i) => (registry[data.types[data.type[i]]]?.facet && included[i] ? [i] : []))),
		labelOrder: labelOrder(model, included, anchor, bulk),
		labelAll: local && total <= 40,
		anchor: local ? anchor : -1,
		insets: NO_INSETS
	};

	const reducers: Reducers = {
		// Both write into sigma's own copy of the attributes (see nodeStyle).
		node: (_key, attrs) => {
			nodeStyle(model, style, bulk, attrs);
			if (attrs.i === anchor) attrs.highlighted = true;
			return attrs;
		},
		edge: (_key, attrs) => {
			if (edgeHidden(model, style, bulk, attrs.s as number, attrs.t as number)) attrs.hidden = true;
			return attrs;
		}
	};
	const early = opts.early ? await opts.early : null;
	// Sigma frames the graph by its nodes' extent: fixed to every node's from the start, so the bulk type's
	// arrival moves nothing, and a node not drawn yet has a known place on screen (framedAt).
	const bbox = staged ? layoutExtent(data, (i) => included[i] === 1) : null;
	let started: { sigma: Sigma; plain: boolean };
	if (early && early.large === large && !local) {
		Object.assign(early.reducers, reducers);
		// The page may have laid out anew since sigma measured the container.
		early.sigma.resize();
		if (bbox) early.sigma.setCustomBBox(bbox);
		// One refresh: sigma indexes, processes and draws the graph.
		early.sigma.setGraph(graph);
		started = early;
	} else {
		early?.sigma.kill();
		if (early) container.replaceChildren();
		started = await createSigma(graph, container, sigmaSettings(container, large, local, reducers), { plain: opts.plainSigma });
		// Set after the first draw, which then framed the structure alone: one refresh more, on the small graph.
		if (bbox) started.sigma.setCustomBBox(bbox).refresh();
	}
	performance.mark('kg:drawn');
	const { sigma, plain } = started;
	const overlay = createOverlay(sigma, model, included);
	const cam = cameraControls(sigma, () => overlayState.insets);
	if (local && container.clientWidth < 520 && graph.order > 1) widenForLabels(sigma);

	const redraw = () => overlay.draw(overlayState);
	const activeCentre = () => (overlayState.hovered >= 0 ? overlayState.hovered : overlayState.selected);
	const restyle = (next: Partial<Style>) => {
		style = { ...style, ...next };
		sigma.refresh();
	};
	/**
	 * Colours and fading change no node's visibility or place: only the changed nodes are re-reduced
	 * and rewritten in the node program, without re-processing 50,000 edges or re-indexing.
	 */
	const recolour = (next: Partial<Style>) => {
		const before = style;
		style = { ...style, ...next };
		const nodes = restyled(before, style, data.ids.length).filter((i) => included[i] && style.mask[i] && drawn(data.ids[i]));
		if (nodes.length) sigma.refresh({ partialGraph: { nodes: nodes.map((i) => data.ids[i]) }, skipIndexation: true });
	};
	/**
	 * Zoomed in, sigma gets the graph with every edge (built on the first zoom, meanwhile the view
	 * shows the overview's); zoomed out, the overview's graph without the bulk type's edges again.
	 */
	function setOverview(overview: boolean) {
		style = { ...style, overview };
		if (overview) {
			if (sigma.getGraph() === overviewGraph) sigma.refresh();
			else sigma.setGraph(overviewGraph);
			return;
		}
		sigma.refresh();
		void detail().then((full) => {
			if (!style.overview && !killed) sigma.setGraph(full);
		});
	}
	/** The overview's graph: the structure alone until the bulk type is handed over. */
	let overviewGraph = graph;
	let arrived = !staged;
	/**
	 * After the first frame, the graph with every node is built in chunks, apart from the one sigma
	 * watches, and handed over with one setGraph (one process pass over all nodes, the longest task
	 * after the first frame). Zoomed in by then, the detail graph takes its place.
	 */
	async function handOver() {
		await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
		await opts.holdBulk;
		const whole = await complete();
		if (killed) return;
		overviewGraph = whole;
		if (style.overview) sigma.setGraph(whole);
		else sigma.setGraph(await detail());
		arrived = true;
		performance.mark('kg:complete');
	}
	const completed = staged ? handOver() : Promise.resolve();
	completed.catch((e) => console.warn('Kennisgraaf: knopen toevoegen mislukt', e));
	/** Where a node is in sigma's framed coordinates, drawn or (staged start) not yet; null when filtered out. */
	function framedAt(i: number): { x: number; y: number } | null {
		if (!included[i] || !style.mask[i]) return null;
		const key = data.ids[i];
		if (sigma.getGraph().hasNode(key)) {
			const d = sigma.getNodeDisplayData(key);
			return d && !d.hidden ? d : null;
		}
		if (arrived) return null;
		return framedFromLayout(layoutAt(i));
	}
	/** Where the layout puts node i: a local graph's own positions, else the build's. */
	const layoutAt = (i: number) => opts.positions?.get(i) ?? { x: data.x[i], y: data.y[i] };
	/** A layout position in sigma's framed coordinates (where a node not drawn yet will be). */
	const framedFromLayout = (p: { x: number; y: number }) => sigma.viewportToFramedGraph(sigma.graphToViewport(p));
	/**
	 * Fit the view to the shown ones of these nodes. Framing is linear and increasing on each axis, so the
	 * framed extent is that of the layout extent's corners: two conversions, not a copy of sigma's display
	 * data per node (a filter step at 10,000 nodes fits to thousands of nodes).
	 */
	function fitIndices(nodes: Iterable<number>, animate: boolean) {
		let x0 = Infinity;
		let y0 = Infinity;
		let x1 = -Infinity;
		let y1 = -Infinity;
		let count = 0;
		for (const i of nodes) {
			if (!included[i] || !style.mask[i]) continue;
			const { x, y } = layoutAt(i);
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
			count++;
		}
		const corners =
			count === 1
				? [{ x: x0, y: y0 }]
				: count
					? [
							{ x: x0, y: y0 },
							{ x: x1, y: y1 }
						]
					: [];
		return cam.fitFramed(corners.map(framedFromLayout), animate);
	}
	/** Partial refreshes name only nodes sigma has (before the handover, the structure's). */
	const drawn = (key: string) => sigma.getGraph().hasNode(key);
	let killed = false;
	sigma.on('afterRender', redraw);
	sigma.on('resize', redraw);
	sigma.scheduleRender();
	// createSigma has drawn the graph; two animation frames later that drawing is on screen.
	requestAnimationFrame(() => requestAnimationFrame(() => opts.onFirstFrame?.()));

	sigma.on('enterNode', ({ node }) => {
		overlayState.hovered = sigma.getGraph().getNodeAttribute(node, 'i');
		redraw();
		container.style.cursor = 'pointer';
		opts.onHover?.(overlayState.hovered);
	});
	sigma.on('leaveNode', () => {
		overlayState.hovered = -1;
		redraw();
		container.style.cursor = '';
		opts.onHover?.(null);
	});
	sigma.on('clickNode', ({ node }) => opts.onSelect?.(sigma.getGraph().getNodeAttribute(node, 'i')));
	sigma.on('clickStage', () => opts.onSelect?.(null));
	sigma.on('doubleClickNode', (e) => {
		e.preventSigmaDefault();
		opts.onOpen?.(sigma.getGraph().getNodeAttribute(e.node, 'i'));
	});

	let cameraTimer: ReturnType<typeof setTimeout> | undefined;
	cam.camera.on('updated', (state: CameraState) => {
		// The overview's fading follows the zoom: refresh only when the threshold is crossed.
		const overview = overviewing && state.ratio > OVERVIEW_RATIO;
		if (overview !== style.overview) setOverview(overview);
		clearTimeout(cameraTimer);
		cameraTimer = setTimeout(() => opts.onCamera?.({ x: state.x, y: state.y, ratio: state.ratio }), 250);
	});

	const keyOf = (i: number) => data.ids[i];
	const set = (key: 'selected' | 'hovered' | 'searched' | 'cursor', i: number | null) => {
		if ((i ?? -1) === overlayState[key]) return;
		overlayState[key] = i ?? -1;
		redraw();
	};

	function snapshot(): SceneNode[] {
		const { width, height } = sigma.getDimensions();
		const out: SceneNode[] = [];
		sigma.getGraph().forEachNode((key, a) => {
			const d = sigma.getNodeDisplayData(key) as (ReturnType<Sigma['getNodeDisplayData']> & Partial<MarkStyle>) | undefined;
			if (!d || d.hidden) return;
			const p = sigma.framedGraphToViewport(d);
			const r = sigma.scaleSize(d.size);
			if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
			out.push({
				i: a.i as number,
				x: p.x,
				y: p.y,
				r,
				style: { m1: d.m1 ?? 0, c1: d.c1 ?? d.color, m2: d.m2 ?? 0, c2: d.c2 ?? d.color, core: d.core ?? d.color }
			});
		});
		return out;
	}

	return {
		sigma,
		plain,
		setMask(mask) {
			// A new selection recomputes the mask, mostly to the same: only a real change touches the graph.
			const old = style.mask;
			if (mask.length !== old.length) return restyle({ mask });
			const changed: string[] = [];
			for (let i = 0; i < mask.length; i++) if (mask[i] !== old[i] && included[i] && drawn(data.ids[i])) changed.push(data.ids[i]);
			style = { ...style, mask };
			if (!changed.length) return;
			// Showing or hiding moves no node: only the changed nodes and their edges are re-reduced and
			// rewritten in their programs (sigma hides an edge with a hidden end), without a full process pass.
			const shown = sigma.getGraph();
			const edges = new Set<string>();
			for (const key of changed) shown.forEachEdge(key, (edge) => void edges.add(edge));
			sigma.refresh({ partialGraph: { nodes: changed, edges: [...edges] }, skipIndexation: true });
		},
		setColours(colours) {
			if (colours !== style.colours) recolour({ colours });
		},
		setDimmed(dimmed) {
			if (dimmed !== style.dimmed) recolour({ dimmed });
		},
		setSelected: (i) => set('selected', i),
		setHovered: (i) => set('hovered', i),
		setSearched: (i) => set('searched', i),
		setCursor: (i) => set('cursor', i),
		setPath(nodes) {
			if (nodes.length === overlayState.path.length && nodes.every((v, k) => v === overlayState.path[k])) return;
			overlayState.path = [...nodes];
			redraw();
		},
		setInsets(insets) {
			overlayState.insets = insets;
			redraw();
		},
		fitAll: (animate = true) => fitIndices(members, animate),
		isOnPath: (i) => overlayState.path.includes(i),
		isHighlighted: (i) => overlay.isHighlighted(i) && Boolean(style.mask[i]),
		labels: () => overlay.lastPaint().labels.map((l) => l.text),
		scene() {
			const { width, height } = sigma.getDimensions();
			const nodes = snapshot();
			const at = new Map(nodes.map((n) => [n.i, n]));
			const edges: Scene['edges'] = [];
			for (const n of nodes)
				for (const j of model.neighbours[n.i]) {
					const m = at.get(j);
					if (!m || n.i > j || edgeHidden(model, style, bulk, n.i, j)) continue;
					edges.push({ a: n, b: m, active: overlay.isHighlighted(n.i) && overlay.isHighlighted(j) && (n.i === activeCentre() || j === activeCentre()) });
				}
			const paint = overlay.lastPaint();
			return {
				width,
				height,
				nodes,
				edges,
				labels: paint.labels,
				washed: paint.washed,
				highlighted: (i: number) => overlay.isHighlighted(i) || overlayState.path.includes(i)
			};
		},
		async showNode(i, ratio) {
			const d = framedAt(i);
			if (!d) return;
			await cam.camera.animate({ x: d.x, y: d.y, ratio: ratio ?? Math.min(cam.camera.getState().ratio, 0.35) }, { duration: 500 });
		},
		fitNodes: (nodes, animate = true) => fitIndices(nodes, animate),
		zoomIn: cam.zoomIn,
		zoomOut: cam.zoomOut,
		pan: cam.pan,
		reset: cam.reset,
		setCamera: cam.set,
		getCamera: cam.get,
		viewportPosition(i) {
			const d = sigma.getNodeDisplayData(keyOf(i));
			return d ? sigma.framedGraphToViewport(d) : null;
		},
		complete: completed,
		snapshot,
		kill() {
			killed = true;
			clearTimeout(cameraTimer);
			sigma.kill();
		}
	};
}

/** Resting label candidates: the anchor, then nodes of facet types (themes), then by size; the bulk type last. */
function labelOrder(model: Model, included: Uint8Array, anchor: number, bulk: number): number[] {
	const { data } = model;
	// Ranked once per node, not in each of the sort's 100,000 comparisons.
	const typeRank = data.types.map((t, k) => (registry[t]?.facet ? 1 : k === bulk ? 3 : 2));
	const rank = new Uint8Array(data.ids.length);
	const members: number[] = [];
	for (let i = 0; i < data.ids.length; i++) {
		if (!included[i]) continue;
		rank[i] = i === anchor ? 0 : typeRank[data.type[i]];
		members.push(i);
	}
	return members.sort((a, b) => rank[a] - rank[b] || data.size[b] - data.size[a] || a - b);
}

/** On a phone a local graph's ring leaves little room for labels beside it: widen the framed area sideways. */
function widenForLabels(sigma: Sigma) {
	let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
	sigma.getGraph().forEachNode((_, a) => {
		minX = Math.min(minX, a.x);
		maxX = Math.max(maxX, a.x);
		minY = Math.min(minY, a.y);
		maxY = Math.max(maxY, a.y);
	});
	const margin = (maxX - minX) * 0.75;
	sigma.setCustomBBox({ x: [minX - margin, maxX + margin], y: [minY, maxY] });
	sigma.refresh();
}
