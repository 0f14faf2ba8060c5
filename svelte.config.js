import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildVersion } from './scripts/build-version.js';

/** BASE_PATH hosts the site under a sub-path, e.g. BASE_PATH=/kennisgraaf for GitHub Pages. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// Separate outDir/BUILD_DIR let several builds (tests, benchmarks) run side by side.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		// Derived from the inputs, not the clock: two builds of the same inputs are byte-identical (scripts/build-version.js).
		version: { name: buildVersion() },
		prerender: {
			// The published origin (see SITE_URL in README): url.origin in prerendered pages and feeds.
			origin: (process.env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, ''),
			entries: ['*', '/graph.json', '/graph.jsonld', '/graph.ttl', '/sitemap.xml', '/feed.xml', '/dekking.csv', '/verband.json', '/_headers'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};
