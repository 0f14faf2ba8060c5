/**
 * npm run bench:related [-- --nodes 10000]
 * Times the "Verwant" computation (src/lib/server/graph/related.ts) for every node of a generated
 * corpus, and reports candidates scored per node: it should stay flat as the corpus grows.
 */
import { computeRelated } from '../src/lib/server/graph/related.ts';
import { loadContent } from '../src/lib/server/load/index.ts';
import { ensureCorpus, option } from './lib/cli.ts';

const sizes = option('nodes', '1000,10000').split(',').map(Number);

for (const n of sizes) {
	const dir = ensureCorpus(n);
	const { nodes, relations, errors } = loadContent(dir);
	if (errors.length) throw new Error(`${errors.length} content errors in ${dir}`);
	const runs: number[] = [];
	let stats = { candidates: 0 };
	let items = 0;
	for (let run = 0; run < 3; run++) {
		stats = { candidates: 0 };
		const started = performance.now();
		const result = computeRelated(nodes, relations, { stats });
		runs.push(performance.now() - started);
		items = [...result.values()].reduce((sum, groups) => sum + groups.reduce((s, g) => s + g.items.length, 0), 0);
	}
	const median = [...runs].sort((a, b) => a - b)[1];
	console.log(
		`${String(n).padStart(6)} knopen: ${Math.round(median)} ms (mediaan van 3), ${(stats.candidates / nodes.length).toFixed(0)} kandidaten per knoop, ${(items / nodes.length).toFixed(1)} verwante items per knoop`
	);
}
