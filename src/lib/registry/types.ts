/**
 * The content types: the one place where a type or a field is added. Everything else (validation,
 * JSON Schema, web editor, scaffold, listings, navigation, search, "Verwant", JSON-LD, graph data)
 * derives from these definitions through ./registry.ts. README "Een type toevoegen" says how.
 */
import { f, type Fields } from './fields.ts';
import type { TypeDef } from './typedef.ts';
import { BRONNEN } from './sources.ts';

export const SECTOREN = ['po', 'vo', 'mbo', 'so', 'lerarenopleiding'] as const;
export const SECTOR_LABELS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
	po: 'Primair onderwijs',
	vo: 'Voortgezet onderwijs',
	mbo: 'Middelbaar beroepsonderwijs',
	so: 'Speciaal onderwijs',
	lerarenopleiding: 'Lerarenopleiding'
});

const req = { required: true } as const;
/** How /verband words a step along a relation, in both directions. */
const partOf = { verb: 'hoort bij', inverseVerb: 'omvat' } as const;
const worksOn = { verb: 'werkt aan', inverseVerb: 'wordt onderzocht door' } as const;

/** Fields every type may carry; `r` makes samenvatting or bron required for a type. */
const common = <const R extends { samenvatting?: true; bron?: true } = Record<never, never>>(r?: R) => ({
	samenvatting: f.text('Samenvatting', {
		help: 'Een tot drie zinnen in eigen woorden.',
		hidden: true,
		required: (r?.samenvatting ?? false) as R['samenvatting'] extends true ? true : false
	}),
	aliassen: f.list('Andere namen', { hidden: true, search: ['prefix', 'keys'], ld: { property: 'alternateName' } }),
	trefwoorden: f.list('Trefwoorden', { hidden: true, search: ['keys'], ld: { property: 'keywords', join: ', ' } }),
	bron: f.object(
		'Bron',
		{
			document: f.ref('Document', 'agenda', 'Bron van', {
				required: true,
				heading: 'Bron',
				inverseHeading: 'Pagina’s met deze agenda als bron',
				verb: 'heeft als bron',
				inverseVerb: 'is bron van',
				// References to source documents connect nearly everything to the Kennisagenda: no signal.
				related: false
			}),
			pagina: f.string('Pagina', { prefix: 'p. ' })
		},
		{ required: (r?.bron ?? false) as R['bron'] extends true ? true : false }
	),
	voorbeeld: f.boolean('Voorbeeldinhoud', { help: 'true voor verzonnen voorbeeldinhoud.', hidden: true }),
	bijgewerkt: f.date('Bijgewerkt', { ld: { property: 'dateModified' } }),
	herkomst: f.objects(
		'Herkomst',
		{
			bron: f.enum('Bron', BRONNEN, req),
			id: f.string('Id bij de bron', { required: true, identifier: { schemeField: 'bron', urlField: 'url' } }),
			url: f.url('Adres bij de bron'),
			opgehaald: f.date('Opgehaald', req),
			verwijderd: f.date('Verwijderd bij de bron')
		},
		{ hidden: true, facetOf: 'bron', help: 'Gezet door npm run import: uit welk register deze gegevens komen. Niet met de hand wijzigen.' }
	)
});

/** Identifiers of a register: shown in the field table, and `identifier`/`sameAs` in JSON-LD. */
const ids = {
	ror: (label = 'ROR-id') =>
		f.string(label, { identifier: { scheme: 'ROR', url: 'https://ror.org/' }, help: 'Zonder https://ror.org/, bijvoorbeeld 04pp8hn57.' }),
	wikidata: () => f.string('Wikidata', { identifier: { scheme: 'Wikidata', url: 'https://www.wikidata.org/wiki/' }, help: 'Bijvoorbeeld Q1887753.' }),
	brin: () => f.string('BRIN-code', { identifier: { scheme: 'BRIN' }, help: 'De instellingscode van DUO, bijvoorbeeld 25DW.' }),
	doi: () => f.string('DOI', { identifier: { scheme: 'DOI', url: 'https://doi.org/' }, help: 'Zonder https://doi.org/, bijvoorbeeld 10.1234/abcd.' })
};

const sectoren = () => f.enums('Sectoren', SECTOREN, { facet: 'sector', search: ['rel'] });
const defineType = <const N extends string, const F extends Fields>(def: TypeDef<N, F>) => def;

export const TYPES = [
	defineType({
		name: 'agenda',
		label: 'Agenda',
		plural: 'Agenda’s',
		intro: 'Kennisagenda’s en strategische agenda’s van de onderwijssector.',
		titleField: 'titel',
		filters: ['jaar'],
		color: '#222222',
		nav: 6,
		search: { rank: 8, nameFindsNeighbours: true },
		related: { weight: 0.5, reasonRank: 9, specificity: 0 },
		schemaOrg: { type: 'CreativeWork', withTerms: 'DefinedTermSet', props: { inLanguage: 'nl' } },
		fields: {
			titel: f.string('Titel', req),
			korte_titel: f.string('Korte titel', { search: ['prefix', 'keys'] }),
			uitgever: f.string('Uitgever', { required: true, search: ['text'], ld: { property: 'publisher', wrap: { '@type': 'Organization' }, key: 'name' } }),
			jaar: f.int('Jaar', { required: true, min: 1900, max: 2100, ld: { property: 'datePublished' } }),
			url: f.url('Website', { ld: { property: 'sameAs' } }),
			licentie: f.string('Licentie', {
				help: 'De licentie die de bron zelf noemt (bijvoorbeeld CC BY 4.0). Leeg als de bron er geen noemt; /data/ zegt dat dan.',
				ld: { property: 'license' }
			}),
			...common({ samenvatting: true })
		}
	}),
	defineType({
		name: 'thema',
		label: 'Thema',
		plural: 'Thema’s',
		intro: 'De zes thema’s van de Kennisagenda voor het onderwijs.',
		titleField: 'titel',
		parent: ['agenda'],
		sequence: 'nummer',
		facet: 'thema',
		filters: [],
		color: '#776688',
		mark: 'bullseye',
		nav: 1,
		search: { rank: 2, nameFindsNeighbours: true },
		related: { weight: 1, reasonRank: 3, specificity: 1 },
		schemaOrg: { type: 'DefinedTerm' },
		fields: {
			titel: f.string('Titel', req),
			agenda: f.ref('Agenda', 'agenda', 'Thema’s', { required: true, heading: 'Uit de agenda', inverseHeading: 'Thema’s van deze agenda', ...partOf }),
			nummer: f.int('Nummer', { required: true, min: 1, hidden: true }),
			...common({ samenvatting: true, bron: true })
		}
	}),
	defineType({
		name: 'gamechanger',
		label: 'Gamechanger',
		plural: 'Gamechangers',
		intro: 'Onderwerpen binnen een thema waar kansen liggen voor grote verbeteringen.',
		titleField: 'titel',
		parent: ['thema'],
		sequence: 'nummer',
		filters: ['thema', 'sectoren'],
		color: '#a07000',
		mark: 'ring',
		search: { rank: 3, nameFindsNeighbours: true },
		related: { weight: 2, reasonRank: 2, specificity: 2 },
		schemaOrg: { type: 'DefinedTerm' },
		fields: {
			titel: f.string('Titel', req),
			thema: f.ref('Thema', 'thema', 'Gamechangers', { required: true, heading: 'Thema', inverseHeading: 'Gamechangers binnen dit thema', ...partOf }),
			nummer: f.int('Nummer', { required: true, min: 1, hidden: true }),
			bronnummer: f.string('Nummer in de bron', {
				help: 'Alleen als de bron anders nummert dan de volgorde op de site, bijvoorbeeld per sector: "po 5".'
			}),
			sectoren: sectoren(),
			...common({ samenvatting: true, bron: true })
		}
	}),
	defineType({
		name: 'kennisvraag',
		label: 'Kennisvraag',
		plural: 'Kennisvragen',
		intro: 'Voorbeelden van onderzoeksvragen uit de Kennisagenda. Leraren en onderzoekers vinden hier wie eraan werkt.',
		titleField: 'vraag',
		parent: ['gamechanger', 'thema'],
		filters: ['thema', 'gamechanger', 'sectoren'],
		// A question is for vo when its gamechanger is, or when a vo project works on it.
		facetsVia: { sector: { paths: [['gamechanger'], [{ from: 'project', field: 'kennisvragen' }]] } },
		listing: { sorts: ['agenda', 'titel'], counts: ['project', 'lectoraat'], pageSize: 100 },
		color: '#1f5fbf',
		mark: 'outline',
		nav: 2,
		authoring: 4,
		search: { rank: 1 },
		related: { weight: 3, reasonRank: 1, specificity: 3, quoteTitle: true, alsoSuggest: ['project'] },
		schemaOrg: { type: 'Question', props: { inLanguage: 'nl' } },
		fields: {
			vraag: f.text('Vraag', { required: true, ld: { property: 'text' } }),
			thema: f.ref('Thema', 'thema', 'Kennisvragen', {
				required: true,
				heading: 'Thema',
				inverseHeading: 'Kennisvragen binnen dit thema',
				...partOf,
				derivable: { via: 'gamechanger', field: 'thema' },
				ld: { property: 'about' }
			}),
			gamechanger: f.ref('Gamechanger', 'gamechanger', 'Kennisvragen', {
				heading: 'Gamechanger',
				inverseHeading: 'Kennisvragen bij deze gamechanger',
				...partOf,
				ld: { property: 'about' }
			}),
			sectoren: sectoren(),
			...common({ bron: true })
		}
	}),
	defineType({
		name: 'agendapunt',
		label: 'Agendapunt',
		plural: 'Agendapunten',
		intro: 'Ambities, uitgangspunten, thema’s en scenario’s uit andere agenda’s van de sector.',
		titleField: 'titel',
		parent: ['agenda'],
		sequence: 'nummer',
		filters: ['agenda', 'soort', 'thema'],
		color: '#773377',
		search: { rank: 7 },
		related: { weight: 1.5, reasonRank: 8, specificity: 2 },
		schemaOrg: { type: 'CreativeWork', props: { inLanguage: 'nl' } },
		fields: {
			titel: f.string('Titel', req),
			agenda: f.ref('Agenda', 'agenda', 'Agendapunten', { required: true, heading: 'Uit de agenda', inverseHeading: 'Punten uit deze agenda', ...partOf }),
			soort: f.enum('Soort', ['kernambitie', 'uitgangspunt', 'thema', 'scenario', 'dialoogthema'], req),
			nummer: f.int('Nummer', { min: 1, hidden: true }),
			themas: f.refs('Raakt aan thema’s', 'thema', 'Genoemd in agendapunten', {
				heading: 'Thema’s van de Kennisagenda waaraan dit punt raakt',
				inverseHeading: 'Punten uit andere agenda’s die aan dit thema raken',
				verb: 'raakt aan',
				inverseVerb: 'wordt genoemd in',
				quotedIn: 'citaten',
				ld: { property: 'about' }
			}),
			gamechangers: f.refs('Raakt aan gamechangers', 'gamechanger', 'Genoemd in agendapunten', {
				heading: 'Gamechangers waaraan dit punt raakt',
				inverseHeading: 'Punten uit andere agenda’s die aan deze gamechanger raken',
				verb: 'raakt aan',
				inverseVerb: 'wordt genoemd in',
				quotedIn: 'citaten',
				ld: { property: 'about' }
			}),
			citaten: f.objects(
				'Citaten',
				{
					naar: f.string('Naar (id van het thema of de gamechanger)', { required: true }),
					citaat: f.text('Citaat', { required: true, help: 'Een zin letterlijk uit de bron die de koppeling draagt.' })
				},
				{ hidden: true, help: 'Per thema of gamechanger hierboven een letterlijke zin uit de bron die laat zien waarom ze samenhangen.' }
			),
			...common({ samenvatting: true, bron: true })
		}
	}),
	defineType({
		name: 'organisatie',
		label: 'Organisatie',
		plural: 'Organisaties',
		intro: 'Hogescholen, universiteiten, schoolbesturen en scholen.',
		titleField: 'naam',
		filters: ['soort', 'herkomst'],
		listing: { sorts: ['titel', 'nieuw'], chips: ['soort', 'plaats'], newest: ['bijgewerkt'] },
		color: '#335555',
		search: { rank: 9, nameFindsNeighbours: true },
		related: { weight: 1.5, reasonRank: 6, specificity: 2 },
		schemaOrg: { type: 'Organization' },
		fields: {
			naam: f.string('Naam', req),
			soort: f.enum(
				'Soort',
				['hogeschool', 'universiteit', 'schoolbestuur', 'school', 'mbo-instelling', 'kennisinstituut', 'overheid', 'sectorraad', 'anders'],
				req
			),
			plaats: f.string('Plaats', {
				search: ['text'],
				ld: { property: 'address', wrap: { '@type': 'PostalAddress', addressCountry: 'NL' }, key: 'addressLocality' }
			}),
			website: f.url('Website', { ld: { property: 'sameAs' } }),
			ror: ids.ror(),
			wikidata: ids.wikidata(),
			brin: ids.brin(),
			...common()
		}
	}),
	defineType({
		name: 'lectoraat',
		label: 'Lectoraat',
		plural: 'Lectoraten',
		intro: 'Onderzoeksgroepen van hogescholen die aan onderwijsvragen werken.',
		titleField: 'naam',
		filters: ['kennisvragen', 'hogeschool', 'thema', 'jaren', 'herkomst'],
		listing: {
			sorts: ['titel', 'nieuw', 'start'],
			chips: ['hogeschool', 'jaren'],
			years: { start: 'startjaar' },
			newest: ['bijgewerkt', 'startjaar'],
			counts: ['project']
		},
		color: '#00806b',
		mark: 'centre',
		nav: 4,
		authoring: 2,
		search: { rank: 5, nameFindsNeighbours: true },
		related: { weight: 2.5, reasonRank: 4, specificity: 3 },
		schemaOrg: { type: 'Organization' },
		fields: {
			naam: f.string('Naam', req),
			// Not required: an imported lectoraat names no people unless asked to (docs/importeren.md).
			lectoren: f.list('Lector(en)', {
				ask: true,
				search: ['keys'],
				ld: { property: 'member', wrap: { '@type': 'Person', jobTitle: 'lector' }, key: 'name' }
			}),
			hogeschool: f.ref('Hogeschool', 'organisatie', 'Lectoraten', {
				required: true,
				heading: 'Hogeschool',
				inverseHeading: 'Lectoraten van deze hogeschool',
				verb: 'hoort bij',
				inverseVerb: 'heeft als lectoraat',
				ld: { property: 'parentOrganization' }
			}),
			kenniscentrum: f.string('Kenniscentrum', { search: ['keys'] }),
			onderzoekslijnen: f.list('Onderzoekslijnen', { search: ['keys'] }),
			startjaar: f.int('Startjaar', { min: 1990, max: 2100, ld: { property: 'foundingDate' } }),
			website: f.url('Website', { ld: { property: 'sameAs' } }),
			themas: f.refs('Thema’s', 'thema', 'Lectoraten', {
				heading: 'Thema’s waarop dit lectoraat werkt',
				inverseHeading: 'Lectoraten die aan dit thema werken',
				...worksOn,
				ld: { property: 'knowsAbout' }
			}),
			kennisvragen: f.refs('Kennisvragen', 'kennisvraag', 'Lectoraten', {
				heading: 'Kennisvragen waaraan dit lectoraat werkt',
				inverseHeading: 'Lectoraten die aan deze vraag werken',
				...worksOn,
				ld: { property: 'knowsAbout', kg: 'werktAan' }
			}),
			...common({ samenvatting: true })
		}
	}),
	defineType({
		name: 'partnerschap',
		label: 'Partnerschap',
		plural: 'Partnerschappen',
		intro: 'Samen Opleiden en Professionaliseren, werkplaatsen onderwijsonderzoek en SPRONG-groepen.',
		titleField: 'naam',
		filters: ['soort', 'status', 'sectoren', 'thema', 'jaren', 'herkomst'],
		listing: {
			sorts: ['titel', 'nieuw', 'start'],
			chips: ['soort', 'status', 'jaren', 'regio'],
			years: { start: 'startjaar' },
			newest: ['bijgewerkt', 'startjaar'],
			counts: ['project']
		},
		color: '#4a8ccf',
		nav: 5,
		authoring: 3,
		search: { rank: 6, nameFindsNeighbours: true },
		related: { weight: 2, reasonRank: 5, specificity: 2 },
		schemaOrg: { type: 'Organization' },
		fields: {
			naam: f.string('Naam', req),
			soort: f.enum(
				'Type partnerschap',
				['opleidingsschool', 'academische-opleidingsschool', 'werkplaats-onderwijsonderzoek', 'sprong-groep', 'regionaal-netwerk', 'consortium'],
				req
			),
			status: f.enum('Status', ['in-oprichting', 'actief', 'afgerond'], req),
			penvoerder: f.ref('Penvoerder', 'organisatie', 'Penvoerder van', {
				required: true,
				heading: 'Penvoerder',
				inverseHeading: 'Partnerschappen waarvan deze organisatie penvoerder is',
				verb: 'heeft als penvoerder',
				inverseVerb: 'is penvoerder van',
				ld: { property: 'member' }
			}),
			leden: f.refs('Leden', 'organisatie', 'Lid van', {
				heading: 'Leden van dit partnerschap',
				inverseHeading: 'Partnerschappen waarvan deze organisatie lid is',
				verb: 'heeft als lid',
				inverseVerb: 'is lid van',
				ld: { property: 'member' }
			}),
			sectoren: sectoren(),
			regio: f.string('Regio', { search: ['text'], ld: { property: 'areaServed' } }),
			startjaar: f.int('Startjaar', { min: 1990, max: 2100, ld: { property: 'foundingDate' } }),
			themas: f.refs('Thema’s', 'thema', 'Partnerschappen', {
				heading: 'Thema’s waarop dit partnerschap werkt',
				inverseHeading: 'Partnerschappen die aan dit thema werken',
				...worksOn,
				ld: { property: 'knowsAbout' }
			}),
			...common({ samenvatting: true })
		}
	}),
	defineType({
		name: 'project',
		label: 'Project',
		plural: 'Projecten',
		intro: 'Onderzoeksprojecten van lectoraten en partnerschappen. Onderzoekers vinden hier verwante projecten.',
		titleField: 'titel',
		filters: ['kennisvragen', 'lectoraten', 'hogeschool', 'status', 'jaren', 'sectoren', 'thema', 'herkomst'],
		suggest: ['kennisvragen', 'gamechangers'],
		facetsVia: { hogeschool: { label: 'Hogeschool', paths: [['lectoraten', 'hogeschool']] } },
		listing: {
			sorts: ['nieuw', 'titel', 'start'],
			chips: ['status', 'jaren', 'lectoraten', 'hogeschool'],
			years: { start: 'start', end: 'einde' },
			newest: ['bijgewerkt', 'start'],
			pageSize: 50
		},
		color: '#883300',
		nav: 3,
		authoring: 1,
		search: { rank: 4 },
		related: { weight: 2, reasonRank: 7, specificity: 3 },
		schemaOrg: { type: 'ResearchProject' },
		fields: {
			titel: f.string('Titel', req),
			start: f.date('Start', { required: true, ld: { property: 'foundingDate' } }),
			einde: f.date('Einde', { ld: { property: 'dissolutionDate' } }),
			status: f.enum('Status', ['gepland', 'lopend', 'afgerond'], req),
			lectoraten: f.refs('Lectoraten', 'lectoraat', 'Projecten', {
				heading: 'Lectoraten die dit project uitvoeren',
				inverseHeading: 'Projecten van dit lectoraat',
				verb: 'wordt uitgevoerd door',
				inverseVerb: 'voert uit',
				ld: { property: 'member' }
			}),
			partners: f.refs('Partners', 'organisatie', 'Partner in projecten', {
				heading: 'Partners in dit project',
				inverseHeading: 'Projecten waarin deze organisatie partner is',
				verb: 'werkt samen met',
				inverseVerb: 'is partner in',
				ld: { property: 'member' }
			}),
			partnerschap: f.ref('Partnerschap', 'partnerschap', 'Projecten', {
				heading: 'Partnerschap waarbinnen dit project loopt',
				inverseHeading: 'Projecten binnen dit partnerschap',
				verb: 'loopt binnen',
				inverseVerb: 'omvat',
				ld: { property: 'parentOrganization' }
			}),
			sectoren: sectoren(),
			contact: f.object(
				'Contact',
				{
					rol: f.string('Rol', { required: true, help: 'Een rol, geen naam: bijvoorbeeld "projectleider" of "secretariaat lectoraat".' }),
					email: f.string('E-mail', { format: 'email', help: 'Een adres van de organisatie, bijvoorbeeld onderzoek@hogeschool.nl.' }),
					website: f.url('Website')
				},
				{
					help: 'Wie lezers kunnen benaderen: een rol met een e-mailadres of webadres van de organisatie.',
					alsoCalled: ['lector', 'lectoren', 'projectleider', 'contactpersoon', 'contactgegevens', 'email', 'e-mail', 'mail', 'trekker', 'leider']
				}
			),
			kennisvragen: f.refs('Kennisvragen', 'kennisvraag', 'Projecten', {
				heading: 'Kennisvragen waaraan dit project werkt',
				inverseHeading: 'Projecten die aan deze vraag werken',
				...worksOn,
				ld: { property: 'knowsAbout', kg: 'werktAan' }
			}),
			gamechangers: f.refs('Gamechangers', 'gamechanger', 'Projecten', {
				heading: 'Gamechangers waaraan dit project bijdraagt',
				inverseHeading: 'Projecten die aan deze gamechanger bijdragen',
				verb: 'draagt bij aan',
				inverseVerb: 'krijgt een bijdrage van',
				ld: { property: 'knowsAbout' }
			}),
			themas: f.refs('Thema’s', 'thema', 'Projecten', {
				heading: 'Thema’s waarop dit project werkt',
				inverseHeading: 'Projecten binnen dit thema',
				...worksOn,
				ld: { property: 'knowsAbout' }
			}),
			outputs: f.objects(
				'Opbrengsten',
				{
					titel: f.string('Titel', { required: true, search: ['text'], ld: { property: 'name' } }),
					jaar: f.int('Jaar', { required: true, min: 1900, max: 2100, ld: { property: 'datePublished' } }),
					type: f.enum('Type', ['artikel', 'rapport', 'proefschrift', 'handreiking', 'presentatie', 'dataset', 'lesmateriaal', 'anders'], {
						required: true,
						ld: { property: 'genre' }
					}),
					doi: f.string('DOI', { prefix: 'doi: ', ld: { property: 'identifier', prefix: 'doi:' } }),
					url: f.url('Link', { ld: { property: 'url' } })
				},
				{ ld: { property: 'subjectOf', wrap: { '@type': 'CreativeWork' } } }
			),
			doi: ids.doi(),
			suggesties: f.objects(
				'Mogelijk relevant',
				{
					doel: f.string('Kennisvraag of gamechanger (id)', req),
					woorden: f.list('Gedeelde woorden'),
					status: f.enum('Beoordeling', ['open', 'afgewezen'])
				},
				{ hidden: true, help: 'Gezet door npm run suggest: voorstellen, geen feiten. Beoordeel ze met npm run suggest -- --review.' }
			),
			...common({ samenvatting: true })
		}
	})
] as const;
