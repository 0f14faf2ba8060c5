/**
 * Regieorgaan SIA (RAAK and other schemes of the hogescholen). JSON behind a bearer key: a paginated list of the
 * projects changed since a date (`/projecten/gewijzigd?sinds=…`: `projecten: [{id, gewijzigd}]`, `volgende`), then one
 * request per project (`/projecten/<id>`). A deleted project answers 403: it is marked, not removed.
 */
import { arr, get, plainText, projectCore, shortText, soortFromName, statusFromDates, str, uniqueStrings } from './clean.ts';
import { recordKey, type ImportRecord, type Mapped, type SourceMapping } from './model.ts';

const STATUS: Record<string, 'gepland' | 'lopend' | 'afgerond'> = { toegekend: 'gepland', lopend: 'lopend', afgerond: 'afgerond', beeindigd: 'afgerond' };

function project(raw: unknown, today: string): Mapped {
	const id = str(raw, 'id')!;
	if (get(raw, 'verwijderd') === true) return { records: [{ type: 'project', id, data: {}, removed: true }] };
	if (get(raw, 'ontbreekt') === true) return { skip: 'staat in de lijst van gewijzigde projecten, maar bestaat niet (404)' };
	const core = projectCore(raw, { title: 'titel', start: 'startdatum', end: 'einddatum' });
	if ('skip' in core) return core;
	const { titel, start, einde, dates } = core;
	const samenvatting = shortText(plainText(str(raw, 'samenvatting')));
	if (!samenvatting) return { skip: 'project zonder samenvatting' };
	const given =
		STATUS[
			(str(raw, 'status') ?? '')
				.toLowerCase()
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
		];
	const partners: ImportRecord[] = arr(raw, 'consortiumpartners').flatMap((p) => {
		const naam = plainText(str(p, 'naam'));
		return naam ? [{ type: 'organisatie' as const, id: naam, stub: true, data: { naam, soort: soortFromName(naam) ?? 'anders' } }] : [];
	});
	const trefwoorden = uniqueStrings([str(raw, 'regeling'), ...arr(raw, 'themas')]);
	return {
		records: [
			...partners,
			{
				type: 'project',
				id,
				url: str(raw, 'url') ?? `https://www.regieorgaan-sia.nl/projecten/${encodeURIComponent(id)}`,
				data: {
					titel,
					...dates,
					status: given ?? statusFromDates(start, einde, today),
					samenvatting,
					...(trefwoorden.length ? { trefwoorden } : {})
				},
				links: { partners: [...new Set(partners.map((p) => recordKey('organisatie', p.id)))] }
			}
		]
	};
}

export const sia: SourceMapping = {
	name: 'sia',
	label: 'Regieorgaan SIA',
	baseUrl: 'https://api.regieorgaan-sia.nl',
	keyEnv: 'SIA_API_KEY',
	format: 'json',
	endpoints: [{ name: 'projecten', path: '/projecten', paging: 'changed-then-detail' }],
	/** A list page names changed projects; a detail response is one project. */
	items: (page) => (Array.isArray(get(page, 'projecten')) ? arr(page, 'projecten') : [page]),
	idOf: (raw) => str(raw, 'id'),
	map: (raw, _e, o) => project(raw, o.today),
	owns: { project: ['titel', 'start', 'einde', 'status', 'samenvatting', 'trefwoorden', 'partners'] }
};
