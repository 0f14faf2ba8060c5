import { describe, expect, it } from 'vitest';
import { listingData, listingPage, listingPaths, parseListingPath } from '../../src/lib/server/emit/listing.ts';
import { isFiltered, matching, parseState, stateHref, widenings, without } from '../../src/lib/listing/query.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

// k1 hangs under g1 (po) and is tagged with no sector; a vo project works on it. k2 is tagged vo.
const site = siteFrom({
	...base(),
	...project('pa', 'Alfa', { kennisvragen: ['k1'], lectoraten: ['l1'], sectoren: ['vo'], start: '2021-03-01', einde: '2023-06-30', bijgewerkt: '2024-01-01' }),
	...project('pb', 'Bravo', { kennisvragen: ['k1', 'k3'], status: 'afgerond', start: '2019-01-01', einde: '2020-01-01', bijgewerkt: '2025-05-01' }),
	...project('pc', 'Charlie', { lectoraten: ['l2'], start: '2024-09-01' })
});

describe('facets through relations (facetsVia in the registry)', () => {
	it('puts a kennisvraag under the sectors of its gamechanger and of the projects that work on it', () => {
		expect(new Set(site.sectors(site.byId.get('k1')!))).toEqual(new Set(['po', 'vo']));
		expect(site.sectors(site.byId.get('k3')!)).toEqual([]);
	});

	it('gives a project the hogeschool of its lectoraten', () => {
		const page = listingPage(site, 'project');
		expect(page.filters.find((f) => f.facet === 'hogeschool')!.options).toEqual([{ value: 'hs', label: 'Hogeschool Nergens', count: 2 }]);
	});
});

describe('listing pages', () => {
	it('groups kennisvragen under thema and gamechanger in agenda order, with who works on each', () => {
		const page = listingPage(site, 'kennisvraag');
		expect(page.rows.map((r) => r.id)).toEqual(['k1', 'k2', 'k4', 'k3']);
		expect(page.groups[page.rows[0].group!]).toEqual(['Thema 1: Leren', 'Gamechanger 1.1: Feedback']);
		expect(page.groups[page.rows[3].group!]).toEqual(['Thema 2: Leraren', 'Gamechanger 2.1: Opleiden']);
		expect(page.counts).toEqual([
			['project', 'projecten'],
			['lectoraat', 'lectoraten']
		]);
		// k1's lectoraat l1 counts through project pa, as on its page and on /dekking.
		expect(page.rows.map((r) => r.counts)).toEqual([
			[2, 1],
			[0, 0],
			[0, 0],
			[1, 1]
		]);
	});

	it('offers thema and gamechanger options in agenda order, not alphabetically', () => {
		const page = listingPage(site, 'kennisvraag');
		expect(page.filters.find((f) => f.facet === 'gamechanger')!.options!.map((o) => o.value)).toEqual(['g1', 'g2', 'g3']);
		expect(page.filters.find((f) => f.facet === 'thema')!.options!.map((o) => o.label)).toEqual(['Leren', 'Leraren']);
	});

	it('sorts projects by newest, title and start, with chips for status, years, lectoraat and hogeschool', () => {
		// Newest: bijgewerkt, else start (Charlie started after Alfa was last updated).
		expect(listingPage(site, 'project').rows.map((r) => r.id)).toEqual(['pb', 'pc', 'pa']);
		expect(listingPage(site, 'project', 'titel').rows.map((r) => r.id)).toEqual(['pa', 'pb', 'pc']);
		expect(listingPage(site, 'project', 'start').rows.map((r) => r.id)).toEqual(['pc', 'pa', 'pb']);
		const alfa = listingPage(site, 'project').rows.find((r) => r.id === 'pa')!;
		expect(alfa.chips).toEqual([['lopend'], ['2021–2023'], ['Lectoraat Leren'], ['Hogeschool Nergens']]);
		expect(listingPage(site, 'project').rows.find((r) => r.id === 'pc')!.chips[1]).toEqual(['vanaf 2024']);
	});

	it('prerenders a page per sort and page number, and reads its path back', () => {
		const paths = listingPaths(site)
			.filter((p) => p.type === 'project')
			.map((p) => p.pad);
		expect(paths).toEqual(['sorteer/titel', 'sorteer/start']);
		expect(parseListingPath('project', 'sorteer/titel/pagina/3/')).toEqual({ sort: 'titel', page: 3 });
		expect(parseListingPath('project', 'pagina/2')).toEqual({ sort: 'nieuw', page: 2 });
		expect(parseListingPath('project', 'sorteer/agenda')).toBeUndefined();
	});
});

describe('listing state in the browser', () => {
	const page = listingPage(site, 'project');
	const data = listingData(site, 'project');
	const state = (query: string) => parseState(new URLSearchParams(query), page.filters, page.sorts, { sort: page.sort, page: 1 });

	it('filters by kennisvraag, status and year range, in the chosen order', () => {
		expect(matching(data, state('kennisvragen=k1')).map((i) => data.rows[i].id)).toEqual(['pb', 'pa']);
		expect(matching(data, state('kennisvragen=k1&sorteer=titel')).map((i) => data.rows[i].id)).toEqual(['pa', 'pb']);
		expect(matching(data, state('status=afgerond')).map((i) => data.rows[i].id)).toEqual(['pb']);
		// Overlap with 2022–2022: Alfa (2021–2023); Charlie started later, Bravo ended before.
		expect(matching(data, state('van=2022&tot=2022')).map((i) => data.rows[i].id)).toEqual(['pa']);
	});

	it('addresses an unfiltered state by its prerendered page and a filtered one by query', () => {
		expect(stateHref('/kg', 'project', page.sorts, state('sorteer=titel&pagina=2'))).toBe('/kg/project/sorteer/titel/pagina/2/');
		expect(stateHref('', 'project', page.sorts, state('status=lopend&sorteer=titel'))).toBe('/project/?status=lopend&sorteer=titel');
		expect(isFiltered(state('q=%20'))).toBe(false);
	});

	it('explains an empty result by the filters that, dropped one at a time, give rows back', () => {
		const empty = state('status=afgerond&q=alfa');
		expect(matching(data, empty)).toEqual([]);
		expect(widenings(data, empty)).toEqual([
			{ key: 'status', count: 1 },
			{ key: 'q', count: 1 }
		]);
		expect(matching(data, without(empty, 'q')).map((i) => data.rows[i].id)).toEqual(['pb']);
	});
});
