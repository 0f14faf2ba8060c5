/**
 * Sigma wrapper shared by /graaf and the local graph on node pages.
 * Imported only from onMount (sigma needs WebGL2 globals that do not exist during prerendering).
 * Filters reach sigma through reducers and re-index (hidden nodes leave the label grid);
 * hover and selection are drawn on a highlight layer of our own (see drawHighlight).
 */
import type Sigma from 'sigma';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import { registry } from '../../registry/registry.ts';
import { createSigma } from './lean-sigma.ts';
import { egoNetwork, type Model } from './model.ts';
import { yieldToMain } from './yield-to-main.ts';
import type { Camera } from './view-state.ts';

const LABEL_MAX = 42;
const CHUNK = 2000;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1b1f24';
const DIM_WASH = 'rgba(255, 255, 255, 0.82)';
const ACTIVE_EDGE = '#59606b';
const PATH_EDGE = '#1d3557';

export interface RendererOptions {
	model: Model;
	container: HTMLElement;
	/** Only these nodes (local graph); default: all. */
	subset?: number[];
	/** Positions overriding the build-time layout (local graph). */
	positions?: Map<number, { x: number; y: number; size: number }>;
	/** Node that stays highlighted (the page's own node in the local graph). */
	anchor?: number;
	/** Initial filter mask, so the first frame already shows the filtered view. */
	mask?: Uint8Array;
	/** Colour per node overriding the type colours (colour by cluster); null for type colours. */
	colours?: string[] | null;
	onSelect?: (i: number | null) => void;
	onOpen?: (i: number) => void;
	onHover?: (i: number | null) => void;
	onCamera?: (camera: Camera) => void;
	onFirstFrame?: () => void;
}

export interface Renderer {
	sigma: Sigma;
	setMask(mask: Uint8Array): void;
	setColours(colours: string[] | null): void;
	setSelected(i: number | null): void;
	setHovered(i: number | null): void;
	setSearched(i: number | null): void;
	/** Highlight a walk through the graph (in order); [] for none. */
	setPath(nodes: number[]): void;
	isOnPath(i: number): boolean;
	/** Is the node part of the highlighted (hovered or selected) neighbourhood? */
	isHighlighted(i: number): boolean;
	showNode(i: number, ratio?: number): Promise<void>;
	fitNodes(nodes: Iterable<number>): Promise<void>;
	zoomIn(): void;
	zoomOut(): void;
	/** Move the view by a fraction of its size. */
	pan(dx: number, dy: number): void;
	reset(): void;
	setCamera(camera: Camera): void;
	getCamera(): Camera;
	/** Viewport position (CSS px, relative to the container) of a node, for tests and the benchmark. */
	viewportPosition(i: number): { x: number; y: number } | null;
	exportPng(fileName: string): Promise<void>;
	kill(): void;
}

const truncate = (s: string, max = LABEL_MAX) => (s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : s);

export async function createRenderer(opts: RendererOptions): Promise<Renderer> {
	const { model, container } = opts;
	const { data } = model;
	const large = (opts.subset?.length ?? data.ids.length) > 2000;
	const graph = new Graph<Attributes, Attributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
	const members = opts.subset ?? data.ids.map((_, i) => i);
	// Node sizes are in screen pixels: shrink them on narrow screens so the graph keeps its shape.
	const sizeScale = Math.min(1, Math.max(0.55, container.clientWidth / 900));
	// On a phone a local graph's ring leaves little room beside it: shorter labels, a wider frame (below).
	const narrow = container.clientWidth < 520;
	const labelMax = narrow && opts.subset ? 14 : LABEL_MAX;
	const included = new Uint8Array(data.ids.length);
	for (const i of members) included[i] = 1;
	// Adding thousands of nodes and edges takes a while: give the browser a turn every CHUNK nodes.
	for (let k = 0; k < members.length; k++) {
		if (k > 0 && k % CHUNK === 0) await yieldToMain();
		const i = members[k];
		const p = opts.positions?.get(i);
		graph.addNode(data.ids[i], {
			i,
			x: p?.x ?? data.x[i],
			y: p?.y ?? data.y[i],
			size: (p?.size ?? data.size[i]) * sizeScale,
			color: registry[data.types[data.type[i]]]?.color ?? '#555555',
			label: truncate(data.titles[i], labelMax)
		});
	}
	for (let k = 0; k < members.length; k++) {
		if (k > 0 && k % CHUNK === 0) await yieldToMain();
		const i = members[k];
		for (const j of model.neighbours[i]) if (i < j && included[j]) graph.addEdge(data.ids[i], data.ids[j], { s: i, t: j });
	}

	let mask: Uint8Array = opts.mask ?? new Uint8Array(data.ids.length).fill(1);
	let colours = opts.colours ?? null;
	let hovered = -1;
	let selected = -1;
	let searched = -1;
	let active: Set<number> | null = null;
	let path: number[] = [];
	let center = -1;
	const anchor = opts.anchor ?? -1;

	function updateActive() {
		center = hovered >= 0 ? hovered : selected;
		active = center >= 0 ? egoNetwork(model, center, 1) : null;
	}

	// In the local graph every label fits (few nodes) and points away from the centre, so the
	// ring's labels do not run across it; everywhere a white halo keeps labels readable over edges.
	const local = Boolean(opts.subset);
	const showAllLabels = local && members.length <= 40;
	// Where the centre is on screen, worked out at the first label of each render: only then
	// are the display positions normalised (a full refresh resets them to graph coordinates).
	let centreX: number | null = null;
	// eslint-disable-next-line prefer-const -- assigned once sigma exists; the closures below read it before that
	let sigmaRef: Sigma | undefined;
	const centre = () => {
		const d = sigmaRef && anchor >= 0 ? sigmaRef.getNodeDisplayData(data.ids[anchor]) : undefined;
		return d ? sigmaRef!.framedGraphToViewport(d).x : -Infinity;
	};
	const drawLabel: NodeLabelDrawingFunction = (context, d, settings) => {
		if (!d.label) return;
		context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
		const w = context.measureText(d.label).width;
		if (local && centreX === null) centreX = centre();
		// Flip to the left where the label would run off the right edge (phones), never past the left edge.
		// The container, not sigma: the first render (in createSigma) runs before sigmaRef is set.
		const width = container.clientWidth || Infinity;
		const leftward = (local && d.x < centreX! - 1) || d.x + d.size + 3 + w > width - 4;
		const x = leftward ? Math.max(4, d.x - d.size - 3 - w) : d.x + d.size + 3;
		const y = d.y + settings.labelSize / 3;
		context.lineJoin = 'round';
		context.lineWidth = 3;
		context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
		context.strokeText(d.label, x, y);
		context.fillStyle = INK;
		context.fillText(d.label, x, y);
	};

	const sigma = await createSigma(graph, container, {
		allowInvalidContainer: true,
		zIndex: !large,
		hideEdgesOnMove: large,
		renderEdgeLabels: false,
		labelFont: FONT,
		labelSize: 12,
		labelWeight: '500',
		labelColor: { color: INK },
		// Labels are long titles: wide grid cells keep them from piling up.
		labelDensity: large ? 0.4 : 0.5,
		labelGridCellSize: large ? 180 : 150,
		labelRenderedSizeThreshold: large ? 9 : 5,
		defaultEdgeColor: large ? 'rgba(90, 100, 115, 0.10)' : '#c3c9d2',
		minCameraRatio: 0.02,
		maxCameraRatio: 4,
		stagePadding: local && !narrow ? 48 : 24,
		defaultDrawNodeLabel: drawLabel,
		// Reducers only carry what changes rarely (filters, the page's own node); hover and
		// selection are drawn on the highlight layer, so they never re-process 60,000 items.
		nodeReducer(_key, attrs) {
			const i = attrs.i as number;
			if (!mask[i]) return { ...attrs, hidden: true };
			const coloured = colours ? { ...attrs, color: colours[i] } : attrs;
			if (i === anchor) return { ...coloured, forceLabel: true, highlighted: true, zIndex: 2 };
			return showAllLabels ? { ...coloured, forceLabel: true } : coloured;
		},
		edgeReducer(_key, attrs) {
			if (!mask[attrs.s as number] || !mask[attrs.t as number]) return { ...attrs, hidden: true };
			return attrs;
		}
	});

	/*
	 * Highlight layer, between sigma's labels and its hover layer: a translucent wash dims
	 * everything drawn so far, then a highlighted path and the active node, its neighbours and
	 * their edges are drawn again on top. Costs O(neighbours) per hover instead of a full repaint.
	 */
	// Sized like sigma's own layers (sigma resizes it with them later); sigma.resize(true) here
	// would wipe the layers already drawn.
	const { width: w0, height: h0 } = sigma.getDimensions();
	sigma.createCanvasContext('highlight', { afterLayer: 'labels', style: { width: `${w0}px`, height: `${h0}px` } } as {
		style?: Partial<CSSStyleDeclaration>;
	});
	const highlight = sigma.getCanvases().highlight.getContext('2d')!;
	const pixelRatio = window.devicePixelRatio || 1;
	highlight.canvas.width = w0 * pixelRatio;
	highlight.canvas.height = h0 * pixelRatio;
	highlight.scale(pixelRatio, pixelRatio);

	type Shown = { i: number; x: number; y: number; r: number; color: string };
	type Box = [number, number, number, number];
	const overlaps = (box: Box, placed: Box[]) => placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]);

	function shownAt(i: number): Shown | null {
		if (!included[i] || !mask[i]) return null;
		const d = sigma.getNodeDisplayData(data.ids[i]);
		if (!d || d.hidden) return null;
		const p = sigma.framedGraphToViewport(d);
		return { i, x: p.x, y: p.y, r: sigma.scaleSize(d.size), color: d.color };
	}

	/**
	 * A label beside the node, flipped to the left at the right edge (or when the right side is
	 * taken and `force` is set). Without `force` a label that would collide is skipped.
	 */
	function drawNodeLabel(n: Shown, width: number, placed: Box[], bold: boolean, force: boolean) {
		highlight.font = `${bold ? 700 : 500} ${bold ? 13 : 12}px ${FONT}`;
		const text = truncate(data.titles[n.i]);
		const w = highlight.measureText(text).width;
		const at = (left: boolean): Box => {
			// Never start outside the canvas.
			const x0 = Math.max(4, left ? n.x - n.r - 4 - w : n.x + n.r + 4);
			return [x0 - 2, n.y - 8, x0 + w + 2, n.y + 8];
		};
		const preferLeft = n.x + n.r + 4 + w > width - 4;
		let box = at(preferLeft);
		if (overlaps(box, placed)) {
			const other = at(!preferLeft);
			if (!overlaps(other, placed) && other[2] <= width) box = other;
			else if (!force) return;
		}
		placed.push(box);
		const x0 = box[0] + 2;
		highlight.strokeStyle = 'rgba(255, 255, 255, 0.92)';
		highlight.lineWidth = 4;
		highlight.strokeText(text, x0, n.y);
		highlight.fillStyle = INK;
		highlight.fillText(text, x0, n.y);
	}

	/** The highlighted path: thick edges between consecutive nodes, ringed nodes, every label. */
	function drawPath(width: number, placed: Box[]) {
		const shown = path.map(shownAt);
		highlight.strokeStyle = PATH_EDGE;
		highlight.lineWidth = 3;
		highlight.lineCap = 'round';
		highlight.beginPath();
		for (let k = 1; k < shown.length; k++) {
			const a = shown[k - 1];
			const b = shown[k];
			if (!a || !b) continue;
			highlight.moveTo(a.x, a.y);
			highlight.lineTo(b.x, b.y);
		}
		highlight.stroke();
		for (const n of shown) {
			if (!n) continue;
			highlight.fillStyle = n.color;
			highlight.beginPath();
			highlight.arc(n.x, n.y, Math.max(4, n.r), 0, 2 * Math.PI);
			highlight.fill();
			highlight.strokeStyle = PATH_EDGE;
			highlight.lineWidth = 2;
			highlight.beginPath();
			highlight.arc(n.x, n.y, Math.max(4, n.r) + 2.5, 0, 2 * Math.PI);
			highlight.stroke();
		}
		highlight.textBaseline = 'middle';
		highlight.lineJoin = 'round';
		// Ends first and in bold, so they keep their place when labels crowd.
		const ends = [shown[0], shown[shown.length - 1]];
		for (const n of ends) if (n) drawNodeLabel(n, width, placed, true, true);
		for (const n of shown.slice(1, -1)) if (n) drawNodeLabel(n, width, placed, false, true);
	}

	function drawHighlight() {
		const { width, height } = sigma.getDimensions();
		highlight.clearRect(0, 0, width, height);
		const ego = center >= 0 && active !== null;
		if (!ego && !path.length) return;
		highlight.fillStyle = DIM_WASH;
		highlight.fillRect(0, 0, width, height);
		const placed: Box[] = [];
		if (path.length) drawPath(width, placed);
		if (!ego) return;
		const shown: Shown[] = [];
		for (const i of active!) {
			const n = shownAt(i);
			if (n) shown.push(n);
		}
		const c = shown.find((n) => n.i === center);
		if (!c) return;
		highlight.strokeStyle = ACTIVE_EDGE;
		highlight.lineWidth = 1.4;
		highlight.beginPath();
		for (const n of shown) {
			if (n === c) continue;
			highlight.moveTo(c.x, c.y);
			highlight.lineTo(n.x, n.y);
		}
		highlight.stroke();
		for (const n of shown) {
			highlight.fillStyle = n.color;
			highlight.beginPath();
			highlight.arc(n.x, n.y, Math.max(2, n.r), 0, 2 * Math.PI);
			highlight.fill();
		}
		// A ring marks the selection; the hovered node gets sigma's own hover label.
		if (center === selected || center === searched) {
			highlight.strokeStyle = INK;
			highlight.lineWidth = 2;
			highlight.beginPath();
			highlight.arc(c.x, c.y, Math.max(2, c.r) + 3, 0, 2 * Math.PI);
			highlight.stroke();
		}
		// Name the centre, then neighbours biggest first, skipping labels that would collide.
		const ordered = [c, ...shown.filter((n) => n !== c).sort((a, b) => b.r - a.r)].slice(0, 40);
		highlight.textBaseline = 'middle';
		highlight.lineJoin = 'round';
		for (const n of ordered) {
			const isCenter = n === c;
			// The hovered node already has sigma's label box.
			if (isCenter && center === hovered) {
				placed.push([n.x, n.y - 9, n.x + n.r + 8 + 7 * data.titles[n.i].length, n.y + 9]);
				continue;
			}
			drawNodeLabel(n, width, placed, isCenter, isCenter);
		}
	}
	sigmaRef = sigma;
	if (local && narrow && graph.order > 1) {
		// Room for labels beside the ring: widen the framed area sideways (sigma keeps the aspect ratio).
		let minX = Infinity,
			maxX = -Infinity,
			minY = Infinity,
			maxY = -Infinity;
		graph.forEachNode((_, a) => {
			minX = Math.min(minX, a.x);
			maxX = Math.max(maxX, a.x);
			minY = Math.min(minY, a.y);
			maxY = Math.max(maxY, a.y);
		});
		const margin = (maxX - minX) * 0.75;
		sigma.setCustomBBox({ x: [minX - margin, maxX + margin], y: [minY, maxY] });
		sigma.refresh();
	}
	sigma.on('beforeRender', () => (centreX = null));
	// The first draw (in createSigma) ran before this listener existed.
	if (anchor >= 0) sigma.scheduleRender();
	sigma.on('afterRender', drawHighlight);
	sigma.on('resize', drawHighlight);

	const reindex = () => sigma.refresh();
	const rehighlight = () => {
		updateActive();
		drawHighlight();
	};

	// createSigma has drawn the graph; two animation frames later that drawing is on screen.
	requestAnimationFrame(() => requestAnimationFrame(() => opts.onFirstFrame?.()));
	sigma.on('enterNode', ({ node }) => {
		hovered = graph.getNodeAttribute(node, 'i');
		rehighlight();
		container.style.cursor = 'pointer';
		opts.onHover?.(hovered);
	});
	sigma.on('leaveNode', () => {
		hovered = -1;
		rehighlight();
		container.style.cursor = '';
		opts.onHover?.(null);
	});
	sigma.on('clickNode', ({ node }) => opts.onSelect?.(graph.getNodeAttribute(node, 'i')));
	sigma.on('clickStage', () => opts.onSelect?.(null));
	sigma.on('doubleClickNode', (e) => {
		e.preventSigmaDefault();
		opts.onOpen?.(graph.getNodeAttribute(e.node, 'i'));
	});

	const camera = sigma.getCamera();
	let cameraTimer: ReturnType<typeof setTimeout> | undefined;
	camera.on('updated', (state: CameraState) => {
		clearTimeout(cameraTimer);
		cameraTimer = setTimeout(() => opts.onCamera?.({ x: state.x, y: state.y, ratio: state.ratio }), 250);
	});

	const displayOf = (i: number) => sigma.getNodeDisplayData(data.ids[i]);

	return {
		sigma,
		setMask(next) {
			mask = next;
			reindex();
		},
		setColours(next) {
			if (next === colours) return;
			colours = next;
			reindex();
		},
		setSelected(i) {
			if ((i ?? -1) === selected) return;
			selected = i ?? -1;
			rehighlight();
		},
		setHovered(i) {
			hovered = i ?? -1;
			rehighlight();
		},
		setSearched(i) {
			searched = i ?? -1;
			rehighlight();
		},
		setPath(nodes) {
			if (nodes.length === path.length && nodes.every((v, k) => v === path[k])) return;
			path = [...nodes];
			drawHighlight();
		},
		isOnPath: (i) => path.includes(i),
		isHighlighted: (i) => Boolean(active?.has(i) && mask[i]),
		async showNode(i, ratio) {
			const d = displayOf(i);
			if (!d) return;
			await camera.animate({ x: d.x, y: d.y, ratio: ratio ?? Math.min(camera.getState().ratio, 0.35) }, { duration: 500 });
		},
		async fitNodes(nodes) {
			let minX = Infinity,
				maxX = -Infinity,
				minY = Infinity,
				maxY = -Infinity;
			for (const i of nodes) {
				const d = displayOf(i);
				if (!d) continue;
				minX = Math.min(minX, d.x);
				maxX = Math.max(maxX, d.x);
				minY = Math.min(minY, d.y);
				maxY = Math.max(maxY, d.y);
			}
			if (!Number.isFinite(minX)) return;
			const ratio = Math.min(1.2, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.3));
			await camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
		},
		zoomIn: () => void camera.animatedZoom({ duration: 250 }),
		pan(dx, dy) {
			const s = camera.getState();
			void camera.animate({ x: s.x + dx * s.ratio, y: s.y + dy * s.ratio }, { duration: 150 });
		},
		zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
		reset: () => void camera.animatedReset({ duration: 300 }),
		setCamera(c) {
			camera.setState({ x: c.x, y: c.y, ratio: c.ratio, angle: 0 });
		},
		getCamera() {
			const s = camera.getState();
			return { x: s.x, y: s.y, ratio: s.ratio };
		},
		viewportPosition(i) {
			const d = displayOf(i);
			return d ? sigma.framedGraphToViewport(d) : null;
		},
		async exportPng(fileName) {
			const { downloadAsPNG } = await import('@sigma/export-image');
			await downloadAsPNG(sigma, { fileName, backgroundColor: '#ffffff' });
		},
		kill() {
			clearTimeout(cameraTimer);
			sigma.kill();
		}
	};
}
