/**
 * npx tsx bench/layout-quality.ts [nodes] [iterations]
 * Times the build-time layout (CPU) on a clustered random graph and reports how much it shows structure: the mean
 * edge length divided by the mean distance of random pairs (lower is better; a random placement gives about 1).
 */
import seedrandom from 'seedrandom';
import { computeLayout } from '../src/lib/server/graph/layout.ts';

const n = Number(process.argv[2] ?? 10000);
const iterations = process.argv[3] ? Number(process.argv[3]) : undefined;
const rng = seedrandom('layout-quality');
const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
// Blocks of 50 nodes with most edges inside a block, a few across.
const edges = Array.from({ length: n * 5 }, () => {
	const s = Math.floor(rng() * n);
	const t = rng() < 0.85 ? Math.floor(s / 50) * 50 + Math.floor(rng() * 50) : Math.floor(rng() * n);
	return { source: nodes[s], target: nodes[Math.min(t, n - 1)] };
});
const before = process.cpuUsage();
const r = computeLayout({ nodes, edges }, iterations ? { iterations } : {});
const cpu = process.cpuUsage(before);
const d = (a: string, b: string) => Math.hypot(r.x.get(a)! - r.x.get(b)!, r.y.get(a)! - r.y.get(b)!);
const edgeLength = edges.reduce((s, e) => s + d(e.source, e.target), 0) / edges.length;
let random = 0;
for (let k = 0; k < 5000; k++) random += d(nodes[Math.floor(rng() * n)], nodes[Math.floor(rng() * n)]);
random /= 5000;
console.log(
	`${n} knopen, ${r.iterations} iteraties: ${((cpu.user + cpu.system) / 1000).toFixed(0)} CPU-ms, randlengte ÷ willekeurige afstand ${(edgeLength / random).toFixed(3)}, ${r.communities} clusters`
);
