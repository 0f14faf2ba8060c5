/**
 * The site-wide files that show nothing of the bodies (/graph.json, /graph.jsonld, /graph.ttl), kept between builds.
 * Such a file is made from the code, the published address and the content's shape (siteShape: the content but for
 * bodies' text), so after an edit to a body's text alone a build copies the file it made before instead of making it
 * again (graph.ttl alone takes seconds at 10,000 nodes). The copy is found by a hash of all of those, so a file made
 * from other content or code is never taken. tests/unit/body-inputs.test.ts checks that the files are the same after
 * body edits. Kept in node_modules/.cache/kennisgraaf-files/, one version of each file per output folder (so builds
 * into other folders, run at the same time, leave each other's alone); KENNISGRAAF_PAGE_CACHE=0 turns this off with
 * the kept pages.
 */
import { version } from '$app/environment';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDir, inputHash, reuseEnabled } from '../../../../scripts/page-record.js';
import { siteShape } from '../graph/site-model.ts';
import { phase } from '../progress.ts';
import type { Site } from '../site.ts';

const cacheDir = () => join(process.env.KENNISGRAAF_FILE_CACHE_DIR ?? 'node_modules/.cache/kennisgraaf-files', inputHash(buildDir()).slice(0, 16));
/** `file`'s name in the cache folder (graph.json → graph.json.<hash>). */
const cached = (file: string, key: string) => join(cacheDir(), `${file.replaceAll('/', '_')}.${key}`);

/** What a kept file is looked up by: `file` made from this site's shape, at `origin` and `base`, by this code. */
export const keptFileKey = (file: string, site: Site, origin: string, base: string) => inputHash(version, file, origin, base, siteShape(site));

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

/** Keeps `from`, just made, as `file` of `key`, in place of the version kept before. */
export function keepFile(file: string, key: string, from: string) {
	if (!reuseEnabled()) return;
	const dir = cacheDir();
	mkdirSync(dir, { recursive: true });
	const name = `${file.replaceAll('/', '_')}.`;
	for (const old of readdirSync(dir)) if (old.startsWith(name) && !old.endsWith('.tmp')) rmSync(join(dir, old), { force: true });
	// Complete or absent: a build stopped halfway leaves no file that a later one could take.
	const tmp = `${cached(file, key)}.${process.pid}.tmp`;
	copyFileSync(from, tmp);
	renameSync(tmp, cached(file, key));
}
