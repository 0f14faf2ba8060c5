/**
 * Pages and files listed to SvelteKit by their own address, a page's with its trailing slash.
 *
 * A route with parameters lists its pages in entries(), as parameters; SvelteKit turns each into an address without
 * the trailing slash every page of this site has (trailingSlash 'always'), so it first requested /project/x, got a
 * redirect to /project/x/, and only then rendered the page. At 50,000 nodes those 52,750 redirects took 20 s, in
 * one run of promise callbacks that gave no timer and no hook of ours a turn: no progress line for 18.8 s.
 *
 * So the routes' entries() hand their addresses here, in SvelteKit's route analysis, and return none
 * (src/lib/server/emit/listed-entries.ts); SvelteKit's prerender step loads svelte.config.js again, which then lists
 * them in prerender.entries. The file is stamped with a token of this build, made where svelte.config.js is first
 * loaded and inherited by every thread, so no build reads another's list. Every route lists this way, in SvelteKit's
 * order of routes, apart from the node pages, which come last, as they did when their redirects sent them to the end
 * of the queue: rendered before the other files, in a 10,000-node build they took 2.6 s longer and the files after
 * them 2.1 s (one pair of builds; the cause was not found).
 *
 * This leans on SvelteKit loading its configuration inside the prerender step (prerender.js in Kit 2): checked
 * first, and where it does not hold the routes give SvelteKit their entries as before (a redirect each).
 * (JavaScript: svelte.config.js loads it with plain Node.)
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const TOKEN = 'KENNISGRAAF_LISTED_PAGES_TOKEN';
/** The route listed last: the node pages (see above). */
const LAST = '/[type=contenttype]/[id]';

/** This build's token: made by the first load of svelte.config.js, inherited by SvelteKit's threads. */
export const buildToken = () => (process.env[TOKEN] ??= randomUUID());

/** @param {string} kitOutDir */
export const listedPagesPath = (kitOutDir) => resolve(kitOutDir, 'kennisgraaf', 'listed-pages.json');

/**
 * Whether SvelteKit's prerender step reads prerender.entries from a configuration it loads itself, after the route
 * analysis (as Kit 2 does), so that pages listed during the analysis reach it.
 * @param {string} [prerenderSource] the text of SvelteKit's prerender.js (read from the installed package when left out)
 */
export function kitTakesListedPages(prerenderSource) {
	let source = prerenderSource;
	if (source === undefined) {
		try {
			const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
			source = readFileSync(join(kit, 'src', 'core', 'postbuild', 'prerender.js'), 'utf8');
		} catch {
			return false;
		}
	}
	return /=\s*\(await load_config\(\)\)\.kit\b/.test(source) && /of config\.prerender\.entries\b/.test(source);
}

/** Every route's listed pages so far, in this thread (the analysis runs the routes' entries() one after another). */
const listed = new Map();

/**
 * Notes a route's pages (addresses without the base path, e.g. /project/x/) for the prerender step.
 * @param {string} kitOutDir
 * @param {string} route the route's id, for whoever reads the file
 * @param {string[]} paths
 */
export function listPages(kitOutDir, route, paths) {
	for (const path of paths) if (!path.startsWith('/')) throw new Error(`listPages: het adres ${JSON.stringify(path)} van ${route} begint niet met /`);
	listed.set(route, paths);
	const file = listedPagesPath(kitOutDir);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify({ token: buildToken(), routes: Object.fromEntries(listed) }));
}

/**
 * The pages this build's route analysis listed, for prerender.entries; none before the analysis, in another build, or
 * outside a build.
 * @param {string} kitOutDir
 * @returns {string[]}
 */
export function listedPages(kitOutDir) {
	const file = listedPagesPath(kitOutDir);
	if (!existsSync(file)) return [];
	try {
		const { token, routes } = JSON.parse(readFileSync(file, 'utf8'));
		if (token !== buildToken()) return [];
		return Object.entries(routes)
			.sort(([a], [b]) => Number(a === LAST) - Number(b === LAST))
			.flatMap(([, paths]) => paths);
	} catch {
		return [];
	}
}
