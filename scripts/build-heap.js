/**
 * The JavaScript heap a build gets, sized to the content.
 *
 * V8 lets each heap grow to a share of the machine's memory before it collects in earnest (about 4 GB a thread
 * here), so a build's resident memory rose with every page rendered although almost all of it was garbage: at
 * 50,000 nodes 3.3 GB, for a live heap that fits in 1.3 GB. With the limit set (`--max-old-space-size`, which V8
 * applies to the main thread and to SvelteKit's analyse and prerender threads alike) the same build peaked at
 * 1.8 GB. A limit close to the live heap costs collections, though: at 10,000 nodes 1,024 MB took 119 instead of
 * 88 CPU-s (peak 1.2 instead of 1.6 GB). So smaller sites keep V8's default, and from 20,000 content files the limit
 * grows with their number, so a larger site gets room instead of running out.
 * KENNISGRAAF_BUILD_HEAP_MB sets it; a --max-old-space-size already given (NODE_OPTIONS, node's own flags) is kept.
 *
 * A build with a limit also gets a young generation twice V8's default (`--max-semi-space-size=32`): with a large live
 * heap near its limit, the default young generation filled every few milliseconds and promoted short-lived objects,
 * which the old generation then collected at length. At 50,000 nodes the build took 368.6 instead of 491.4 CPU-s
 * (graph.ttl 16 instead of 33 s) and peaked 31 MB higher; at 10,000 nodes, without a limit, it made no difference.
 *
 * A build with a limit also gets `--expose-gc`, so its main thread can collect its garbage before it waits for
 * SvelteKit's worker threads (scripts/kit-workers.js): V8 collects a thread's heap when that thread allocates, and an
 * idle main thread does not, so the content check's garbage (600 MB at 50,000 nodes) stayed resident through the
 * route analysis and into the prerender, and was part of the build's peak.
 */
import { opendirSync } from 'node:fs';
import { join } from 'node:path';

const FLAG = '--max-old-space-size';
const YOUNG = '--max-semi-space-size=32';

/** From this many content files a build gets a heap limit. */
const FROM_FILES = 20_000;
/**
 * Megabytes of heap for a site of `files` content files, or none: 1,100 MB at 50,000, where the prerender thread's heap
 * measured at most 860 MB in use (600-670 MB after a full collection). 1,300 MB took the same CPU time and let the
 * process peak about 180 MB higher.
 */
export const heapFor = (/** @type {number} */ files) => (files < FROM_FILES ? null : Math.round(400 + files * 0.014));

/**
 * Content files (Markdown) under `root`; 0 when it cannot be read (the content check says why later). Walked one entry
 * at a time: this process only waits for the build it starts, and a recursive readdirSync of 50,000 files left it
 * holding 90 MB instead of 48 for the whole build.
 */
function countContent(/** @type {string} */ root) {
	try {
		return countUnder(root);
	} catch {
		return 0;
	}
}

function countUnder(/** @type {string} */ dir) {
	let n = 0;
	const entries = opendirSync(dir);
	try {
		for (let e = entries.readSync(); e; e = entries.readSync()) {
			if (e.isDirectory()) n += countUnder(join(dir, e.name));
			else if (e.name.endsWith('.md')) n++;
		}
	} finally {
		entries.closeSync();
	}
	return n;
}

/** Of this process's flags, those Vite's process gets too: the heap limit, and the young generation and the collection it comes with. */
export const heapFlagsOf = (/** @type {string[]} */ execArgv) => execArgv.filter((a) => a.startsWith(FLAG) || a === YOUNG || a === '--expose-gc');

/** The flag to start a build's Node process with, or none when a limit is already set. */
export function heapFlag(env = process.env, execArgv = process.execArgv) {
	if (execArgv.some((a) => a.startsWith(FLAG)) || (env.NODE_OPTIONS ?? '').includes(FLAG)) return [];
	const mb = Number(env.KENNISGRAAF_BUILD_HEAP_MB) || heapFor(countContent(env.KENNISGRAAF_CONTENT || 'content'));
	return mb ? [`${FLAG}=${mb}`, YOUNG, '--expose-gc'] : [];
}
