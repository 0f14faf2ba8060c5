/**
 * Disk cache for the build-time layout. The layout is a pure function of the graph's structure
 * (ids and relations), so a text-only edit, a rebuild or a dev reload reuses it instead of
 * spending seconds on ForceAtlas2. Keyed by a hash of that structure and the layout code version.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { phase } from '../progress.ts';
import { computeLayout, LAYOUT_VERSION, type LayoutInput, type LayoutOptions, type LayoutResult } from './layout.ts';

const DIR = resolve('node_modules/.cache/kennisgraaf-layout');
const KEEP = 6;

export function layoutKey(input: LayoutInput, options: LayoutOptions = {}): string {
	const hash = createHash('sha256');
	hash.update(`${LAYOUT_VERSION}|${options.seed ?? ''}|${options.iterations ?? ''}\n`);
	for (const id of [...input.nodes].sort()) hash.update(`${id}\n`);
	const pairs = input.edges.map((e) => (e.source < e.target ? `${e.source}\t${e.target}` : `${e.target}\t${e.source}`)).sort();
	for (const p of pairs) hash.update(`${p}\n`);
	return hash.digest('hex').slice(0, 24);
}

type Stored = Omit<LayoutResult, 'x' | 'y' | 'degree' | 'community' | 'size'> & Record<'x' | 'y' | 'degree' | 'community' | 'size', [string, number][]>;

export function cachedLayout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult & { cached: boolean } {
	const compute = () => {
		phase('graaflayout berekenen', `${input.nodes.length} knopen`);
		return computeLayout(input, options);
	};
	if (process.env.KENNISGRAAF_LAYOUT_CACHE === '0') return { ...compute(), cached: false };
	const file = join(DIR, `${layoutKey(input, options)}.json`);
	try {
		const s = JSON.parse(readFileSync(file, 'utf8')) as Stored;
		return { ...s, x: new Map(s.x), y: new Map(s.y), degree: new Map(s.degree), community: new Map(s.community), size: new Map(s.size), cached: true };
	} catch {
		// Not cached yet (or unreadable): compute below.
	}
	const result = compute();
	try {
		mkdirSync(DIR, { recursive: true });
		const stored: Stored = {
			...result,
			x: [...result.x],
			y: [...result.y],
			degree: [...result.degree],
			community: [...result.community],
			size: [...result.size]
		};
		// Written whole, then renamed: a build running beside this one never reads half a file.
		writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(stored));
		renameSync(`${file}.${process.pid}.tmp`, file);
		// Keep the newest few: every content structure gets its own file.
		const files = readdirSync(DIR)
			.filter((f) => f.endsWith('.json'))
			.map((f) => ({ f, t: statSync(join(DIR, f)).mtimeMs }))
			.sort((a, b) => b.t - a.t);
		for (const { f } of files.slice(KEEP)) rmSync(join(DIR, f), { force: true });
	} catch {
		// A read-only checkout still builds, just without the cache.
	}
	return { ...result, cached: false };
}
