/**
 * The entries() of every route with parameters: its pages and files are listed to SvelteKit by their own address (a
 * page's with the trailing slash), so it renders each with one request instead of a redirect and a request
 * (scripts/listed-pages.js says why and how). Where SvelteKit is shaped otherwise, the route returns its entries as
 * parameters, as before. Every route that exports entries() goes through here (tests/unit/listed-pages.test.ts checks).
 */
import { listPages, kitTakesListedPages } from '../../../../scripts/listed-pages.js';
import { kitOutDir } from '../config.ts';

let takes: boolean | undefined;

/** `route`: the route's id; `path`: an entry's address, without the base path (a page's ending in a slash). */
export function listedEntries<T extends Record<string, string>>(
	route: string,
	entries: T[],
	path: (entry: T) => string,
	listed = (takes ??= kitTakesListedPages())
): T[] {
	if (!listed) return entries;
	listPages(kitOutDir(), route, entries.map(path));
	return [];
}
