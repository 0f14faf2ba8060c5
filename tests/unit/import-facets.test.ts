/** Herkomst as a filter: the listing facet names the registers a node comes from, and the graph explorer filters on them. */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/lib/components/graph/format.ts';
import { createModel, visibleMask } from '../../src/lib/components/graph/model.ts';
import { emptyState, parseState, serializeState } from '../../src/lib/components/graph/view-state.ts';
import { facetLabel, facetValues } from '../../src/lib/server/graph/facets.ts';
import { contentDir, validFiles } from './helpers.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';

describe('herkomst as a facet', () => {
	it('lists the registers of a node, and "Eigen invoer" for a node from none', () => {
		const root = contentDir({
			...validFiles(),
			'organisatie/o2.md':
				'---\nnaam: Hogeschool Twee\nsoort: hogeschool\nherkomst:\n  - { bron: ror, id: 0aa, opgehaald: 2026-11-30 }\n  - { bron: duo, id: 30AA, opgehaald: 2026-11-30 }\n---\n'
		});
		const { nodes, relations, errors } = loadContent(root);
		expect(errors).toEqual([]);
		const site = assembleSite(nodes, relations);
		expect(facetValues(site, site.byId.get('o2')!, 'herkomst')).toEqual(['ror', 'duo']);
		expect(facetValues(site, site.byId.get('hs')!, 'herkomst')).toEqual(['handmatig']);
		expect(['ror', 'nwopen', 'handmatig'].map((v) => facetLabel(v, site.byId))).toEqual(['ROR', 'NWOpen', 'Eigen invoer']);
	});
});

describe('herkomst in the graph explorer', () => {
	// Two organisations (one from ROR, one hand-made) and a kennisvraag, which the filter does not apply to.
	const data: GraphData = {
		v: 1,
		types: ['kennisvraag', 'organisatie'],
		themes: [],
		sectors: [],
		rels: [],
		communities: 1,
		ids: ['k', 'ror-org', 'eigen-org'],
		titles: ['K', 'R', 'E'],
		type: [0, 1, 1],
		x: [0, 1, 2],
		y: [0, 0, 0],
		size: [1, 1, 1],
		degree: [0, 0, 0],
		community: [0, 0, 0],
		theme: [[], [], []],
		sector: [0, 0, 0],
		sources: ['ror', 'handmatig'],
		source: [2, 1, 2],
		edges: [],
		years: [],
		cover: { vragen: [], gamechangers: [], lectoraten: [] },
		voorbeeld: []
	};
	const model = createModel(data);
	const shown = (mask: Uint8Array) => data.ids.filter((_, i) => mask[i]);

	it('shows only the nodes from the chosen registers, among the types listed by herkomst', () => {
		expect(shown(visibleMask(model, { ...emptyState(), sources: ['ror'] }))).toEqual(['k', 'ror-org']);
		expect(shown(visibleMask(model, emptyState()))).toEqual(['k', 'ror-org', 'eigen-org']);
	});

	it('keeps the choice in the URL as bron=', () => {
		const vocab = { hasNode: () => true, types: data.types, themes: [], sectors: [], sources: data.sources };
		expect(serializeState({ ...emptyState(), sources: ['ror'] })).toBe('?bron=ror');
		expect(parseState('?bron=ror,onbekend', vocab).sources).toEqual(['ror']);
	});
});
