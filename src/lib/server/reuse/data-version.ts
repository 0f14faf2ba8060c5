import { sharedVersion } from '../../../../scripts/build-version.js';

/**
 * The data version of this build (scripts/build-version.js, hashed when svelte.config.js is loaded): a hash of code, settings and
 * content. Pages carry it in `<meta name="kennisgraaf-data">` and ask for data files with it (src/lib/fresh.ts), so
 * after a deploy a browser never pairs new pages with cached data. In `npm run dev` each content edit bumps it.
 */
export function dataVersion(): string {
	const built = sharedVersion('data') ?? 'dev';
	const edits = globalThis.__kennisgraafVersion;
	return edits ? `${built}-${edits}` : built;
}

/** The placeholder in src/app.html, replaced in every page (src/hooks.server.ts). */
export const DATA_VERSION_PLACEHOLDER = '%kennisgraaf.data%';
