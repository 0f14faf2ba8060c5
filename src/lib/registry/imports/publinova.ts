/**
 * Publinova (SURF; research of the hogescholen). Two endpoints, each paginated JSON (`data`, `links.next`, `meta`)
 * behind a bearer key: /sources/parties (a `Professorship` is a lectoraat, its `parents` its hogeschool; a
 * `Consortium` a partnerschap) and /sources/projects (title, dates, goal, description, keywords, themes, parties).
 */
import { arr, bodyAfter, get, plainText, projectCore, shortText, soortFromName, statusFromDates, str, uniqueStrings } from './clean.ts';
import { recordKey, type ImportRecord, type Mapped, type SourceMapping } from './model.ts';

const PAGE = 'https://publinova.nl';

/** A parent party (a hogeschool) as a stub record: it links to an existing organisation or becomes one. */
const orgStub = (party: unknown): ImportRecord | undefined => {
	const id = str(party, 'id');
	const naam = plainText(str(party, 'name'));
	if (!id || !naam) return undefined;
	// A parent of a lectoraat is a hogeschool; a project's company partner is not.
	const soort = soortFromName(naam) ?? (str(party, 'type') === 'Company' ? 'anders' : 'hogeschool');
	return { type: 'organisatie', id, stub: true, data: { naam, soort } };
};

function party(raw: unknown, personen: boolean): Mapped {
	const id = str(raw, 'id');
	const naam = plainText(str(raw, 'name'));
	if (!naam) return { skip: 'partij zonder naam' };
	const description = plainText(str(raw, 'description'));
	const url = str(raw, 'url') ?? `${PAGE}/parties/${id}`;
	const parents = arr(raw, 'parents').flatMap((p) => orgStub(p) ?? []);
	switch (str(raw, 'type')) {
		case 'Professorship': {
			const hogeschool = parents[0];
			if (!hogeschool) return { skip: 'lectoraat zonder hogeschool (geen "parents")' };
			const lectoren = personen ? uniqueStrings(arr(raw, 'members').map((m) => get(m, 'name'))) : [];
			return {
				records: [
					...parents,
					{
						type: 'lectoraat',
						id: id!,
						url,
						data: {
							naam,
							samenvatting: description ? shortText(description) : `Lectoraat van ${hogeschool.data.naam}, volgens Publinova.`,
							...(lectoren.length ? { lectoren } : {}),
							...(str(raw, 'website') ? { website: str(raw, 'website') } : {})
						},
						links: { hogeschool: [recordKey('organisatie', hogeschool.id)] },
						body: bodyAfter(description, shortText(description))
					}
				]
			};
		}
		case 'Consortium': {
			const penvoerder = parents[0];
			if (!penvoerder) return { skip: 'consortium zonder penvoerder (geen "parents")' };
			return {
				records: [
					...parents,
					{
						type: 'partnerschap',
						id: id!,
						url,
						data: {
							naam,
							soort: 'consortium',
							status: 'actief',
							samenvatting: description ? shortText(description) : `Consortium met ${penvoerder.data.naam} als penvoerder, volgens Publinova.`
						},
						links: { penvoerder: [recordKey('organisatie', penvoerder.id)], leden: parents.slice(1).map((p) => recordKey('organisatie', p.id)) }
					}
				]
			};
		}
		case 'Educational institution':
			return { records: [{ type: 'organisatie', id: id!, url, data: { naam, soort: soortFromName(naam) ?? 'hogeschool' } }] };
		default:
			return { skip: `partij van soort "${str(raw, 'type') ?? 'onbekend'}": alleen als partner van een project overgenomen` };
	}
}

function project(raw: unknown, today: string): Mapped {
	const id = str(raw, 'id')!;
	const core = projectCore(raw, { title: 'title', start: 'started_at', end: 'ended_at' });
	if ('skip' in core) return core;
	const { titel, start, einde, dates } = core;
	const goal = plainText(str(raw, 'goal'));
	const description = plainText(str(raw, 'description'));
	const samenvatting = shortText(goal || description);
	if (!samenvatting) return { skip: 'project zonder doel of beschrijving ("goal", "description")' };
	const state = str(raw, 'project_state');
	const status = state === 'finished' ? 'afgerond' : state === 'planned' ? 'gepland' : statusFromDates(start, einde, today);
	const parties = arr(raw, 'parties');
	const partyKeys = (type: string, as: string) => parties.filter((p) => str(p, 'type') === type && str(p, 'id')).map((p) => recordKey(as, str(p, 'id')!));
	const partners = parties.filter((p) => str(p, 'type') === 'Educational institution' || str(p, 'type') === 'Company').flatMap((p) => orgStub(p) ?? []);
	const trefwoorden = uniqueStrings([...arr(raw, 'keywords').map((k) => get(k, 'label')), ...arr(raw, 'research_themes').map((k) => get(k, 'label'))]);
	return {
		records: [
			...partners,
			{
				type: 'project',
				id,
				url: str(raw, 'url') ?? `${PAGE}/projects/${id}`,
				data: { titel, ...dates, status, samenvatting, ...(trefwoorden.length ? { trefwoorden } : {}) },
				links: {
					lectoraten: partyKeys('Professorship', 'lectoraat'),
					partners: partners.map((p) => recordKey('organisatie', p.id)),
					partnerschap: partyKeys('Consortium', 'partnerschap').slice(0, 1)
				},
				body: bodyAfter(description, samenvatting)
			}
		]
	};
}

export const publinova: SourceMapping = {
	name: 'publinova',
	label: 'Publinova',
	baseUrl: 'https://api.publinova.nl',
	keyEnv: 'PUBLINOVA_API_KEY',
	format: 'json',
	endpoints: [
		// Parties first: projects name them.
		{ name: 'parties', path: '/sources/parties', paging: 'links-next' },
		{ name: 'projects', path: '/sources/projects', paging: 'links-next' }
	],
	items: (page) => arr(page, 'data'),
	idOf: (raw) => str(raw, 'id'),
	map: (raw, endpoint, o) => (endpoint === 'parties' ? party(raw, o.personen) : project(raw, o.today)),
	owns: {
		lectoraat: ['naam', 'samenvatting', 'lectoren', 'website', 'hogeschool'],
		partnerschap: ['naam', 'samenvatting', 'penvoerder', 'leden'],
		project: ['titel', 'start', 'einde', 'status', 'samenvatting', 'trefwoorden', 'lectoraten', 'partners', 'partnerschap'],
		organisatie: ['naam']
	}
};
