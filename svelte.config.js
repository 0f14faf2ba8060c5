import adapter from './scripts/static-adapter.js';
import { thisBuildVersion } from './scripts/build-version.js';
import { buildToken, listedPages } from './scripts/listed-pages.js';

/** BASE_PATH hosts the site under a sub-path, e.g. BASE_PATH=/kennisgraaf for GitHub Pages. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

// The data version (scripts/build-version.js) is hashed here, in the build's main thread, before SvelteKit starts its
// worker threads: they copy the environment, where thisBuildVersion leaves it for them and the adapter.
thisBuildVersion('data');
// Made here, in the build's main thread, for the same reason: the pages listed during the route analysis carry it.
buildToken();

const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
export default {
	// No preprocessing: scripts are TypeScript, which Svelte 5 reads itself, and styles are plain CSS. vitePreprocess()
	// only passed the plain CSS through Vite's pipeline (the site came out the same without it), and loading it cost
	// 0.45 CPU-s in each of SvelteKit's threads that read this file: the build's main thread, route analysis and
	// prerender.
	compilerOptions: {
		// Scoped class names in 6 characters instead of 14 ("svelte-12qhfyh"): about a hundred per page, 1 KB of every
		// node page. From the component's file name, so the same component keeps its class between builds.
		cssHash: ({ hash, css, filename }) => `s${hash(filename ?? css).slice(0, 5)}`
	},
	kit: {
		// Separate outDir/BUILD_DIR let several builds (tests, benchmarks) run side by side.
		outDir,
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		// Derived from the code, not the clock or the content: two builds of the same inputs are byte-identical, and a
		// content edit leaves the scripts of every page as they were (scripts/build-version.js).
		version: { name: thisBuildVersion('code') },
		prerender: {
			// The published origin (see SITE_URL in README): url.origin in prerendered pages and feeds.
			origin: (process.env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, ''),
			// Every page is listed (static routes by '*', dynamic ones by their entries()), so scanning each rendered page for
			// links only cost time (8.6 s at 10,000 nodes). A route that is not listed fails the build (handleUnseenRoutes).
			// The page routes' entries() list their pages by address (scripts/listed-pages.js): SvelteKit loads this file
			// again for its prerender step, after the route analysis, and finds them here.
			crawl: false,
			entries: ['*', ...listedPages(outDir)],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};
