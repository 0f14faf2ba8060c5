/**
 * The entries() of a page route with parameters: the pages are listed to SvelteKit by their own address, with the
 * trailing slash, so it renders each with one request instead of a redirect and a request (scripts/listed-pages.js
 * says why and how). Where SvelteKit is shaped otherwise, the route returns its entries as parameters, as before.
 * Every +page route that exports entries() goes through here (tests/unit/listed-pages.test.ts checks).
 */
import { listPages, kitTakesListedPages } from '../../../../scripts/listed-pages.js';
import { kitOutDir } from '../config.ts';

let takes: boolean | undefined;

/** `route`: the route's id; `path`: an entry's address, without the base path, ending in a slash. */
export function pageEntries<T extends Record<string, string>>(
	route: string,
	entries: T[],
	path: (entry: T) => string,
	listed = (takes ??= kitTakesListedPages())
): T[] {
	if (!listed) return entries;
	listPages(kitOutDir(), route, entries.map(path));
	return [];
}
