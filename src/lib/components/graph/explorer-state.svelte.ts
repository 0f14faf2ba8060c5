/**
 * The explorer's view state: one reactive field per part of the view, so a change re-runs only
 * what reads that part (a new selection does not recompute the filter mask). The camera is not
 * reactive: sigma owns it, and this copy only goes into the URL.
 */
import { emptyState, type Camera, type Colouring, type ViewState } from './view-state.ts';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, k) => v === b[k]);

export class ExplorerState {
	node = $state<string | null>(null);
	path = $state<string[]>([]);
	hidden = $state<string[]>([]);
	themes = $state<string[]>([]);
	sectors = $state<string[]>([]);
	/** Registers the data comes from (herkomst); empty: all. */
	sources = $state<string[]>([]);
	focus = $state(false);
	depth = $state<1 | 2>(1);
	colour = $state<Colouring>('type');
	from = $state<number | null>(null);
	to = $state<number | null>(null);
	camera: Camera | null = null;

	/** A plain copy, for the URL. */
	view(): ViewState {
		return {
			node: this.node,
			path: [...this.path],
			hidden: [...this.hidden],
			themes: [...this.themes],
			sectors: [...this.sectors],
			...(this.sources.length ? { sources: [...this.sources] } : {}),
			focus: this.focus,
			depth: this.depth,
			colour: this.colour,
			from: this.from,
			to: this.to,
			camera: this.camera
		};
	}

	/** Take over a view, writing only the fields that differ (equal lists keep their identity). */
	assign(next: Partial<ViewState>) {
		const v = { ...this.view(), ...next };
		if (this.node !== v.node) this.node = v.node;
		if (!sameList(this.path, v.path)) this.path = v.path;
		if (!sameList(this.hidden, v.hidden)) this.hidden = v.hidden;
		if (!sameList(this.themes, v.themes)) this.themes = v.themes;
		if (!sameList(this.sectors, v.sectors)) this.sectors = v.sectors;
		if (!sameList(this.sources, v.sources ?? [])) this.sources = v.sources ?? [];
		if (this.focus !== v.focus) this.focus = v.focus;
		if (this.depth !== v.depth) this.depth = v.depth;
		if (this.colour !== v.colour) this.colour = v.colour;
		if (this.from !== v.from) this.from = v.from;
		if (this.to !== v.to) this.to = v.to;
		this.camera = v.camera;
	}

	reset() {
		this.assign(emptyState());
	}
}
