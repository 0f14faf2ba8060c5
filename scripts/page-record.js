/**
 * Pages kept from the previous build. Each node page is recorded with a hash of exactly what it is rendered from:
 * the code version (SvelteKit's version name: code, lockfile and settings, scripts/build-version.js), its address
 * and the data its component receives (nodePage() and the open-data links, every title of a related node included).
 * The next build into the same folder renders only the pages whose hash changed or whose file is gone; the static
 * adapter (scripts/static-adapter.js) keeps the others and writes the new data version into them. So a stale page
 * cannot survive: anything it shows is in its hash.
 *
 * The record of the last build into a folder lives in node_modules/.cache/kennisgraaf-pages/ (KENNISGRAAF_PAGE_CACHE=0
 * turns reuse off). The prerender step leaves this build's hashes in the SvelteKit output folder, and the adapter
 * turns them into the record once the build is written. Without a record (a first build, or new code) no page is
 * hashed beforehand: each is hashed as it renders, from the data the render computes anyway
 * (src/lib/server/reuse/kept-pages.ts). (JavaScript: svelte.config.js loads the adapter with plain Node.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * @typedef {object} PendingRecord
 * @property {string} buildDir the absolute output folder the pages are for
 * @property {string} code the code version the pages were rendered with
 * @property {Record<string, string>} pages page file (relative to the output folder) → hash of its inputs
 * @property {string[]} kept page files left as the previous build wrote them
 * @property {string[]} [awaited] pages to be hashed as they render (when there was no previous record, or a body
 *   edit changed them); the record is complete once this is empty
 * @property {NodeInputs} [inputs] what the node pages were rendered from, in short, for the next build to tell a
 *   body or title edit from others (src/lib/server/reuse/body-inputs.ts, title-inputs.ts)
 */

/**
 * @typedef {object} NodeInputs
 * @property {string} shape a hash of the code version, the published address and the content but for bodies' text
 *   (siteShape in src/lib/server/graph/site-model.ts)
 * @property {string} frame the same but for titles too (siteFrame in src/lib/server/graph/site-model.ts)
 * @property {Record<string, string>} bodies page file → a hash of what that page shows of bodies
 * @property {Record<string, string>} titles page file → a hash of what that page shows of titles, related items
 *   included (src/lib/server/reuse/title-inputs.ts)
 */

export const reuseEnabled = () => process.env.KENNISGRAAF_PAGE_CACHE !== '0';
export const buildDir = () => resolve(process.env.BUILD_DIR ?? 'build');
const cacheDir = () => process.env.KENNISGRAAF_PAGE_CACHE_DIR ?? 'node_modules/.cache/kennisgraaf-pages';
/** @param {string} dir */
export const recordPath = (dir) => join(cacheDir(), `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.json`);
/** @param {string} kitOutDir */
export const pendingPath = (kitOutDir) => resolve(kitOutDir, 'kennisgraaf', 'pages.json');

/** A stable hash of a page's inputs; Maps and Sets count by their contents, and a function cannot be hashed. */
/** @param {...unknown} parts */
export function inputHash(...parts) {
	const json = JSON.stringify(parts, (_key, value) => {
		if (value instanceof Map) return { map: [...value] };
		if (value instanceof Set) return { set: [...value] };
		if (typeof value === 'function') throw new Error('a page input holds a function: it cannot be hashed');
		return value;
	});
	return createHash('sha256').update(json).digest('hex');
}

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * The previous build's page hashes for this output folder (page file → hash) and what its node pages were rendered
 * from, when reuse is on and that build had this code version; otherwise every page renders, and nothing needs
 * hashing before it does.
 * @param {string} code the code version
 * @returns {{ pages: Map<string, string>, inputs?: NodeInputs } | undefined}
 */
export function previousRecord(code) {
	if (!reuseEnabled()) return undefined;
	/** @type {{ code?: string, pages?: Record<string, string>, inputs?: NodeInputs } | undefined} */
	const record = readJson(recordPath(buildDir()));
	return record?.code === code && record.pages ? { pages: new Map(Object.entries(record.pages)), inputs: record.inputs } : undefined;
}

/**
 * The previous build's page hashes alone (see previousRecord).
 * @param {string} code the code version
 */
export const previousPages = (code) => previousRecord(code)?.pages;

/**
 * Of the pages `hashes` (page file → hash), those to render: the ones whose hash differs from the previous build's
 * or whose file is missing, and the files kept (a page's file, and its `companions`: the __data.json of a page with
 * a server load). At least one page is rendered, so SvelteKit sees the route prerendered.
 * @param {Map<string, string>} hashes
 * @param {Map<string, string>} previous
 * @param {(file: string) => string[]} [companions]
 * @returns {{ render: Set<string>, kept: string[] }}
 */
export function splitKept(hashes, previous, companions = () => []) {
	const dir = buildDir();
	const render = new Set();
	/** @type {string[]} */
	const keptPages = [];
	for (const [file, hash] of hashes) {
		if (previous.get(file) === hash && [file, ...companions(file)].every((f) => existsSync(join(dir, f)))) keptPages.push(file);
		else render.add(file);
	}
	if (!render.size && keptPages.length) render.add(keptPages.pop());
	return { render, kept: keptPages.flatMap((file) => [file, ...companions(file)]) };
}

/**
 * Leaves this build's page hashes and kept pages for the adapter, which turns them into the record once the build is
 * written.
 * @param {string} kitOutDir
 * @param {string} code the code version
 * @param {Map<string, string>} hashes
 * @param {string[]} kept
 * @param {string[]} [awaited] pages still to be hashed as they render
 * @param {NodeInputs} [inputs] what the node pages are rendered from, in short
 */
export function writePending(kitOutDir, code, hashes, kept, awaited = [], inputs = undefined) {
	/** @type {PendingRecord} */
	const pending = { buildDir: buildDir(), code, pages: Object.fromEntries(hashes), kept, awaited, inputs };
	const path = pendingPath(kitOutDir);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(pending));
}

/**
 * This build's pending record as the route analysis left it, for the prerender step (another thread).
 * @param {string} kitOutDir
 * @returns {PendingRecord | undefined}
 */
export function readPending(kitOutDir) {
	/** @type {PendingRecord | undefined} */
	const pending = readJson(pendingPath(kitOutDir));
	return pending?.buildDir === buildDir() ? pending : undefined;
}

/**
 * No record for this build (reuse is off): one a failed build left must not be taken for it.
 * @param {string} kitOutDir
 */
export const clearPending = (kitOutDir) => rmSync(pendingPath(kitOutDir), { force: true });

/**
 * This build's hashes and kept pages, for the adapter, when every page was hashed; removed once read.
 * @param {string} kitOutDir
 * @param {string} dir
 * @returns {PendingRecord | undefined}
 */
export function takePending(kitOutDir, dir) {
	const path = pendingPath(kitOutDir);
	/** @type {PendingRecord | undefined} */
	const pending = readJson(path);
	rmSync(path, { force: true });
	return pending?.buildDir === resolve(dir) && !pending.awaited?.length ? pending : undefined;
}

/**
 * Records the pages of a finished build (or forgets the folder's record when reuse is off or nothing was hashed).
 * @param {string} dir
 * @param {PendingRecord | undefined} pending
 */
export function saveRecord(dir, pending) {
	const path = recordPath(resolve(dir));
	if (!pending || !reuseEnabled()) return rmSync(path, { force: true });
	writeWhole(path, { code: pending.code, pages: pending.pages, inputs: pending.inputs });
}

/**
 * Writes `value` as JSON through a temporary file: complete or absent, so a build stopped halfway leaves none to read.
 * @param {string} path @param {unknown} value
 */
function writeWhole(path, value) {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, JSON.stringify(value));
	renameSync(tmp, path);
}

/** @param {string} dir */
const fallbackPath = (dir) => recordPath(resolve(dir)).replace(/\.json$/, '.fallback.json');

/**
 * The fallback page (404.html) the last build into `dir` made with this code version, if any. The page is SvelteKit's
 * shell without content: what it shows follows from the code version alone, but for the data version in it, which
 * the caller puts in (rendering it again took a process of its own, 0.8 CPU-s of every second build at 10,000 nodes).
 * @param {string} dir
 * @param {string} code the code version
 * @returns {string | undefined}
 */
export function previousFallback(dir, code) {
	if (!reuseEnabled()) return undefined;
	/** @type {{ code?: string, html?: string } | undefined} */
	const kept = readJson(fallbackPath(dir));
	return kept?.code === code && typeof kept.html === 'string' ? kept.html : undefined;
}

/**
 * Keeps a build's fallback page for the next build into `dir` (see previousFallback).
 * @param {string} dir
 * @param {string} code the code version
 * @param {string} html
 */
export function saveFallback(dir, code, html) {
	if (!reuseEnabled()) return;
	writeWhole(fallbackPath(dir), { code, html });
}
