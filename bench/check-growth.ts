/**
 * How the checker's time grows with nesting depth and line length (issue 12): one file per measurement, nested or
 * long in one way, loaded in-process (fastest of several runs). Within the limits the parsers run; past them the
 * file is refused by the linear pre-scan, the line check, or the size check before it is read. The exponent of a
 * least-squares fit of log(time) on log(input size) is about 1 for linear growth, 2 for quadratic.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../src/lib/server/load/index.ts';

export interface Point {
	size: number;
	chars: number;
	ms: number;
	outcome: string;
}
export interface Series {
	name: string;
	unit: string;
	points: Point[];
	/** Fitted exponent of time over input size (1 = linear). */
	exponent: number;
}

const ORG = '---\nnaam: Org\nsoort: school\n---\n';
const SERIES: { name: string; unit: string; sizes: number[]; text: (n: number) => string }[] = [
	{ name: 'citaten (>) in elkaar', unit: 'diepte', sizes: [1_000, 2_000, 4_000, 8_000, 16_000], text: (n) => `${ORG}${'>'.repeat(n)} x\n` },
	{ name: 'lijsten in elkaar (- - -)', unit: 'diepte', sizes: [500, 1_000, 2_000, 4_000, 8_000], text: (n) => `${ORG}${'- '.repeat(n)}x\n` },
	{ name: 'nadruk in elkaar (*a *a …)', unit: 'diepte', sizes: [500, 1_000, 2_000, 4_000, 6_000], text: (n) => `${ORG}${'*a '.repeat(n)}x\n` },
	{ name: 'HTML in elkaar (<div>)', unit: 'diepte', sizes: [250, 500, 1_000, 2_000, 3_500], text: (n) => `${ORG}${'<div>'.repeat(n)}x\n` },
	{
		name: 'lijsten in elkaar per regel',
		unit: 'diepte',
		sizes: [50, 100, 200, 400],
		text: (n) => `${ORG}${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`
	},
	{
		name: 'YAML-lijsten in elkaar ([[[…]]])',
		unit: 'diepte',
		sizes: [1_000, 2_000, 4_000, 8_000],
		text: (n) => `---\nnaam: Org\nsoort: school\ntrefwoorden: ${'['.repeat(n)}a${']'.repeat(n)}\n---\n`
	},
	{
		name: 'regel met woorden (binnen de grens)',
		unit: 'tekens',
		sizes: [1_000, 2_000, 4_000, 8_000, 16_000],
		text: (n) => `${ORG}${'woord '.repeat(n / 6)}\n`
	},
	{
		name: 'regel met opmaak (binnen de grens)',
		unit: 'tekens',
		sizes: [1_500, 3_000, 6_000, 12_000],
		text: (n) => `${ORG}${'**vet** en wat meer woorden zonder opmaak, tot de volgende keer. '.repeat(n / 64)}\n`
	},
	{
		name: 'alinea’s met opmaak tot de grens per alinea',
		unit: 'tekens',
		sizes: [16_000, 32_000, 64_000, 128_000, 250_000],
		text: (n) => `${ORG}${`${'*a* en **b** '.repeat(95)}\n\n`.repeat(n / 1_237)}`
	},
	{ name: 'regel met woorden (voorbij de grens)', unit: 'tekens', sizes: [32_000, 64_000, 128_000, 250_000], text: (n) => `${ORG}${'woord '.repeat(n / 6)}\n` },
	{ name: 'regel van 0,5–4 MB (te groot bestand)', unit: 'tekens', sizes: [500_000, 1_000_000, 2_000_000, 4_000_000], text: (n) => `${ORG}${'a'.repeat(n)}\n` }
];

function time(root: string, runs: number): { ms: number; outcome: string } {
	const ms: number[] = [];
	let outcome = '';
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		const { nodes, errors } = loadContent(root);
		ms.push(performance.now() - t);
		outcome = nodes.length ? 'pagina' : (errors[0]?.code ?? '?');
	}
	// The fastest run: the others only add the noise of a shared machine (garbage collection, other processes).
	return { ms: Math.min(...ms), outcome };
}

/** Least-squares slope of log(ms) over log(chars). */
function exponent(points: Point[]): number {
	const xs = points.map((p) => Math.log(p.chars));
	const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
	const mx = xs.reduce((a, b) => a + b) / xs.length;
	const my = ys.reduce((a, b) => a + b) / ys.length;
	const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
	const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
	return num / den;
}

export function checkerGrowth(runs = 5): Series[] {
	const scratch = mkdtempSync(join(tmpdir(), 'kennisgraaf-growth-'));
	try {
		// Warm up the parsers, so the first point does not pay for compilation.
		mkdirSync(join(scratch, 'warm', 'organisatie'), { recursive: true });
		writeFileSync(join(scratch, 'warm', 'organisatie', 'x.md'), `${ORG}*a* [b](https://example.org) <b>c</b>\n> d\n- e\n`);
		time(join(scratch, 'warm'), 20);
		return SERIES.map(({ name, unit, sizes, text }) => {
			const points = sizes.map((size) => {
				const root = join(scratch, `${name.replace(/\W+/g, '-')}-${size}`);
				mkdirSync(join(root, 'organisatie'), { recursive: true });
				const t = text(size);
				writeFileSync(join(root, 'organisatie', 'x.md'), t);
				return { size, chars: t.length, ...time(root, runs) };
			});
			return { name, unit, points, exponent: exponent(points) };
		});
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** Above this fitted exponent a series counts as super-linear. */
export const MAX_EXPONENT = 1.3;
/**
 * Below this at every size a series is noise: a file refused before it is parsed takes 0.1 ms, and one garbage
 * collection in the fastest run turned 0.1 ms into 2.3 ms, a fitted exponent of 1.44 on a busy machine.
 */
const NOISE_MS = 10;
/** Does the series grow faster than linearly, measurably? */
export const superLinear = (s: Series) => s.exponent > MAX_EXPONENT && Math.max(...s.points.map((p) => p.ms)) >= NOISE_MS;

export function printGrowth(series: Series[]) {
	console.log('\nGroei van de controletijd (snelste van enkele runs, in-process):');
	for (const s of series) {
		const curve = s.points.map((p) => `${p.size.toLocaleString('nl-NL')} → ${p.ms.toFixed(1)} ms (${p.outcome})`).join(', ');
		console.log(`  ${s.name} [${s.unit}]: ${curve}; exponent ${s.exponent.toFixed(2)}${superLinear(s) ? '  ← NIET LINEAIR' : ''}`);
	}
}
