/**
 * The explorer's view state and its URL form, so a view can be shared and back/forward work.
 * ?knoop=<id>&pad=<id>,<id>,…&verberg=<types>&thema=<ids>&sector=<codes>&bron=<registers>&focus=1&diepte=2&kleur=cluster|dekking&van=2020&tot=2024&x=…&y=…&zoom=…
 * Unknown values are dropped, so an old or edited link never breaks the page.
 */
export interface Camera {
	x: number;
	y: number;
	ratio: number;
}

export interface ViewState {
	node: string | null;
	/** A walk to highlight, in order (e.g. a shortest path from /verband); empty for none. */
	path: string[];
	/** Types switched off in the legend. */
	hidden: string[];
	themes: string[];
	sectors: string[];
	/** Registers the data comes from (herkomst); absent or empty: all. */
	sources?: string[];
	focus: boolean;
	depth: 1 | 2;
	/** What a node's colour says: its type (default), its cluster (community) or who works on it (coverage lens). */
	colour: Colouring;
	/** Time window over project years (either end open: null); projects outside it fade. */
	from: number | null;
	to: number | null;
	camera: Camera | null;
}

export const COLOURINGS = ['type', 'cluster', 'dekking'] as const;
export type Colouring = (typeof COLOURINGS)[number];

export interface Vocabulary {
	hasNode(id: string): boolean;
	types: readonly string[];
	themes: readonly string[];
	sectors: readonly string[];
	sources?: readonly string[];
}

export const emptyState = (): ViewState => ({
	node: null,
	path: [],
	hidden: [],
	themes: [],
	sectors: [],
	focus: false,
	depth: 1,
	colour: 'type',
	from: null,
	to: null,
	camera: null
});

const list = (params: URLSearchParams, key: string, allowed: readonly string[]) => {
	const values = new Set((params.get(key) ?? '').split(',').filter(Boolean));
	// Keep the vocabulary's order, so equal states give equal URLs.
	return allowed.filter((v) => values.has(v));
};

/** Longer walks are not paths anyone would follow; the cap also bounds what a crafted link can ask. */
export const PATH_MAX = 24;

/**
 * A path is all or nothing: dropping one unknown id would join two nodes that are not neighbours,
 * and a single node is a selection, not a path.
 */
const path = (params: URLSearchParams, vocab: Vocabulary) => {
	const ids = (params.get('pad') ?? '').split(',').filter(Boolean);
	return ids.length >= 2 && ids.length <= PATH_MAX && ids.every((id) => vocab.hasNode(id)) ? ids : [];
};

const num = (params: URLSearchParams, key: string) => {
	const raw = params.get(key);
	if (raw === null || raw.trim() === '') return null;
	const v = Number(raw);
	return Number.isFinite(v) ? v : null;
};

const year = (params: URLSearchParams, key: string) => {
	const v = num(params, key);
	return v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : null;
};

export function parseState(search: string | URLSearchParams, vocab: Vocabulary): ViewState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const node = params.get('knoop');
	const x = num(params, 'x');
	const y = num(params, 'y');
	const ratio = num(params, 'zoom');
	return {
		node: node && vocab.hasNode(node) ? node : null,
		path: path(params, vocab),
		hidden: list(params, 'verberg', vocab.types),
		themes: list(params, 'thema', vocab.themes),
		sectors: list(params, 'sector', vocab.sectors),
		...(list(params, 'bron', vocab.sources ?? []).length ? { sources: list(params, 'bron', vocab.sources ?? []) } : {}),
		focus: params.get('focus') === '1' && Boolean(node && vocab.hasNode(node)),
		depth: params.get('diepte') === '2' ? 2 : 1,
		colour: (COLOURINGS as readonly string[]).includes(params.get('kleur') ?? '') ? (params.get('kleur') as Colouring) : 'type',
		...window(year(params, 'van'), year(params, 'tot')),
		camera: x !== null && y !== null && ratio !== null && ratio > 0 ? { x, y, ratio } : null
	};
}

/** A window whose ends are the wrong way round is read the right way round. */
const window = (from: number | null, to: number | null) => (from !== null && to !== null && from > to ? { from: to, to: from } : { from, to });

const round = (v: number, digits: number) => String(Math.round(v * 10 ** digits) / 10 ** digits);

/** Query string (with leading "?", or "" for the default view); defaults are left out. */
export function serializeState(state: ViewState): string {
	const params = new URLSearchParams();
	if (state.node) params.set('knoop', state.node);
	if (state.path.length) params.set('pad', state.path.join(','));
	if (state.hidden.length) params.set('verberg', state.hidden.join(','));
	if (state.themes.length) params.set('thema', state.themes.join(','));
	if (state.sectors.length) params.set('sector', state.sectors.join(','));
	if (state.sources?.length) params.set('bron', state.sources.join(','));
	if (state.focus && state.node) params.set('focus', '1');
	if (state.depth === 2) params.set('diepte', '2');
	if (state.colour !== 'type') params.set('kleur', state.colour);
	if (state.from !== null) params.set('van', String(state.from));
	if (state.to !== null) params.set('tot', String(state.to));
	if (state.camera) {
		params.set('x', round(state.camera.x, 4));
		params.set('y', round(state.camera.y, 4));
		params.set('zoom', round(state.camera.ratio, 4));
	}
	const s = params.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

/** Same view apart from the camera: camera moves replace the history entry instead of adding one. */
export const sameExceptCamera = (a: ViewState, b: ViewState) => serializeState({ ...a, camera: null }) === serializeState({ ...b, camera: null });
