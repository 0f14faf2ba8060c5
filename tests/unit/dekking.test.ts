import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { dekking, dekkingCsv, dekkingPage, isWhiteSpot } from '../../src/lib/server/emit/dekking.ts';
import { agendaComparison } from '../../src/lib/server/emit/agendas.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

// k1: two projects (one po, one without sector) and lectoraat l1 via a project; k2: none (white);
// k3: only lectoraat l2 (lists it); k4: none (white). Project pg names gamechanger g2 itself.
const site = siteFrom({
	...base(),
	...project('pa', 'Project A', { kennisvragen: ['k1'], lectoraten: ['l1'], sectoren: ['po'] }),
	...project('pb', 'Project B', { kennisvragen: ['k1'] }),
	...project('pg', 'Project G', { gamechangers: ['g2'], sectoren: ['mbo'] })
});
const d = dekking(site);
const vraag = (id: string) => d.vragen.find((v) => v.id === id)!;
const gc = (id: string) => d.themas.flatMap((t) => t.gamechangers).find((g) => g.id === id)!;

describe('dekking counts', () => {
	it('counts projects and lectoraten per kennisvraag, a lectoraat also through its projects', () => {
		expect(vraag('k1')).toMatchObject({ projecten: { alle: 2, po: 2, vo: 1, mbo: 1 }, lectoraten: 1 });
		expect(vraag('k3')).toMatchObject({ projecten: { alle: 0 }, lectoraten: 1 });
	});

	it('marks kennisvragen without project and lectoraat as white spots', () => {
		expect(
			d.vragen
				.filter((v) => isWhiteSpot(v))
				.map((v) => v.id)
				.sort()
		).toEqual(['k2', 'k4']);
		// Per sector: in vo, k1's only vo project is the one without sector.
		expect(isWhiteSpot(vraag('k1'), 'vo')).toBe(false);
	});

	it('counts at a gamechanger the projects of its kennisvragen and those naming it directly', () => {
		expect(gc('g1')).toMatchObject({ kennisvragen: ['k1', 'k2'], projecten: { alle: 2 }, direct: { alle: 0 }, lectoraten: 1 });
		expect(gc('g2')).toMatchObject({ kennisvragen: ['k4'], projecten: { alle: 1, mbo: 1, po: 0 }, direct: { alle: 1 }, lectoraten: 0 });
		expect(isWhiteSpot(gc('g2'))).toBe(false);
		expect(isWhiteSpot(gc('g2'), 'po')).toBe(true);
	});

	it('inherits sectors from the gamechanger when the kennisvraag has none', () => {
		expect(vraag('k1').sectoren).toEqual(['po']);
		expect(vraag('k2').sectoren).toEqual(['vo']);
		expect(vraag('k3').sectoren).toEqual([]);
	});

	it('orders themes, gamechangers and kennisvragen as in the agenda', () => {
		expect(d.themas.map((t) => t.id)).toEqual(['t1', 't2']);
		expect(d.themas[0].gamechangers.map((g) => g.id)).toEqual(['g1', 'g2']);
		expect(d.vragen.map((v) => v.id)).toEqual(['k1', 'k2', 'k4', 'k3']);
		expect(d.vragen.map((v) => v.order)).toEqual([0, 1, 2, 3]);
	});
});

describe('the /dekking page before interaction', () => {
	const p = dekkingPage(site);
	const tile = (id: string) => p.themas.flatMap((t) => t.gamechangers).find((g) => g.id === id)!;

	it('carries the counts per sector that the whole table gives', () => {
		// Worked out from the whole table, as the browser would after fetching /dekking.json.
		for (const sector of ['alle', ...d.sectoren]) {
			const relevant = d.vragen.filter((v) => sector === 'alle' || !v.sectoren.length || v.sectoren.includes(sector));
			expect(p.vragenPerSector[sector], sector).toBe(relevant.length);
			expect(p.wittePerSector[sector], sector).toBe(relevant.filter((v) => isWhiteSpot(v, sector)).length);
		}
		// k1 is po and covered, k2 vo (its gamechanger's sector), k3 and k4 have no sector; k2 and k4 are white.
		expect(p.vragenPerSector).toMatchObject({ alle: 4, po: 3, vo: 3, mbo: 2 });
		expect(p.wittePerSector).toMatchObject({ alle: 2, po: 1, vo: 2, mbo: 1 });
		expect(tile('g1')).toMatchObject({ kennisvragen: 2, open: { alle: 1, vo: 1, po: 0 } });
		expect(tile('g2')).toMatchObject({ kennisvragen: 1, open: { alle: 1, mbo: 1, vo: 1 } });
	});

	it('carries only the first rows, in agenda order', () => {
		expect(p.total).toBe(4);
		expect(p.vragen.map((v) => v.id)).toEqual(d.vragen.slice(0, p.pageSize).map((v) => v.id));
		expect(p.pageSize).toBeLessThan(100);
	});
});

describe('/dekking.csv', () => {
	const [header, ...rows] = parseCsv(dekkingCsv(site));
	const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[header.indexOf('kennisvraag')] === id)![i]]));

	it('has a row per kennisvraag with counts, white spot and the ids behind the counts', () => {
		expect(rows).toHaveLength(4);
		expect(row('k1')).toMatchObject({
			thema: 't1',
			gamechanger: 'g1',
			projecten: '2',
			lectoraten: '1',
			witte_vlek: 'nee',
			project_ids: 'pa; pb',
			lectoraat_ids: 'l1'
		});
		expect(row('k2')).toMatchObject({ witte_vlek: 'ja', projecten: '0', kennisvraag_tekst: 'Wat doet feedback met motivatie?' });
	});
});

describe('agendas side by side', () => {
	const c = agendaComparison(site);
	it('has the Kennisagenda themes with their gamechangers as rows, and the other agendas as tables', () => {
		expect(c.kennisagenda?.id).toBe('ka');
		expect(c.rows.map((r) => [r.id, r.gamechangers.map((g) => g.id)])).toEqual([
			['t1', ['g1', 'g2']],
			['t2', ['g3']]
		]);
		expect(c.agendas.map((a) => a.id)).toEqual(['va']);
		expect(c.agendas[0].punten).toEqual([expect.objectContaining({ id: 'ap1', short: 'K1', themas: ['t2'], gamechangers: ['g1'] })]);
	});
});
