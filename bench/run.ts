/**
 * npm run bench [-- --sizes 1000,5000,10000] [--peers] [--skip-rebuild] [--skip-browser] [--skip-lighthouse] [--lighthouse-runs 3] [--growth-runs 5 (0: none)]
 *   [--graph-runs 5]
 * Builds generated corpora of N nodes cold and reports build time, CPU seconds of the process tree, memory, output
 * size, HTML per node page and shipped JS; with --peers also Hugo on the same corpus (lib/hugo.ts), right after ours;
 * for the largest N a second build after changing one content file (the caches keyed by content hash at work);
 * how the checker's time grows with nesting depth and line length (check-growth.ts);
 * for the largest N also /graaf first frame, hover latency and search latency in headless Chromium;
 * and Lighthouse scores for the shipped content. Writes bench/out/report.json and prints a table.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { checkerGrowth, printGrowth, superLinear, type Series } from './check-growth.ts';
import { editedFile, withEdit } from './lib/edit.ts';
import { buildSite, silenceText, type BuildResult } from './lib/build.ts';
import { ensureCorpus, flag, loadAverage, machine, option } from './lib/cli.ts';
import { buildHugo, hugoAvailable, writeVault } from './lib/hugo.ts';
import { measureGraph } from './graph-measure.ts';
import { largestHtml, measureListing, type ListingFigures } from './listing-measure.ts';
import { measureSearch } from './search-measure.ts';
import { initialJs } from './lib/js-weight.ts';
import { nodePageBytes } from './lib/node-page-bytes.ts';
import { lighthouseScores, type Scores } from './lib/lighthouse.ts';
import { withServer } from './lib/server.ts';

const sizes = option('sizes', process.env.BENCH_SIZES ?? '1000,5000,10000')
	.split(',')
	.map(Number);
const outFile = option('out', 'bench/out/report.json');

interface SizeReport extends BuildResult {
	nodes: number;
	edges: number;
	msPerNode: number;
	nodePageJsGzip: number;
	graafJsGzip: number;
	graph?: Record<string, number>;
	search?: Record<string, number>;
	largestHtmlBytes: number;
	largestHtmlPage: string;
	/** Average HTML (and __data.json, if any) of a node page. */
	nodePageBytes: number;
	listing?: ListingFigures;
	hugo?: BuildResult;
	/** A second build after one content file changed. */
	rebuild?: BuildResult;
	loadAverage: number[];
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** Builds again after adding a sentence to one content file (restored afterwards), with the cold build's settings. */
const rebuildAfterEdit = (content: string, buildDir: string): Promise<BuildResult> =>
	withEdit(editedFile(content), 'text', () => buildSite(content, buildDir, { VITE_KG_TEST_HOOK: '1' }, true));

function firstNodePage(buildDir: string): string {
	const type = ['project', 'kennisvraag'].find((t) => existsSync(`${buildDir}/${t}`))!;
	const id = readdirSync(`${buildDir}/${type}`, { withFileTypes: true }).find((d) => d.isDirectory())!.name;
	return `/${type}/${id}/`;
}

async function browserFigures(buildDir: string): Promise<Pick<SizeReport, 'graph' | 'search' | 'listing'>> {
	return withServer(buildDir, async (origin) => ({
		graph: await measureGraph(origin, { runs: Number(option('graph-runs', '5')) }),
		search: await measureSearch(origin, buildDir),
		listing: await measureListing(origin, buildDir)
	}));
}

const report: { machine: string; date: string; sizes: SizeReport[]; linearity?: string; checkerGrowth?: Series[]; lighthouse?: Record<string, Scores> } = {
	machine: machine(),
	date: new Date().toISOString(),
	sizes: []
};

for (const n of sizes) {
	console.log(`\n== ${n} knopen`);
	const content = ensureCorpus(n);
	const buildDir = `build-bench-${n}`;
	rmSync(buildDir, { recursive: true, force: true });
	// With the graph explorer's test hook, through which the browser figures are measured.
	const build = await buildSite(content, buildDir, { VITE_KG_TEST_HOOK: '1' });
	const graph = JSON.parse(readFileSync(`${buildDir}/graph.json`, 'utf8'));
	const entry: SizeReport = {
		nodes: graph.nodes.length,
		edges: graph.edges.length,
		...build,
		msPerNode: build.wallMs / graph.nodes.length,
		nodePageJsGzip: initialJs(buildDir, firstNodePage(buildDir)).gzipBytes,
		graafJsGzip: existsSync(`${buildDir}/graaf`) ? initialJs(buildDir, '/graaf/').gzipBytes : NaN,
		...(({ bytes, page }) => ({ largestHtmlBytes: bytes, largestHtmlPage: page }))(largestHtml(buildDir)),
		nodePageBytes: nodePageBytes(buildDir, graph.nodes),
		loadAverage: loadAverage()
	};
	if (entry.nodes !== n) throw new Error(`expected ${n} nodes in ${buildDir}/graph.json, found ${entry.nodes}`);
	console.log(
		`  ${(entry.wallMs / 1000).toFixed(1)} s, ${entry.cpuSeconds.toFixed(1)} CPU-s, ${entry.peakRssMb.toFixed(0)} MB piek, ${mb(entry.outputBytes)} uitvoer; langste stilte ${silenceText(entry.silence)}`
	);
	if (flag('peers')) {
		if (!hugoAvailable()) console.log('  hugo staat niet op het PATH (Debian: apt-get install hugo): vergelijking overgeslagen');
		else {
			const vault = `bench/out/hugo-${n}`;
			const links = writeVault(content, graph, vault);
			entry.hugo = await buildHugo(vault);
			console.log(`  Hugo (${links} links): ${entry.hugo.cpuSeconds.toFixed(1)} CPU-s, ${entry.hugo.peakRssMb.toFixed(0)} MB piek`);
			rmSync(vault, { recursive: true, force: true });
		}
	}
	if (!flag('skip-browser') && n === Math.max(...sizes)) Object.assign(entry, await browserFigures(buildDir));
	if (!flag('skip-rebuild') && n === Math.max(...sizes)) {
		entry.rebuild = await rebuildAfterEdit(content, buildDir);
		console.log(
			`  na wijziging van één bestand: ${entry.rebuild.cpuSeconds.toFixed(1)} CPU-s (${((entry.rebuild.cpuSeconds / entry.cpuSeconds) * 100).toFixed(0)} % van koud)`
		);
	}
	report.sizes.push(entry);
	rmSync(buildDir, { recursive: true, force: true });
}

if (report.sizes.length >= 2) {
	const [a, b] = [report.sizes[0], report.sizes.at(-1)!];
	report.linearity = `${(b.msPerNode / a.msPerNode).toFixed(2)}× time per node from ${a.nodes} to ${b.nodes} nodes (1.0 = linear)`;
}

// --growth-runs 0 leaves the checker's growth out (it measured nothing, and printed Infinity ms per point).
const growthRuns = Number(option('growth-runs', '5'));
if (growthRuns > 0) {
	console.log('\n== groei van de controletijd met nestdiepte en regellengte');
	report.checkerGrowth = checkerGrowth(growthRuns);
}

if (!flag('skip-lighthouse')) {
	console.log('\n== Lighthouse op de meegeleverde inhoud');
	const buildDir = 'build-bench-shipped';
	rmSync(buildDir, { recursive: true, force: true });
	await buildSite('content', buildDir);
	await withServer(buildDir, async (origin) => {
		report.lighthouse = await lighthouseScores(
			[`${origin}/`, `${origin}${firstNodePage(buildDir)}`, `${origin}/graaf/`],
			Number(option('lighthouse-runs', '3'))
		);
	});
	rmSync(buildDir, { recursive: true, force: true });
}

mkdirSync('bench/out', { recursive: true });
writeFileSync(outFile, JSON.stringify(report, null, 2));

console.log(
	'\n| knopen | CPU-s (koud) | Hugo CPU-s | ÷ Hugo | piek (Hugo) | per knooppagina | tweede build na 1 wijziging | langste stilte (koud) | belasting (1/5/15 min) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
);
for (const s of report.sizes)
	console.log(
		`| ${s.nodes} | ${s.cpuSeconds.toFixed(1)} | ${s.hugo ? s.hugo.cpuSeconds.toFixed(1) : '–'} | ${s.hugo ? `${(s.cpuSeconds / s.hugo.cpuSeconds).toFixed(1)}×` : '–'} | ${s.peakRssMb.toFixed(0)} MB (${s.hugo ? `${s.hugo.peakRssMb.toFixed(0)} MB` : '–'}) | ${kb(s.nodePageBytes)} | ${s.rebuild ? `${s.rebuild.cpuSeconds.toFixed(1)} CPU-s (${((s.rebuild.cpuSeconds / s.cpuSeconds) * 100).toFixed(0)} %)` : '–'} | ${s.silence ? silenceText(s.silence) : '–'} | ${s.loadAverage.join(' / ')} |`
	);
console.log(
	'\n| knopen | relaties | bouwtijd | piekgeheugen | ms/knoop | uitvoer | JS knooppagina (gz) | JS /graaf (gz) | eerste beeld (overzicht) / sigma | langste taak tot beeld / sigma | hover | zoeken p95 | zoekdata 1e vraag (gz) |'
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of report.sizes) {
	const f = (v: number | undefined, unit: string) => (v === undefined || Number.isNaN(v) ? '–' : `${v.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`);
	console.log(
		`| ${s.nodes} | ${s.edges} | ${(s.wallMs / 1000).toFixed(1)} s | ${s.peakRssMb.toFixed(0)} MB | ${s.msPerNode.toFixed(2)} | ${mb(s.outputBytes)} | ${kb(s.nodePageJsGzip)} | ${Number.isNaN(s.graafJsGzip) ? '–' : kb(s.graafJsGzip)} | ${f(s.graph?.overviewMs, 'ms')} / ${f(s.graph?.firstFrameMs, 'ms')} | ${f(s.graph?.longestBeforeOverviewMs, 'ms')} / ${f(s.graph?.longestTaskMs, 'ms')} | ${f(s.graph?.hoverMs, 'ms')} | ${f(s.search?.p95Ms, 'ms')} | ${s.search?.indexGzipBytes ? kb(s.search.indexGzipBytes) : '–'} |`
	);
}
console.log(
	'\n| knopen | grootste pagina (HTML) | data /project/ vóór interactie (gz) | rijen | filter (bijgewerkt / getoond) | tekst | wis filters | sorteren |\n| --- | --- | --- | --- | --- | --- | --- | --- |'
);
for (const s of report.sizes) {
	const l = s.listing;
	const ms = (v: number | undefined, update?: number) => (v === undefined ? '–' : `${update === undefined ? '' : `${update.toFixed(0)} / `}${v.toFixed(0)} ms`);
	console.log(
		`| ${s.nodes} | ${kb(s.largestHtmlBytes)} ${s.largestHtmlPage} | ${l ? kb(l.listingDataGzipBytes) : '–'} | ${l?.listingRows ?? '–'} | ${ms(l?.filterMs, l?.filterUpdateMs)} | ${ms(l?.textMs, l?.textUpdateMs)} | ${ms(l?.resetMs, l?.resetUpdateMs)} | ${ms(l?.sortMs, l?.sortUpdateMs)} |`
	);
}
if (report.linearity) console.log(`\nGroei: ${report.linearity}`);
if (report.checkerGrowth) printGrowth(report.checkerGrowth);
// One run per point (the smoke run) is too noisy to judge the curve; it only keeps the path working.
if (growthRuns >= 3 && report.checkerGrowth?.some(superLinear)) process.exitCode = 1;
if (report.lighthouse) {
	console.log('\n| pagina | performance (mediaan; bereik) | accessibility | SEO | best practices |\n| --- | --- | --- | --- | --- |');
	for (const [url, s] of Object.entries(report.lighthouse))
		console.log(
			`| ${new URL(url).pathname} | ${s.performance} (${s.performanceRange.join('–')}; ${s.runs} runs) | ${s.accessibility} | ${s.seo} | ${s.bestPractices} |`
		);
}
console.log(`\nRapport: ${outFile}`);
