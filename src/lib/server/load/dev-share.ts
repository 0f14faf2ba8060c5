/**
 * In `npm run dev` the content plugin (in Vite's own module graph) and the pages (in Vite's SSR module runner) run in
 * one process but with separate copies of the loader. The plugin loads the content on every edit to report errors;
 * it hands that result to the pages through globalThis, so an edit is loaded once instead of twice. The result is
 * tagged with the edit count, so the pages never take an older load.
 */
import type { LoadResult } from './index.ts';

declare global {
	var __kennisgraafVersion: number | undefined;
	var __kennisgraafLoaded: { version: number; root: string; base: string; result: LoadResult } | undefined;
}

export function shareLoaded(root: string, base: string, result: LoadResult) {
	globalThis.__kennisgraafLoaded = { version: globalThis.__kennisgraafVersion ?? 0, root, base, result };
}

export function sharedLoaded(root: string, base: string): LoadResult | undefined {
	const shared = globalThis.__kennisgraafLoaded;
	return shared && shared.version === (globalThis.__kennisgraafVersion ?? 0) && shared.root === root && shared.base === base ? shared.result : undefined;
}
