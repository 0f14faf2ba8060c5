/**
 * npm run bench:search [-- --nodes 10000] [--skip-build]
 * Search benchmark on a generated corpus: index download size and query time in headless
 * Chromium (see search-measure.ts). Prints the figures, writes bench/out/search.json, and
 * exits 1 when a target is missed (p95 query < 10 ms, index < 1.5 MB gzipped).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { buildSite } from './lib/build.ts';
import { measureSearch } from './search-measure.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.lastIndexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const nodes = Number(option('nodes', '10000'));
const port = Number(process.env.BENCH_SEARCH_PORT ?? 4341);
const content = `bench/corpus/${nodes}`;
const buildDir = `build-bench-search-${nodes}`;
const TARGETS = { p95Ms: 10, indexGzipBytes: 1.5 * 1024 * 1024 };

if (!existsSync(content) || readdirSync(content).length === 0) {
	console.log(`corpus van ${nodes} knopen genereren…`);
	execFileSync('npx', ['tsx', 'scripts/generate-corpus.ts', '--nodes', String(nodes), '--out', content], { stdio: 'inherit' });
}

let buildMs: number | null = null;
if (!args.includes('--skip-build') || !existsSync(`${buildDir}/zoeken/data/index.json`)) {
	console.log(`site bouwen naar ${buildDir}…`);
	buildMs = Math.round((await buildSite(content, buildDir, { KIT_OUT_DIR: '.svelte-kit-bench-search' })).wallMs);
}

console.log('meten in Chromium…');
const server = spawn('node', ['scripts/serve.js', buildDir], { env: { ...process.env, PORT: String(port), BASE_PATH: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve, reject) => {
	server.stdout.once('data', () => resolve());
	server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
let figures;
try {
	figures = await measureSearch(`http://127.0.0.1:${port}`, buildDir);
} finally {
	server.kill();
}

const pass = figures.p95Ms < TARGETS.p95Ms && figures.indexGzipBytes < TARGETS.indexGzipBytes;
const report = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
	// Timings are only comparable on an otherwise idle machine.
	loadAverageAtEnd: loadavg().map((v) => Math.round(v * 100) / 100),
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
  index bij eerste keer openen  ${kb(figures.indexGzipBytes)} gzip (${kb(figures.indexBytes)} onverpakt), doel < ${kb(TARGETS.indexGzipBytes)}
  zoekcode (lazy JS)            ${kb(figures.jsGzipBytes)} gzip; alles bij eerste keer openen ${kb(figures.firstOpenGzipBytes)}
  klaar na "/" + typen           ${figures.readyMs} ms
  zoektijd (${figures.queries} zoekopdrachten)  p50 ${ms(figures.p50Ms)}, p95 ${ms(figures.p95Ms)}, max ${ms(figures.maxMs)} (warm p95 ${ms(figures.warmP95Ms)}), doel p95 < ${TARGETS.p95Ms} ms
  belasting van de machine       ${loadavg()[0].toFixed(1)} (1 min), ${cpus().length} kernen
  ${pass ? 'OK: binnen de doelen' : 'BOVEN DOEL'}  → bench/out/search.json`);
process.exit(pass ? 0 : 1);
