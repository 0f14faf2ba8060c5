/**
 * window.__kennisgraafGraph for the browser tests and the benchmark. Imported only when the build
 * was made with VITE_KG_TEST_HOOK=1 (scripts/test.sh, the benchmarks), so shipped builds lack it.
 */
import type { ExplorerState } from './explorer-state.svelte.ts';
import type { Model } from './model.ts';
import type { Renderer } from './renderer.ts';
import type { ViewState } from './view-state.ts';

export function installTestHook(h: {
	model: Model;
	renderer: Renderer;
	state: ExplorerState;
	select: (id: string) => void;
	/** A change as the filter sheet makes it (the benchmark times filter, slider and lens steps). */
	apply: (patch: Partial<ViewState>) => unknown;
}) {
	const at = (id: string) => h.model.index.get(id)!;
	(window as unknown as { __kennisgraafGraph: unknown }).__kennisgraafGraph = {
		model: h.model,
		renderer: h.renderer,
		plain: h.renderer.plain,
		view: () => h.state.view(),
		select: h.select,
		apply: h.apply,
		position: (id: string) => h.renderer.viewportPosition(at(id)),
		display: (id: string) => h.renderer.sigma.getNodeDisplayData(id),
		highlighted: (id: string) => h.renderer.isHighlighted(at(id)),
		onPath: (id: string) => h.renderer.isOnPath(at(id)),
		labels: () => h.renderer.labels(),
		/** Resolves with the number of nodes in the graph sigma draws, once every node is in it. */
		complete: () => h.renderer.complete.then(() => h.renderer.sigma.getGraph().order)
	};
}
