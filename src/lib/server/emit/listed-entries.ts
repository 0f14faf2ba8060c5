/**
 * The entries() of every route with parameters: its pages and files are listed to SvelteKit by their own address (a
 * page's with the trailing slash), so it renders each with one request instead of a redirect and a request
 * (scripts/listed-pages.js says why and how). Where SvelteKit is shaped otherwise, the route returns its entries as
 * parameters, as before. Every route that exports entries() goes through here (tests/unit/listed-pages.test.ts checks).
 */
import { listPages, kitTakesListedPages } from '../../../../scripts/listed-pages.js';
import { kitOutDir } from '../config.ts';

type Entry = Record<string, string>;

let takes: boolean | undefined;
const kitTakes = () => (takes ??= kitTakesListedPages());

/**
 * An entry's address, without the base path: the route's id with each parameter filled in, as SvelteKit fills it
 * (`/[type=contenttype]/[id]` with { type: 'project', id: 'x' } → /project/x).
 */
export function addressOf(route: string, entry: Entry): string {
	return route.replace(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g, (_, name: string) => {
		if (!entry[name]) throw new Error(`${route}: de parameter ${name} ontbreekt in ${JSON.stringify(entry)}`);
		return entry[name];
	});
}

function listed<T extends Entry>(route: string, entries: T[], slash: string, take: boolean): T[] {
	if (!take) return entries;
	listPages(
		kitOutDir(),
		route,
		entries.map((e) => addressOf(route, e) + slash)
	);
	return [];
}

/** A page route's entries (`route`: its id), listed by address with the trailing slash. */
export const pageEntries = <T extends Entry>(route: string, entries: T[], take = kitTakes()) => listed(route, entries, '/', take);

/** A file route's entries (`route`: its id, e.g. /zoeken/data/term/[key].json), listed by address. */
export const fileEntries = <T extends Entry>(route: string, entries: T[], take = kitTakes()) => listed(route, entries, '', take);
