/** A small corpus for the discovery features (related items, dekking, JSON-LD, feeds), as content files. */
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { contentDir } from './helpers.ts';

const scalar = (v: unknown): string => (typeof v === 'string' && /[:#'"[\]{},]/.test(v) ? JSON.stringify(v) : String(v));
const value = (v: unknown): string =>
	Array.isArray(v)
		? `[${v.map((x) => (x && typeof x === 'object' ? value(x) : scalar(x))).join(', ')}]`
		: v && typeof v === 'object'
			? `{ ${Object.entries(v)
					.map(([k, x]) => `${k}: ${scalar(x)}`)
					.join(', ')} }`
			: scalar(v);
const yaml = (data: Record<string, unknown>) =>
	Object.entries(data)
		.map(([k, v]) => `${k}: ${value(v)}`)
		.join('\n');
const file = (data: Record<string, unknown>, body = '') => `---\n${yaml(data)}\n---\n${body}\n`;

export function project(id: string, titel: string, fields: Record<string, unknown> = {}, body = '') {
	return { [`project/${id}.md`]: file({ titel, start: '2024-01-01', status: 'lopend', samenvatting: `Over ${titel.toLowerCase()}.`, ...fields }, body) };
}

/** agenda ka; thema t1 (g1 with k1, k2; g2 with k4) and t2 (g3 with k3); hogeschool hs with l1, l2; partners o1, o2. */
export const base = (): Record<string, string> => ({
	'agenda/ka.md': file({ titel: 'Kennisagenda', uitgever: 'NRO', jaar: 2022, samenvatting: 'De agenda.' }),
	'agenda/va.md': file({ titel: 'Andere agenda', korte_titel: 'Andere', uitgever: 'VH', jaar: 2023, samenvatting: 'Een andere agenda.' }),
	'thema/t1.md': file({ titel: 'Leren', agenda: 'ka', nummer: 1, samenvatting: 'Over leren.', bron: { document: 'ka' } }),
	'thema/t2.md': file({ titel: 'Leraren', agenda: 'ka', nummer: 2, samenvatting: 'Over leraren.', bron: { document: 'ka' } }),
	'gamechanger/g1.md': file({ titel: 'Feedback', thema: 't1', nummer: 1, sectoren: ['po'], samenvatting: 'Kans.', bron: { document: 'ka' } }),
	'gamechanger/g2.md': file({ titel: 'Toetsing', thema: 't1', nummer: 2, samenvatting: 'Kans.', bron: { document: 'ka' } }),
	'gamechanger/g3.md': file({ titel: 'Opleiden', thema: 't2', nummer: 1, samenvatting: 'Kans.', bron: { document: 'ka' } }),
	'kennisvraag/k1.md': file({ vraag: 'Hoe geven leraren feedback?', thema: 't1', gamechanger: 'g1', bron: { document: 'ka' } }),
	'kennisvraag/k2.md': file({ vraag: 'Wat doet feedback met motivatie?', thema: 't1', gamechanger: 'g1', sectoren: ['vo'], bron: { document: 'ka' } }),
	'kennisvraag/k3.md': file({ vraag: 'Hoe leiden we leraren op?', thema: 't2', gamechanger: 'g3', bron: { document: 'ka' } }),
	'kennisvraag/k4.md': file({ vraag: 'Hoe toetsen we formatief?', thema: 't1', gamechanger: 'g2', bron: { document: 'ka' } }),
	'agendapunt/ap1.md': file({
		titel: 'Punt een',
		agenda: 'va',
		soort: 'kernambitie',
		nummer: 1,
		themas: ['t2'],
		gamechangers: ['g1'],
		citaten: [
			{ naar: 't2', citaat: 'Over leraren.' },
			{ naar: 'g1', citaat: 'Over feedback.' }
		],
		samenvatting: 'Punt.',
		bron: { document: 'va' }
	}),
	'organisatie/hs.md': file({ naam: 'Hogeschool Nergens', soort: 'hogeschool', plaats: 'Utrecht', voorbeeld: true }),
	'organisatie/o1.md': file({ naam: 'School Een', soort: 'school', voorbeeld: true }),
	'organisatie/o2.md': file({ naam: 'School Twee', soort: 'school', voorbeeld: true }),
	'lectoraat/l1.md': file({ naam: 'Lectoraat Leren', lectoren: ['Lector A'], hogeschool: 'hs', samenvatting: 'Onderzoek.', voorbeeld: true }),
	'lectoraat/l2.md': file({
		naam: 'Lectoraat Opleiden',
		lectoren: ['Lector B'],
		hogeschool: 'hs',
		kennisvragen: ['k3'],
		samenvatting: 'Onderzoek.',
		voorbeeld: true
	})
});

export function siteFrom(files: Record<string, string>): Site {
	const { nodes, relations, errors } = loadContent(contentDir(files));
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}
