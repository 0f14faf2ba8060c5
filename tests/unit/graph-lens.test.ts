/**
 * The graph's coverage lens counts in the browser what server/graph/coverage.ts counts at build time:
 * with no time window it must agree with the kennisvraag pages and /dekking on every question and
 * gamechanger, on the shipped content and on a generated corpus (neither tuned on).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageIn, inWindow, isExample, yearRange } from '../../src/lib/components/graph/coverage-lens.ts';
import { graphData } from '../../src/lib/server/emit/graph-data.ts';
import { dekking, isWhiteSpot } from '../../src/lib/server/emit/dekking.ts';
import { vraagCoverage } from '../../src/lib/server/graph/coverage.ts';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';

function siteFrom(root: string): Site {
	const { nodes, relations, errors } = loadContent(root);
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}

function corpus(): string {
	const out = join(mkdtempSync(join(tmpdir(), 'kg-lens-')), 'corpus');
	execFileSync('npx', ['tsx', 'scripts/generate-corpus.ts', '--nodes', '400', '--out', out, '--seed', 'lens']);
	return out;
}

describe.each([
	['shipped content', () => siteFrom('content')],
	['a generated corpus', () => siteFrom(corpus())]
])('coverage lens on %s', (_, make) => {
	const site = make();
	const data = graphData(site);
	const index = new Map(data.ids.map((id, i) => [id, i]));
	const all = coverageIn(data, inWindow(data, { from: null, to: null }));

	it('counts every kennisvraag as its page does, and marks the same white spots', () => {
		for (const k of site.of('kennisvraag')) {
			const i = index.get(k.id)!;
			const c = vraagCoverage(site, k.id);
			expect([k.id, all.projecten[i], all.lectoraten[i]]).toEqual([k.id, c.projecten, c.lectoraten]);
			expect(all.white.includes(i)).toBe(c.witteVlek);
		}
	});

	it('counts every gamechanger as /dekking does', () => {
		for (const t of dekking(site).themas)
			for (const g of t.gamechangers) {
				const i = index.get(g.id)!;
				expect([g.id, all.projecten[i], all.lectoraten[i]]).toEqual([g.id, g.projecten.alle, g.lectoraten]);
				expect(all.white.includes(i)).toBe(isWhiteSpot(g));
			}
	});

	it('a time window drops projects outside it, and their lectoraten unless these name the question', () => {
		const range = yearRange(data)!;
		expect(range.min).toBeLessThanOrEqual(range.max);
		const before = coverageIn(data, inWindow(data, { from: null, to: range.min - 1 }));
		for (const [k, , direct] of data.cover.vragen) {
			expect(before.projecten[k]).toBe(0);
			expect(before.lectoraten[k]).toBe(direct.length);
		}
		expect(before.white.length).toBeGreaterThanOrEqual(all.white.length);
	});

	it('with a sector filter, counts as /dekking does for that sector', () => {
		const d = dekking(site);
		const running = inWindow(data, { from: null, to: null });
		let differs = 0;
		for (const sector of d.sectoren) {
			const bit = 1 << data.sectors.indexOf(sector);
			const c = coverageIn(data, running, bit);
			for (const v of d.vragen) {
				const i = index.get(v.id)!;
				expect([v.id, sector, c.projecten[i], c.lectoraten[i]]).toEqual([v.id, sector, v.projecten[sector], v.lectoraten]);
				expect(c.white.includes(i)).toBe(isWhiteSpot(v, sector));
				if (c.projecten[i] !== all.projecten[i]) differs++;
			}
			for (const t of d.themas)
				for (const g of t.gamechangers) {
					const i = index.get(g.id)!;
					expect([g.id, sector, c.projecten[i], c.lectoraten[i]]).toEqual([g.id, sector, g.projecten[sector], g.lectoraten]);
				}
		}
		// The filter must change something, or this test could not fail.
		expect(differs).toBeGreaterThan(0);
	});

	it('marks example content as the content says', () => {
		for (const n of site.nodes) expect([n.id, isExample(data, index.get(n.id)!)]).toEqual([n.id, Boolean(n.data.voorbeeld)]);
	});
});
