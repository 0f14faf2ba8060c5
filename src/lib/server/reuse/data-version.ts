import { building } from '$app/environment';
import { sharedVersion } from '../../../../scripts/build-version.js';

/** The version a build's thread found: it cannot change while the thread builds, and every page asks for it. */
let builtVersion: string | undefined;

/**
 * The data version of this build (scripts/build-version.js, hashed when svelte.config.js is loaded): a hash of code, settings and
 * content. Pages carry it in `<meta name="kennisgraaf-data">` and ask for data files with it (src/lib/fresh.ts), so
 * after a deploy a browser never pairs new pages with cached data. In `npm run dev` each content edit bumps it.
 */
export function dataVersion(): string {
	// Looked up once per build thread: each lookup lists the environment (0.3 s of 23,000 pages at 10,000 nodes).
	const built = (building ? (builtVersion ??= sharedVersion('data')) : sharedVersion('data')) ?? 'dev';
	const edits = globalThis.__kennisgraafVersion;
	return edits ? `${built}-${edits}` : built;
}

/** The placeholder in src/app.html, replaced in every page (src/hooks.server.ts). */
export const DATA_VERSION_PLACEHOLDER = '%kennisgraaf.data%';
