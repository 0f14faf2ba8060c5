/**
 * The content type registry: the one place where a type or a field is added.
 * Folder name under content/ = type name; URL = /<type>/<id>/.
 */
import { f, type Field } from './fields.ts';

export const SECTOREN = ['po', 'vo', 'mbo', 'so', 'lerarenopleiding'] as const;
export const SECTOR_LABELS: Record<string, string> = {
	po: 'Primair onderwijs',
	vo: 'Voortgezet onderwijs',
	mbo: 'Middelbaar beroepsonderwijs',
	so: 'Speciaal onderwijs',
	lerarenopleiding: 'Lerarenopleiding'
};

export interface TypeDef {
	name: string;
	label: string;
	plural: string;
	/** Who this listing serves, shown above it. */
	intro: string;
	titleField: string;
	/** Field naming the parent in the agenda → thema → gamechanger → kennisvraag hierarchy. */
	parent?: string;
	/** Fields offered as filters on the listing page. */
	filters: string[];
	/** Colour in the graph and legend (contrast-checked against white). */
	color: string;
	fields: Record<string, Field>;
}

/** Fields every type may carry. */
const common = (): Record<string, Field> => ({
	samenvatting: f.text('Samenvatting', { help: 'Een tot drie zinnen in eigen woorden.' }),
	aliassen: f.list('Andere namen'),
	trefwoorden: f.list('Trefwoorden'),
	bron: f.object('Bron', {
		document: f.ref('Document', 'agenda', 'Bron van', { required: true }),
		pagina: f.string('Pagina')
	}),
	voorbeeld: f.boolean('Voorbeeldinhoud', { help: 'true voor verzonnen voorbeeldinhoud.' }),
	bijgewerkt: f.date('Bijgewerkt')
});

const sectoren = () => f.enums('Sectoren', SECTOREN);
const req = { required: true };

function type(def: Omit<TypeDef, 'fields'> & { fields: Record<string, Field>; required?: string[] }): TypeDef {
	const fields = { ...def.fields, ...common() };
	for (const name of def.required ?? []) fields[name] = { ...fields[name], required: true };
	return { ...def, fields };
}

export const registry: Record<string, TypeDef> = Object.fromEntries(
	[
		type({
			name: 'agenda',
			label: 'Agenda',
			plural: "Agenda's",
			intro: 'Kennisagenda’s en strategische agenda’s van de onderwijssector.',
			titleField: 'titel',
			filters: ['jaar'],
			color: '#6a3d9a',
			fields: {
				titel: f.string('Titel', req),
				korte_titel: f.string('Korte titel'),
				uitgever: f.string('Uitgever', req),
				jaar: f.int('Jaar', { required: true, min: 1900, max: 2100 }),
				url: f.url('Website')
			},
			required: ['samenvatting']
		}),
		type({
			name: 'thema',
			label: 'Thema',
			plural: "Thema's",
			intro: 'De zes thema’s van de Kennisagenda voor het onderwijs.',
			titleField: 'titel',
			parent: 'agenda',
			filters: [],
			color: '#b15928',
			fields: {
				titel: f.string('Titel', req),
				agenda: f.ref('Agenda', 'agenda', "Thema's", req),
				nummer: f.int('Nummer', { required: true, min: 1 })
			},
			required: ['samenvatting', 'bron']
		}),
		type({
			name: 'gamechanger',
			label: 'Gamechanger',
			plural: 'Gamechangers',
			intro: 'Onderwerpen binnen een thema waar kansen liggen voor grote verbeteringen.',
			titleField: 'titel',
			parent: 'thema',
			filters: ['thema', 'sectoren'],
			color: '#c2185b',
			fields: {
				titel: f.string('Titel', req),
				thema: f.ref('Thema', 'thema', 'Gamechangers', req),
				nummer: f.int('Nummer', { required: true, min: 1 }),
				sectoren: sectoren()
			},
			required: ['samenvatting', 'bron']
		}),
		type({
			name: 'kennisvraag',
			label: 'Kennisvraag',
			plural: 'Kennisvragen',
			intro: 'Voorbeelden van onderzoeksvragen uit de Kennisagenda. Leraren en onderzoekers vinden hier wie eraan werkt.',
			titleField: 'vraag',
			parent: 'gamechanger',
			filters: ['thema', 'gamechanger', 'sectoren'],
			color: '#1f78b4',
			fields: {
				vraag: f.text('Vraag', req),
				thema: f.ref('Thema', 'thema', 'Kennisvragen', req),
				gamechanger: f.ref('Gamechanger', 'gamechanger', 'Kennisvragen'),
				sectoren: sectoren()
			},
			required: ['bron']
		}),
		type({
			name: 'agendapunt',
			label: 'Agendapunt',
			plural: 'Agendapunten',
			intro: 'Ambities, uitgangspunten, thema’s en scenario’s uit andere agenda’s van de sector.',
			titleField: 'titel',
			parent: 'agenda',
			filters: ['agenda', 'soort', 'thema'],
			color: '#8a6d00',
			fields: {
				titel: f.string('Titel', req),
				agenda: f.ref('Agenda', 'agenda', 'Agendapunten', req),
				soort: f.enum('Soort', ['kernambitie', 'uitgangspunt', 'thema', 'scenario', 'dialoogthema'], req),
				nummer: f.int('Nummer', { min: 1 }),
				themas: f.refs("Raakt aan thema's", 'thema', 'Genoemd in agendapunten'),
				gamechangers: f.refs('Raakt aan gamechangers', 'gamechanger', 'Genoemd in agendapunten')
			},
			required: ['samenvatting', 'bron']
		}),
		type({
			name: 'organisatie',
			label: 'Organisatie',
			plural: 'Organisaties',
			intro: 'Hogescholen, universiteiten, schoolbesturen en scholen.',
			titleField: 'naam',
			filters: ['soort'],
			color: '#555555',
			fields: {
				naam: f.string('Naam', req),
				soort: f.enum(
					'Soort',
					['hogeschool', 'universiteit', 'schoolbestuur', 'school', 'mbo-instelling', 'kennisinstituut', 'overheid', 'sectorraad', 'anders'],
					req
				),
				plaats: f.string('Plaats'),
				website: f.url('Website')
			}
		}),
		type({
			name: 'lectoraat',
			label: 'Lectoraat',
			plural: 'Lectoraten',
			intro: 'Onderzoeksgroepen van hogescholen die aan onderwijsvragen werken.',
			titleField: 'naam',
			filters: ['hogeschool', 'thema'],
			color: '#2e7d32',
			fields: {
				naam: f.string('Naam', req),
				lectoren: f.list('Lector(en)', req),
				hogeschool: f.ref('Hogeschool', 'organisatie', 'Lectoraten', req),
				kenniscentrum: f.string('Kenniscentrum'),
				onderzoekslijnen: f.list('Onderzoekslijnen'),
				startjaar: f.int('Startjaar', { min: 1990, max: 2100 }),
				website: f.url('Website'),
				themas: f.refs("Thema's", 'thema', 'Lectoraten'),
				kennisvragen: f.refs('Kennisvragen', 'kennisvraag', 'Lectoraten')
			},
			required: ['samenvatting']
		}),
		type({
			name: 'partnerschap',
			label: 'Partnerschap',
			plural: 'Partnerschappen',
			intro: 'Samen Opleiden en Professionaliseren, werkplaatsen onderwijsonderzoek en SPRONG-groepen.',
			titleField: 'naam',
			filters: ['soort', 'status', 'sectoren', 'thema'],
			color: '#00796b',
			fields: {
				naam: f.string('Naam', req),
				soort: f.enum(
					'Type partnerschap',
					['opleidingsschool', 'academische-opleidingsschool', 'werkplaats-onderwijsonderzoek', 'sprong-groep', 'regionaal-netwerk'],
					req
				),
				status: f.enum('Status', ['in-oprichting', 'actief', 'afgerond'], req),
				penvoerder: f.ref('Penvoerder', 'organisatie', 'Penvoerder van', req),
				leden: f.refs('Leden', 'organisatie', 'Lid van'),
				sectoren: sectoren(),
				regio: f.string('Regio'),
				startjaar: f.int('Startjaar', { min: 1990, max: 2100 }),
				themas: f.refs("Thema's", 'thema', 'Partnerschappen')
			},
			required: ['samenvatting']
		}),
		type({
			name: 'project',
			label: 'Project',
			plural: 'Projecten',
			intro: 'Onderzoeksprojecten van lectoraten en partnerschappen. Onderzoekers vinden hier verwante projecten.',
			titleField: 'titel',
			filters: ['status', 'sectoren', 'thema', 'lectoraten'],
			color: '#d84315',
			fields: {
				titel: f.string('Titel', req),
				start: f.date('Start', req),
				einde: f.date('Einde'),
				status: f.enum('Status', ['gepland', 'lopend', 'afgerond'], req),
				lectoraten: f.refs('Lectoraten', 'lectoraat', 'Projecten'),
				partners: f.refs('Partners', 'organisatie', 'Partner in projecten'),
				partnerschap: f.ref('Partnerschap', 'partnerschap', 'Projecten'),
				sectoren: sectoren(),
				kennisvragen: f.refs('Kennisvragen', 'kennisvraag', 'Projecten'),
				gamechangers: f.refs('Gamechangers', 'gamechanger', 'Projecten'),
				themas: f.refs("Thema's", 'thema', 'Projecten'),
				outputs: f.objects('Opbrengsten', {
					titel: f.string('Titel', req),
					jaar: f.int('Jaar', { required: true, min: 1900, max: 2100 }),
					type: f.enum('Type', ['artikel', 'rapport', 'proefschrift', 'handreiking', 'presentatie', 'dataset', 'lesmateriaal', 'anders'], req),
					doi: f.string('DOI'),
					url: f.url('Link')
				})
			},
			required: ['samenvatting']
		})
	].map((t) => [t.name, t])
);

export const typeNames = Object.keys(registry);
/** The type named `name`; undefined for any other name, also for names of Object.prototype members ("constructor", "__proto__"). */
export const getType = (name: string): TypeDef | undefined => (Object.hasOwn(registry, name) ? registry[name] : undefined);
