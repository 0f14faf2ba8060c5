/**
 * npm run bench:check [-- --runs 5] [--growth-runs 5]: wall time of `npm run check` (process start included), on the
 * shipped content and on the generated corpora in bench/corpus/ when present; then how the checker's time grows with
 * nesting depth and line length (check-growth.ts). Exits 1 when the shipped content takes 2 s or more, or when a
 * growth curve is super-linear.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { checkerGrowth, printGrowth, superLinear } from './check-growth.ts';
import { option } from './lib/cli.ts';

const runs = Number(option('runs', '5'));
const BUDGET_MS = 2000;

function time(content: string) {
	const ms: number[] = [];
	let files = 0;
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		const r = spawnSync('npx', ['tsx', 'scripts/check.ts', '--json'], { env: { ...process.env, KENNISGRAAF_CONTENT: content }, encoding: 'utf8' });
		ms.push(performance.now() - t);
		files = (JSON.parse(r.stdout) as { nodes: number }).nodes;
	}
	ms.sort((a, b) => a - b);
	return { content, files, medianMs: Math.round(ms[Math.floor(ms.length / 2)]), maxMs: Math.round(ms.at(-1)!) };
}

const targets = ['content', ...(existsSync('bench/corpus') ? readdirSync('bench/corpus').map((d) => `bench/corpus/${d}`) : [])];
console.log(`npm run check, ${runs} keer per map (load average ${loadavg()[0].toFixed(1)}):`);
const results = targets.map(time);
for (const r of results) console.log(`  ${r.content}: ${r.files} geldige bestanden, mediaan ${r.medianMs} ms, hoogste ${r.maxMs} ms`);
const shipped = results[0];
if (shipped.medianMs >= BUDGET_MS) {
	console.error(`Te traag: ${shipped.medianMs} ms voor de meegeleverde inhoud (doel < ${BUDGET_MS} ms).`);
	process.exitCode = 1;
}

const growth = checkerGrowth(Number(option('growth-runs', '5')));
printGrowth(growth);
const steep = growth.filter(superLinear);
if (steep.length) {
	console.error(`Niet lineair: ${steep.map((s) => `${s.name} (exponent ${s.exponent.toFixed(2)})`).join(', ')}.`);
	process.exitCode = 1;
}
