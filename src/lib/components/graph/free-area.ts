/**
 * The part of the graph's canvas that the toolbar, the sheets and the legend leave free. Labels avoid
 * the covered edges and fitting centres in the rest (camera.ts); the build-time poster of the first view
 * (server/emit/graph-poster.ts) is placed in exactly that rectangle, so it lies where sigma will draw.
 *
 * `freeArea` runs in two places: inlined into the prerendered page right after the explorer's markup
 * (`posterScript`), where it places the poster before the first paint and before any module has
 * loaded, and from the explorer itself. So it is self-contained: no imports, no outside names.
 */
import type { Insets } from './labels.ts';

/**
 * Measures the covered edges of the canvas inside `explorer` (elements marked `data-inset`) and places the
 * poster (`.poster`) in the free rectangle. `narrowQuery` is the phone layout's media query (the side panel is then
 * a bottom sheet). `reveal` shows the poster, unless the address asks for
 * another view than the whole graph (a selection, filter or camera in the query string).
 */
export function freeArea(explorer: Element, narrowQuery: string, reveal = false): Insets {
	const stage = explorer.querySelector('#graaf-canvas')!.getBoundingClientRect();
	const narrow = matchMedia(narrowQuery).matches;
	const part = (name: string) => {
		const el = explorer.querySelector(`[data-inset="${name}"]`) as HTMLElement | null;
		return el && el.offsetParent ? el.getBoundingClientRect() : null;
	};
	const [bar, sheet, side, foot] = ['top', 'left', 'side', 'bottom'].map(part);
	const below = (r: DOMRect | null) => (r ? Math.max(0, stage.bottom - r.top) : 0);
	const insets = {
		top: bar ? Math.max(0, bar.bottom - stage.top + 4) : 0,
		left: sheet ? Math.max(0, sheet.right - stage.left + 4) : 0,
		right: side && !narrow ? Math.max(0, stage.right - side.left + 4) : 0,
		bottom: Math.max(below(foot), narrow ? below(side) : 0)
	};
	const poster = explorer.querySelector('.poster') as HTMLElement | null;
	if (poster) {
		poster.style.left = `${insets.left}px`;
		poster.style.top = `${insets.top}px`;
		poster.style.width = `${Math.max(40, stage.width - insets.left - insets.right)}px`;
		poster.style.height = `${Math.max(40, stage.height - insets.top - insets.bottom)}px`;
		if (reveal && location.search.length <= 1) poster.hidden = false;
	}
	return insets;
}

/** Matches the phone layout in the explorer's styles. */
export const NARROW = '(max-width: 720px)';

/** The inline script that places and shows the poster as the page is parsed (see above). */
export const posterScript = `<script>(${freeArea.toString()})(document.currentScript.parentElement,${JSON.stringify(NARROW)},true)</` + 'script>';
