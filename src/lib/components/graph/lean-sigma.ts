/**
 * Sigma's constructor does all of its set-up in one task: three WebGL contexts, sizing seven
 * canvases, compiling shaders for every default program, then processing and drawing the
 * graph. On a slow phone that task takes hundreds of milliseconds, in which the page cannot
 * respond to input. createSigma does the same work in steps, giving the browser a turn in
 * between: the WebGL contexts (handed to sigma through createCanvas), the constructor itself,
 * each shader program, then the first refresh (indexing and drawing the graph).
 * It also leaves out the arrow-edge programs, which an undirected graph never draws.
 * It leans on how sigma 3.0's constructor works (createWebGLContext asks createCanvas for its
 * canvas; programs are registered through registerNodeProgram/registerEdgeProgram, which are
 * private; it ends with refresh). Those internals are checked before use (stagedStartSupported)
 * and any failure of the staged start falls back to a plain `new Sigma`, which costs one long
 * task but always works; a browser test runs that fallback (graph.spec.ts).
 */
import Sigma from 'sigma';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { Coordinates } from 'sigma/types';
import { createNodePicker, unpickedPrograms } from './picking.ts';
import type Graph from 'graphology';
import { yieldToMain } from './yield-to-main.ts';

/** Edges carry no `type`, so sigma draws them all with its default edge type, 'line'. */
const DRAWN_EDGE_TYPES = new Set(['line']);
/** Sigma's WebGL layers and the context attributes its createWebGLContext asks for. */
const WEBGL_LAYERS = ['edges', 'nodes', 'hoverNodes'];
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = { preserveDrawingBuffer: false, antialias: false };

type Step = () => void;
/** Set only while a LeanSigma constructor runs (class fields do not exist before super() returns). */
let construction: { canvases: Map<string, HTMLCanvasElement>; deferred: Step[] } | null = null;
/** Built but not yet complete: refreshes wait for the last step (programs may still be missing). */
const unfinished = new WeakSet<LeanSigma>();

export class LeanSigma extends Sigma<Attributes, Attributes, Attributes> {
	override createCanvas(id: string, options?: Parameters<Sigma['createCanvas']>[1]): HTMLCanvasElement {
		const ready = construction?.canvases.get(id);
		if (!ready) return super.createCanvas(id, options);
		// What createLayer does with an element of its own.
		ready.classList.add(`sigma-${id}`);
		ready.style.position = 'absolute';
		if (options?.style) Object.assign(ready.style, options.style);
		(this as unknown as { elements: Record<string, HTMLElement> }).elements[id] = ready;
		this.getContainer().appendChild(ready);
		return ready;
	}

	override refresh(opts?: Parameters<Sigma['refresh']>[0]): this {
		return construction || unfinished.has(this) ? this : super.refresh(opts);
	}

	/** Picking on the CPU (picking.ts); the staged start's programs draw no picking pass. */
	pickNode: ((position: Coordinates) => string | null) | null = null;
}

type ProgramRegistry = Record<'registerNodeProgram' | 'registerEdgeProgram', (this: unknown, ...args: unknown[]) => unknown>;
const sigmaMethods = Sigma.prototype as unknown as ProgramRegistry;

/** Does this sigma still have the internals the staged start relies on? */
export function stagedStartSupported(proto: object = Sigma.prototype): boolean {
	const p = proto as Record<string, unknown>;
	return ['registerNodeProgram', 'registerEdgeProgram', 'createCanvas', 'refresh', 'getNodeAtPosition'].every((m) => typeof p[m] === 'function');
}
type Picking = { getNodeAtPosition(this: LeanSigma, position: Coordinates): string | null };
const sigmaPick = (Sigma.prototype as unknown as Picking).getNodeAtPosition;
// Private in sigma's types, so wrapped like the registries: every hover, click and tap asks it.
(LeanSigma.prototype as unknown as Picking).getNodeAtPosition = function (position) {
	return this.pickNode ? this.pickNode(position) : sigmaPick.call(this, position);
};
const leanMethods = LeanSigma.prototype as unknown as ProgramRegistry;
// Both are private in sigma's types, so they are wrapped on the prototype rather than overridden.
leanMethods.registerNodeProgram = function (...args) {
	const register = () => sigmaMethods.registerNodeProgram.apply(this, args);
	if (construction) construction.deferred.push(register);
	else register();
	return this;
};
leanMethods.registerEdgeProgram = function (...args) {
	if (!DRAWN_EDGE_TYPES.has(args[0] as string)) return this;
	const register = () => sigmaMethods.registerEdgeProgram.apply(this, args);
	if (construction) construction.deferred.push(register);
	else register();
	return this;
};

type AnyGraph = Graph<Attributes, Attributes, Attributes>;
type AnySettings = Partial<Settings<Attributes, Attributes, Attributes>>;

/**
 * Sigma, built in steps where its internals allow (staged), else with its plain constructor.
 * When the promise resolves, the graph is drawn either way.
 */
export async function createSigma(
	graph: AnyGraph,
	container: HTMLElement,
	settings: AnySettings,
	opts: { plain?: boolean } = {}
): Promise<{ sigma: Sigma<Attributes, Attributes, Attributes>; plain: boolean }> {
	if (!opts.plain && stagedStartSupported())
		try {
			// Without sigma's GPU picking pass, which doubles every frame's drawing; LeanSigma picks on the CPU.
			const lean = {
				...settings,
				nodeProgramClasses: unpickedPrograms(settings.nodeProgramClasses ?? {}),
				edgeProgramClasses: unpickedPrograms(settings.edgeProgramClasses ?? { line: EdgeRectangleProgram })
			};
			const sigma = await staged(graph, container, lean);
			const picker = createNodePicker(sigma);
			sigma.pickNode = picker.pick;
			// Another graph (the overview's or the full one): index its nodes anew on the next pick.
			sigma.on('afterProcess', picker.invalidate);
			return { sigma, plain: false };
		} catch (e) {
			if (e instanceof NoWebGL) throw e;
			console.warn('Kennisgraaf: gefaseerd starten van sigma mislukt, gewoon starten', e);
			container.replaceChildren();
		}
	return { sigma: new Sigma(graph, container, settings), plain: true };
}

class NoWebGL extends Error {}

/**
 * A LeanSigma built in steps, with a turn for the browser between them. When the promise
 * resolves, the graph is drawn: the state in which plain sigma's constructor returns.
 */
async function staged(graph: AnyGraph, container: HTMLElement, settings: AnySettings): Promise<LeanSigma> {
	const canvases = new Map<string, HTMLCanvasElement>();
	for (const id of WEBGL_LAYERS) {
		const canvas = document.createElement('canvas');
		// Sigma takes over a context that already exists (getContext returns it again).
		if (!canvas.getContext('webgl2', CONTEXT_ATTRIBUTES)) throw new NoWebGL('WebGL2 is niet beschikbaar');
		canvases.set(id, canvas);
		await yieldToMain();
	}
	performance.mark('kg:contexts');
	const deferred: Step[] = [];
	construction = { canvases, deferred };
	let sigma: LeanSigma;
	try {
		sigma = new LeanSigma(graph, container, settings);
	} finally {
		construction = null;
	}
	performance.mark('kg:sigma');
	unfinished.add(sigma);
	for (const step of deferred) {
		await yieldToMain();
		step();
	}
	performance.mark('kg:programs');
	await yieldToMain();
	unfinished.delete(sigma);
	sigma.refresh();
	return sigma;
}
