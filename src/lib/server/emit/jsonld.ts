/**
 * schema.org JSON-LD for node pages, so search engines and harvesters see what a page is:
 * project → ResearchProject, lectoraat/organisatie/partnerschap → Organization,
 * thema/gamechanger → DefinedTerm in the agenda's DefinedTermSet, kennisvraag → Question,
 * agenda → DefinedTermSet (with terms) or CreativeWork, agendapunt → CreativeWork.
 */
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

type Json = Record<string, unknown>;

const list = (v: unknown): string[] => (v == null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export function jsonLd(site: Pick<Site, 'byId' | 'byType'>, node: ContentNode, origin: string): Json {
	const abs = (n: ContentNode) => `${origin}${n.url}`;
	// An agenda whose themes are terms is a DefinedTermSet (the Kennisagenda); others are documents.
	const termSets = new Set((site.byType.get('thema') ?? []).map((t) => String(t.data.agenda)));
	const schemaType = (n: ContentNode) => typeFor(n, termSets);
	const get = (id: unknown) => (typeof id === 'string' ? site.byId.get(id) : undefined);
	const refs = (field: string) => list(node.data[field]).map(get).filter((n): n is ContentNode => Boolean(n));
	/** A reference to another node by @id, typed so a consumer needs no second lookup. */
	const ref = (n: ContentNode): Json => ({ '@type': schemaType(n), '@id': abs(n), name: n.title, url: abs(n) });
	const d = node.data;
	const base: Json = {
		'@context': 'https://schema.org',
		'@type': schemaType(node),
		'@id': abs(node),
		url: abs(node),
		name: node.title,
		...(node.summary ? { description: node.summary } : {}),
		...(list(d.aliassen).length ? { alternateName: list(d.aliassen) } : {}),
		...(list(d.trefwoorden).length ? { keywords: list(d.trefwoorden).join(', ') } : {}),
		...(d.bijgewerkt ? { dateModified: String(d.bijgewerkt) } : {})
	};
	const about = (fields: string[]) => fields.flatMap(refs).map(ref);

	switch (node.type) {
		case 'project':
			return compact({
				...base,
				foundingDate: d.start,
				dissolutionDate: d.einde,
				parentOrganization: refs('partnerschap').map(ref)[0],
				member: [...refs('lectoraten'), ...refs('partners')].map(ref),
				knowsAbout: about(['kennisvragen', 'gamechangers', 'themas']),
				subjectOf: (d.outputs as Json[] | undefined)?.map((o) =>
					compact({ '@type': 'CreativeWork', name: o.titel, datePublished: String(o.jaar), genre: o.type, url: o.url, identifier: o.doi ? `doi:${o.doi}` : undefined })
				)
			});
		case 'lectoraat':
			return compact({
				...base,
				parentOrganization: refs('hogeschool').map(ref)[0],
				member: list(d.lectoren).map((name) => ({ '@type': 'Person', name, jobTitle: 'lector' })),
				foundingDate: d.startjaar ? String(d.startjaar) : undefined,
				sameAs: d.website,
				knowsAbout: about(['kennisvragen', 'themas'])
			});
		case 'organisatie':
			return compact({ ...base, sameAs: d.website, address: d.plaats ? { '@type': 'PostalAddress', addressLocality: d.plaats, addressCountry: 'NL' } : undefined });
		case 'partnerschap':
			return compact({
				...base,
				member: [...new Set([...refs('penvoerder'), ...refs('leden')])].map(ref),
				foundingDate: d.startjaar ? String(d.startjaar) : undefined,
				areaServed: d.regio,
				knowsAbout: about(['themas'])
			});
		case 'thema':
		case 'gamechanger': {
			const thema = node.type === 'thema' ? node : get(d.thema);
			const agenda = get(thema?.data.agenda);
			return compact({
				...base,
				termCode: node.type === 'thema' ? String(d.nummer) : `${thema?.data.nummer}.${d.nummer}`,
				inDefinedTermSet: agenda ? ref(agenda) : undefined
			});
		}
		case 'kennisvraag': {
			const thema = get(d.thema);
			return compact({
				...base,
				text: d.vraag,
				inLanguage: 'nl',
				about: about(['gamechanger', 'thema']),
				isPartOf: get(thema?.data.agenda) ? ref(get(thema?.data.agenda)!) : undefined
			});
		}
		case 'agenda': {
			const terms = (site.byType.get('thema') ?? []).filter((n) => n.data.agenda === node.id);
			return compact({
				...base,
				inLanguage: 'nl',
				publisher: { '@type': 'Organization', name: d.uitgever },
				datePublished: String(d.jaar),
				sameAs: d.url,
				hasDefinedTerm: terms.length ? terms.map(ref) : undefined
			});
		}
		case 'agendapunt':
			return compact({ ...base, inLanguage: 'nl', isPartOf: refs('agenda').map(ref)[0], about: about(['themas', 'gamechangers']) });
		default:
			return base;
	}
}

export function typeFor(n: ContentNode, termSets: Set<string>): string {
	switch (n.type) {
		case 'project':
			return 'ResearchProject';
		case 'lectoraat':
		case 'organisatie':
		case 'partnerschap':
			return 'Organization';
		case 'thema':
		case 'gamechanger':
			return 'DefinedTerm';
		case 'kennisvraag':
			return 'Question';
		case 'agenda':
			return termSets.has(n.id) ? 'DefinedTermSet' : 'CreativeWork';
		default:
			return 'CreativeWork';
	}
}

/** Drops empty values, so the output has no nulls or empty lists. */
function compact(o: Json): Json {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/**
 * JSON for inside a <script> element. Content is user-provided: "</script>" or "<!--" in a title
 * must not end the element, so <, > and & are escaped (still valid JSON), as are U+2028/2029.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
