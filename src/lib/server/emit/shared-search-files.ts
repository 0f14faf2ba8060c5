/**
 * The search files of a build, made once for its threads: SvelteKit's route analysis needs them to list the shard and
 * block files, and its prerender thread to write them, and each thread loads the site for itself (at 10,000 nodes
 * making them cost 1.2–2 CPU-s a thread). The first thread leaves them in SvelteKit's output folder and the next one
 * reads them there. The file is named by the build's data version, a hash of code, settings and content
 * (scripts/build-version.js), so no build reads the files of other content or other code.
 */
import { building } from '$app/environment';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedVersion } from '../../../../scripts/build-version.js';
import { kitOutDir } from '../config.ts';
import { phase } from '../progress.ts';
import type { Site } from '../site.ts';
import { searchFiles, type SearchFiles, type SearchSite } from './search-index.ts';

const PREFIX = 'search-files-';

let made: { site: Site; files: SearchFiles } | undefined;

/** searchFiles(site), shared between the threads of one build through a file; elsewhere (dev, tests) made in place. */
export function buildSearchFiles(site: Site): SearchFiles {
	if (made?.site !== site) {
		const version = building ? sharedVersion('data') : undefined;
		made = { site, files: version ? sharedSearchFiles(site, version, join(kitOutDir(), 'kennisgraaf')) : searchFiles(site) };
	}
	return made.files;
}

/** The search files of `version` from `dir` when another thread left them there, else made and left there. */
export function sharedSearchFiles(site: SearchSite, version: string, dir: string): SearchFiles {
	return read(dir, version) ?? write(dir, version, make(site));
}

function make(site: SearchSite): SearchFiles {
	phase('zoekindex maken', `${site.nodes.length} documenten`);
	const files = searchFiles(site);
	phase('zoekindex gemaakt', `${files.shards.size} termbestanden, ${files.blocks.length} blokken`);
	return files;
}

interface Stored {
	manifest: SearchFiles['manifest'];
	shards: [string, unknown][];
	blocks: SearchFiles['blocks'];
}

function read(dir: string, version: string): SearchFiles | undefined {
	try {
		const s = JSON.parse(readFileSync(join(dir, `${PREFIX}${version}.json`), 'utf8')) as Stored;
		return { manifest: s.manifest, shards: new Map(s.shards) as SearchFiles['shards'], blocks: s.blocks };
	} catch {
		// Not written yet by another thread of this build: made here.
		return undefined;
	}
}

function write(dir: string, version: string, files: SearchFiles): SearchFiles {
	try {
		mkdirSync(dir, { recursive: true });
		for (const old of readdirSync(dir)) if (old.startsWith(PREFIX)) rmSync(join(dir, old), { force: true });
		const file = join(dir, `${PREFIX}${version}.json`);
		const stored: Stored = { manifest: files.manifest, shards: [...files.shards], blocks: files.blocks };
		// Written whole, then renamed: another thread never reads half a file.
		writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(stored));
		renameSync(`${file}.${process.pid}.tmp`, file);
	} catch {
		// A folder that cannot be written costs the next thread the time, not the build.
	}
	return files;
}
