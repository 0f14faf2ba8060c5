/**
 * npm run bench:search [-- --nodes 10000] [--skip-build]
 * Search benchmark on a generated corpus: what the first query downloads and query time in headless
 * Chromium (see search-measure.ts). Prints the figures, writes bench/out/search.json, and
 * exits 1 when a target is missed (p95 query < 10 ms, the first query's search data < 300 KB gzipped).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { buildSite } from './lib/build.ts';
import { ensureCorpus, flag, loadAverage, machine, option } from './lib/cli.ts';
import { withServer } from './lib/server.ts';
import { measureSearch } from './search-measure.ts';

const nodes = Number(option('nodes', '10000'));
const port = Number(process.env.BENCH_SEARCH_PORT ?? 4341);
const buildDir = `build-bench-search-${nodes}`;
const TARGETS = { p95Ms: 10, indexGzipBytes: 300 * 1024 };
const content = ensureCorpus(nodes);

let buildMs: number | null = null;
if (!flag('skip-build') || !existsSync(`${buildDir}/zoeken/data/index.json`)) {
	console.log(`site bouwen naar ${buildDir}…`);
	buildMs = Math.round((await buildSite(content, buildDir, { KIT_OUT_DIR: '.svelte-kit-bench-search' })).wallMs);
}

console.log('meten in Chromium…');
const figures = await withServer(buildDir, (origin) => measureSearch(origin, buildDir), port);

const pass = figures.p95Ms < TARGETS.p95Ms && figures.indexGzipBytes < TARGETS.indexGzipBytes;
const report = {
	date: new Date().toISOString(),
	machine: machine(),
	loadAverageAtEnd: loadAverage(),
	corpus: { nodes, content },
	buildMs,
	search: figures,
	targets: TARGETS,
	pass
};
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/search.json', JSON.stringify(report, null, 2));

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`
Zoeken, ${nodes} knopen
  zoekdata eerste zoekvraag     ${kb(figures.indexGzipBytes)} gzip (${kb(figures.indexBytes)} onverpakt), doel < ${kb(TARGETS.indexGzipBytes)}
  zoekcode (lazy JS)            ${kb(figures.jsGzipBytes)} gzip; alles bij eerste keer openen ${kb(figures.firstOpenGzipBytes)}
  klaar na "/" + typen           ${figures.readyMs} ms
  zoektijd (${figures.queries} zoekopdrachten)  p50 ${ms(figures.p50Ms)}, p95 ${ms(figures.p95Ms)}, max ${ms(figures.maxMs)} (warm p95 ${ms(figures.warmP95Ms)}), doel p95 < ${TARGETS.p95Ms} ms
  belasting van de machine       ${loadavg()[0].toFixed(1)} (1 min), ${cpus().length} kernen
  ${pass ? 'OK: binnen de doelen' : 'BOVEN DOEL'}  → bench/out/search.json`);
process.exit(pass ? 0 : 1);
