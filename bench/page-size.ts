/**
 * npx tsx bench/page-size.ts --nodes 1000 [--build DIR] [--kit-out DIR] [--warm]
 * Builds a generated corpus (cold, like npm run bench) and prints the output per node page, counted as npm run bench
 * counts it, with the build's CPU seconds, peak memory of the process tree and the load average.
 * With --build DIR only counts an existing build.
 */
import { readFileSync } from 'node:fs';
import { buildSite, silenceText } from './lib/build.ts';
import { ensureCorpus, flag, loadAverage, option } from './lib/cli.ts';
import { nodePageBytes } from './lib/node-page-bytes.ts';

const n = Number(option('nodes', '1000'));
const existing = option('build', '');
const buildDir = existing || `build-page-size-${n}`;
if (!existing) {
	const content = ensureCorpus(n);
	const kitOut = option('kit-out', process.env.KIT_OUT_DIR ?? '.svelte-kit-bench');
	const result = await buildSite(content, buildDir, { KIT_OUT_DIR: kitOut }, flag('warm'));
	console.log(
		`build: ${(result.wallMs / 1000).toFixed(1)} s, ${result.cpuSeconds.toFixed(1)} CPU-s, ${result.peakRssMb.toFixed(0)} MB piek, ${(result.outputBytes / 1048576).toFixed(1)} MB uitvoer; langste stilte ${silenceText(result.silence)}`
	);
}
const graph = JSON.parse(readFileSync(`${buildDir}/graph.json`, 'utf8'));
console.log(
	`per knooppagina: ${(nodePageBytes(buildDir, graph.nodes) / 1024).toFixed(2)} KB over ${graph.nodes.length} knopen; belasting ${loadAverage().join(' / ')}`
);
