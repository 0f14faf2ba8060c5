/**
 * NWOpen (NWO, of which NRO is part): open paginated JSON (`meta: {count, page, pages}`, `projects: […]`), filterable,
 * e.g. by an organisation's ROR id. A project has a funding scheme, dates, summaries in Dutch and English and members
 * with their organisation and its ROR id. Members' names are people: not used.
 */
import { arr, bodyAfter, plainText, projectCore, shortText, soortFromName, statusFromDates, str, uniqueStrings } from './clean.ts';
import { recordKey, type ImportRecord, type Mapped, type SourceMapping } from './model.ts';

const rorId = (v: string | undefined) => v?.replace(/^https?:\/\/ror\.org\//, '').trim() || undefined;

function project(raw: unknown, today: string): Mapped {
	const id = str(raw, 'project_id')!;
	const core = projectCore(raw, { title: 'title', start: 'start_date', end: 'end_date' });
	if ('skip' in core) return core;
	const { titel, start, einde, dates } = core;
	const summary = plainText(str(raw, 'summary_nl')) || plainText(str(raw, 'summary_en'));
	if (!summary) return { skip: 'project zonder samenvatting ("summary_nl", "summary_en")' };
	// One organisation per ROR id, else per name; "Universiteit Utrecht||Faculteit …" names the institution first.
	const orgs = new Map<string, ImportRecord>();
	for (const m of arr(raw, 'project_members')) {
		const naam = plainText(str(m, 'organisation')?.split('||')[0]);
		if (!naam) continue;
		const ror = rorId(str(m, 'ror'));
		const key = ror ?? naam;
		if (!orgs.has(key))
			orgs.set(key, { type: 'organisatie', id: key, stub: true, data: { naam, soort: soortFromName(naam) ?? 'anders', ...(ror ? { ror } : {}) } });
	}
	const doi = arr(raw, 'products')
		.map((p) => str(p, 'doi'))
		.find(Boolean);
	const trefwoorden = uniqueStrings([str(raw, 'funding_scheme')]);
	return {
		records: [
			...orgs.values(),
			{
				type: 'project',
				id,
				url: `https://data.nwo.nl/en/projects/${encodeURIComponent(id)}`,
				data: {
					titel,
					...dates,
					status: statusFromDates(start, einde, today),
					samenvatting: shortText(summary),
					...(trefwoorden.length ? { trefwoorden } : {}),
					...(doi ? { doi: doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '') } : {})
				},
				links: { partners: [...orgs.values()].map((o) => recordKey('organisatie', o.id)) },
				body: bodyAfter(summary, shortText(summary))
			}
		]
	};
}

export const nwopen: SourceMapping = {
	name: 'nwopen',
	label: 'NWOpen',
	baseUrl: 'https://nwopen-api.nwo.nl/NWOpen-API/api',
	format: 'json',
	endpoints: [{ name: 'projects', path: '/Projects', paging: 'meta-pages' }],
	items: (page) => arr(page, 'projects'),
	idOf: (raw) => str(raw, 'project_id'),
	map: (raw, _e, o) => project(raw, o.today),
	owns: { project: ['titel', 'start', 'einde', 'status', 'samenvatting', 'trefwoorden', 'doi', 'partners'] }
};
