/**
 * The site-wide files that show nothing of the bodies, kept between builds: the large ones (/graph.json,
 * /graph.jsonld, /graph.ttl, through ../emit/large-file.ts) and the small ones without parameters (the feed of all
 * projects, the graph's data, coverage, sitemap, SKOS: keptResponse below). The many files of routes with parameters
 * (topic feeds, search files, exports, link previews, listing data) are kept in place instead (keptFileEntries in
 * ./kept-pages.ts).
 * Such a file is made from the code, the published address and the content's shape (siteShape: the content but for
 * bodies' text), so after an edit to a body's text alone a build copies the file it made before instead of making it
 * again (graph.ttl alone takes seconds at 10,000 nodes). The copy is found by a hash of all of those, so a file made
 * from other content or code is never taken. tests/unit/body-inputs.test.ts checks that the large files are the same
 * after body edits, and tests/unit/page-reuse.test.ts that a build after a body edit equals one from scratch. Kept in
 * node_modules/.cache/kennisgraaf-files/, one version of each file per output folder (so builds into other folders,
 * run at the same time, leave each other's alone); KENNISGRAAF_PAGE_CACHE=0 turns this off with the kept pages.
 * A large file made of pieces (graph.ttl) is kept with the index of its pieces, so that after an edit that changes
 * the shape a build still takes the pieces that stayed the same (./kept-pieces.ts).
 */
import { building, version } from '$app/environment';
import { base } from '$app/paths';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDir, inputHash, reuseEnabled } from '../../../../scripts/page-record.js';
import { siteShape } from '../graph/site-model.ts';
import { phase, still } from '../progress.ts';
import { getSite, type Site } from '../site.ts';
import { KeptPieces, type PieceIndex } from './kept-pieces.ts';

const cacheDir = () => join(process.env.KENNISGRAAF_FILE_CACHE_DIR ?? 'node_modules/.cache/kennisgraaf-files', inputHash(buildDir()).slice(0, 16));
/** `file`'s name in the cache folder (graph.json → graph.json.<hash>). */
const cached = (file: string, key: string) => join(cacheDir(), `${versionsOf(file)}${key}`);
/** What the names of `file`'s kept versions start with. */
const versionsOf = (file: string) => `${file.replaceAll('/', '_')}.`;

/** What a kept file is looked up by: `file` made from this site's shape, at the request's origin and the base path, by this code. */
export const keptFileKey = (file: string, url: URL, site: Site = getSite()) => inputHash(version, file, url.origin, base, siteShape(site));

/** Copies the kept `file` of `key` to `to`; false when there is none (or reuse is off). */
export function takeKeptFile(file: string, key: string, to: string): boolean {
	if (!reuseEnabled()) return false;
	try {
		mkdirSync(dirname(to), { recursive: true });
		copyFileSync(cached(file, key), to);
	} catch {
		return false;
	}
	phase(`${file} uit de vorige build behouden, alleen tekst gewijzigd`);
	return true;
}

/** The index of a kept file's pieces (./kept-pieces.ts) is kept beside it under this name. */
const PIECES = '.stukken';

/**
 * Keeps `from`, just made, as `file` of `key`, in place of the version kept before; with the index of its pieces when
 * it was made of pieces.
 */
export function keepFile(file: string, key: string, from: string, pieces?: KeptPieces) {
	if (!reuseEnabled()) return;
	const dir = cacheDir();
	mkdirSync(dir, { recursive: true });
	const name = versionsOf(file);
	for (const old of readdirSync(dir)) if (old.startsWith(name) && !old.endsWith('.tmp')) rmSync(join(dir, old), { force: true });
	whole(cached(file, key), (tmp) => copyFileSync(from, tmp));
	if (pieces) whole(cached(file, key) + PIECES, (tmp) => writeFileSync(tmp, JSON.stringify(pieces.index())));
}

/**
 * The pieces of `file` as last kept, whatever content it was made from, to take the unchanged ones from; none when
 * reuse is off or nothing usable was kept. Its pieces' keys cover this code, so text from other code is never taken.
 */
export function keptPieces(file: string): KeptPieces | undefined {
	if (!reuseEnabled()) return undefined;
	const salt = inputHash(version, file);
	const name = versionsOf(file);
	let found: string | undefined;
	try {
		found = readdirSync(cacheDir()).find((f) => f.startsWith(name) && f.endsWith(PIECES));
	} catch {
		// No cache folder yet.
	}
	if (!found) return new KeptPieces(salt);
	try {
		const index = JSON.parse(readFileSync(join(cacheDir(), found), 'utf8')) as PieceIndex;
		return new KeptPieces(salt, readFileSync(join(cacheDir(), found.slice(0, -PIECES.length))), index);
	} catch {
		// Removed or cut short by a build into the same folder: then every piece is made again.
		return new KeptPieces(salt);
	}
}

/** Writes `path` through a temporary file: complete or absent, so a build stopped halfway leaves none to take. */
function whole(path: string, write: (tmp: string) => void) {
	const tmp = `${path}.${process.pid}.tmp`;
	write(tmp);
	renameSync(tmp, path);
}

/** Small kept files this thread took, for its progress lines. */
let smallKept = 0;

/**
 * The response of a route that serves a small site-wide file showing nothing of the bodies (`file`: its path in the
 * site, without the base path): while building, the previous build's when the code, the address and the content's
 * shape are the same, else made by `make` and kept. One cache file per site file holds its key, its content type and
 * its body, so a lookup is one read.
 */
export async function keptResponse(file: string, url: URL, make: () => Response | Promise<Response>): Promise<Response> {
	if (!building || !reuseEnabled()) return make();
	const key = keptFileKey(file, url);
	const path = join(cacheDir(), 'klein', file.replaceAll('/', '_'));
	const kept = readKept(path, key);
	if (kept) {
		const what = 'feeds, exports en de data van lijsten en graaf uit de vorige build behouden';
		if (!smallKept++) phase(`${what}, alleen tekst gewijzigd`);
		else still(`${what} ${smallKept}`);
		return new Response(kept.body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': kept.type } });
	}
	const response = await make();
	if (response.status !== 200) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const type = response.headers.get('content-type') ?? '';
	mkdirSync(dirname(path), { recursive: true });
	whole(path, (tmp) => writeFileSync(tmp, Buffer.concat([Buffer.from(`${key}\n${type}\n`), body])));
	return new Response(body, { status: response.status, headers: response.headers });
}

/** The kept body and content type in `path` when it was kept under `key`. */
function readKept(path: string, key: string): { body: Buffer; type: string } | undefined {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch {
		return undefined;
	}
	const first = bytes.indexOf(10);
	const second = bytes.indexOf(10, first + 1);
	if (first < 0 || second < 0 || bytes.toString('utf8', 0, first) !== key) return undefined;
	return { type: bytes.toString('utf8', first + 1, second), body: bytes.subarray(second + 1) };
}
