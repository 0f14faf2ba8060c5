import { resolve } from 'node:path';

/** The content folder: KENNISGRAAF_CONTENT, or ./content. */
export const contentRoot = () => resolve(process.env.KENNISGRAAF_CONTENT || 'content');

/** SvelteKit's output folder for this build: KIT_OUT_DIR, as svelte.config.js sets it, or .svelte-kit. */
export const kitOutDir = () => process.env.KIT_OUT_DIR ?? '.svelte-kit';

/**
 * The public origin of the published site (scheme + host, no path; BASE_PATH adds the path):
 * SITE_URL, or the address `npm start` serves on. Used for absolute URLs in sitemap.xml,
 * feed.xml, Open Graph and JSON-LD. svelte.config.js passes the same value to prerendering.
 */
export const siteUrl = () => (process.env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');
