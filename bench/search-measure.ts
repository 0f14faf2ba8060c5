/**
 * Browser figures for search in headless Chromium, against a served build.
 *
 * Download: everything the page fetches from pressing "/" until the first results show
 * (the lazily loaded search code, the manifest, and the term shards and stored-field blocks the
 * query needs: src/lib/search/shards.ts), gzipped from the build folder as a static host would send them.
 *
 * Query time: the same function the header box calls per keystroke (loadSearch(base).search,
 * ranking plus highlighting, and the first time also fetching the shards a query needs from the
 * local server), timed with performance.now() inside the page, over realistic
 * queries in typing order: prefixes as a word is typed, whole titles, multi-word queries,
 * typos, kennisvraag phrasings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from '../scripts/chromium.js';
import type { SearchDocs } from '../src/lib/search/data.ts';

export interface SearchFigures extends Record<string, number> {
	queries: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	/** Second pass over the same queries (every shard they need loaded, engine and encoder caches warm). */
	warmP95Ms: number;
	readyMs: number;
	indexGzipBytes: number;
	indexBytes: number;
	jsGzipBytes: number;
	firstOpenGzipBytes: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const words = (title: string) => title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Realistic queries from the corpus itself, in the order a person would type them. */
export function searchQueries(docs: Pick<SearchDocs, 'title' | 'types' | 'type'>, count = 240): string[] {
	const out: string[] = [];
	const step = Math.max(1, Math.floor(docs.title.length / 60));
	const titles = docs.title.filter((_, i) => i % step === 0).slice(0, 60);
	titles.forEach((title, i) => {
		const w = words(title).filter((x) => x.length > 2);
		if (!w.length) return;
		// Typing the first word, then the second.
		for (let n = 2; n <= Math.min(w[0].length, 7); n++) out.push(w[0].slice(0, n));
		if (w[1]) out.push(`${w[0]} ${w[1].slice(0, 3)}`, `${w[0]} ${w[1]}`);
		if (i % 3 === 0) out.push(title);
		// One letter dropped from a longer word.
		const long = w.find((x) => x.length >= 7);
		if (long && i % 2 === 0) out.push(long.slice(0, 3) + long.slice(4));
	});
	const kennisvragen = docs.title.filter((_, i) => docs.types[docs.type[i]] === 'kennisvraag');
	for (const q of kennisvragen.slice(0, 20)) out.push(words(q).slice(0, 7).join(' '));
	out.push(
		'leraren',
		'onderwijs',
		'lezen',
		'burgerschap',
		'kansengelijkheid',
		'feedback cultuur',
		'leerlingen po',
		'lerarentekort',
		'geintegreerd',
		'coordinatie'
	);
	return out.slice(0, Math.max(count, 200));
}

export async function measureSearch(origin: string, buildDir: string, base = ''): Promise<SearchFigures> {
	const graph = JSON.parse(readFileSync(join(buildDir, 'graph.json'), 'utf8')) as { nodes: { title: string; type: string }[] };
	const types = [...new Set(graph.nodes.map((n) => n.type))];
	const queries = searchQueries({ title: graph.nodes.map((n) => n.title), types, type: graph.nodes.map((n) => types.indexOf(n.type)) });
	const browser = await chromium.launch(chromiumLaunch());
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${origin}${base}/`);
		await page.waitForLoadState('networkidle');
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(r.url()));

		const opened = Date.now();
		await page.keyboard.press('/');
		await page.keyboard.type('leraren');
		// The first marked match: the "all results" option shows before the index has loaded.
		await page.getByRole('listbox', { name: 'Zoekresultaten' }).locator('mark').first().waitFor({ timeout: 120_000 });
		const readyMs = Date.now() - opened;

		const files = fetched
			.filter((u) => u.startsWith(origin))
			.map((u) => {
				const path = decodeURIComponent(new URL(u).pathname).slice(base.length);
				const bytes = readFileSync(join(buildDir, path));
				return { path, bytes: bytes.length, gzip: gzipSync(bytes).length, text: bytes.toString('utf8') };
			});
		const data = files.filter((f) => f.path.startsWith('/zoeken/data/'));
		const js = files.filter((f) => f.path.endsWith('.js'));
		const client = js.find((f) => /export\s*\{[^}]*\bas loadSearch\b/.test(f.text));
		if (!data.some((f) => f.path === '/zoeken/data/index.json') || !client)
			throw new Error(`unexpected first-open downloads: ${files.map((f) => f.path).join(', ')}`);

		// A string, not a function: tsx would wrap a function in helpers the page does not have.
		const passes = (await page.evaluate(`(async () => {
			const { loadSearch } = await import(${JSON.stringify(`${origin}${base}${client.path}`)});
			const searcher = await loadSearch(${JSON.stringify(base)});
			const queries = ${JSON.stringify(queries)};
			const times = [[], []];
			for (const pass of times) {
				for (const q of queries) {
					const started = performance.now();
					await searcher.search(q, {}, 6);
					pass.push(performance.now() - started);
				}
			}
			return times;
		})()`)) as [number[], number[]];
		const [first, warm] = passes;
		const sum = (xs: { gzip: number }[]) => xs.reduce((s, f) => s + f.gzip, 0);
		return {
			queries: queries.length,
			p50Ms: quantile(first, 0.5),
			p95Ms: quantile(first, 0.95),
			maxMs: Math.max(...first),
			warmP95Ms: quantile(warm, 0.95),
			readyMs,
			indexGzipBytes: sum(data),
			indexBytes: data.reduce((s, f) => s + f.bytes, 0),
			jsGzipBytes: sum(js),
			firstOpenGzipBytes: sum(files)
		};
	} finally {
		await browser.close();
	}
}
