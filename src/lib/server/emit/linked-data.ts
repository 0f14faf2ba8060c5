/**
 * Linked data: /graph.jsonld (every node's schema.org object from ./jsonld.ts, agenda nodes also as SKOS) and one
 * SKOS concept scheme per agenda. An agenda with items below it is a skos:ConceptScheme; the items whose parent is
 * the agenda are its top concepts, the others hang below their parent with skos:broader. A reference between
 * concepts of different agendas (an agendapunt that touches a Kennisagenda theme) is a skos:relatedMatch, within
 * one agenda a skos:related, both ways. Every URI is the node's page URL.
 */
import { LINK_RELATION } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { jsonLd, type JsonLdSite } from './jsonld.ts';
import type { Utf8Sink } from '../utf8-sink.ts';
import { expand, NS, VOCAB, VOORBEELD, vocabNs } from './vocab.ts';

type Json = Record<string, unknown>;
export type LinkedDataSite = JsonLdSite & Pick<Site, 'relations' | 'of'>;

/**
 * Inline, so the files expand offline and without fetching anything. schema.org is the default vocabulary, with the
 * http IRIs its own context expands to, so a page's JSON-LD and /graph.jsonld name the same properties.
 */
export function context(origin: string, base: string): Json {
	return {
		'@vocab': NS.schema,
		...NS,
		kg: vocabNs(origin, base),
		url: { '@type': '@id' },
		sameAs: { '@type': '@id' }
	};
}

const nl = (value: string) => ({ '@value': value, '@language': 'nl' });
const id = (url: string) => ({ '@id': url });

interface Concepts {
	/** The scheme (agenda) of each concept. */
	schemeOf: Map<string, ContentNode>;
	/** Per agenda, its concepts in agenda order. */
	members: Map<string, ContentNode[]>;
	/** Per concept, the concepts it relates to (both directions), by whether they are in another scheme. */
	links: Map<string, { related: Set<string>; match: Set<string> }>;
}

const conceptCache = new WeakMap<object, Concepts>();

/** Which nodes are concepts of which agenda's scheme, worked out once per site. */
function conceptsOf(site: LinkedDataSite): Concepts {
	const hit = conceptCache.get(site);
	if (hit) return hit;
	const schemeOf = new Map<string, ContentNode>();
	const members = new Map<string, ContentNode[]>();
	for (const n of site.nodes) {
		const root = site.hierarchy.ancestors(n).at(-1);
		if (!root) continue;
		schemeOf.set(n.id, root);
		const list = members.get(root.id);
		if (list) list.push(n);
		else members.set(root.id, [n]);
	}
	for (const list of members.values()) list.sort(site.hierarchy.compare);
	const links = new Map<string, { related: Set<string>; match: Set<string> }>();
	const add = (from: string, to: string, match: boolean) => {
		const entry = links.get(from) ?? links.set(from, { related: new Set(), match: new Set() }).get(from)!;
		entry[match ? 'match' : 'related'].add(to);
	};
	for (const r of site.relations) {
		const a = schemeOf.get(r.source);
		const b = schemeOf.get(r.target);
		if (!a || !b || r.type === LINK_RELATION || r.source === r.target) continue;
		// A reference up the chain (a kennisvraag's thema above its gamechanger) is the hierarchy, said by broader.
		if (site.hierarchy.ancestors(site.byId.get(r.source)!).some((n) => n.id === r.target)) continue;
		add(r.source, r.target, a !== b);
		add(r.target, r.source, a !== b);
	}
	const out = { schemeOf, members, links };
	conceptCache.set(site, out);
	return out;
}

/** The SKOS statements about one node: a scheme for an agenda with concepts, a concept for a node under one. */
function skos(site: LinkedDataSite, n: ContentNode, origin: string): Json | undefined {
	const c = conceptsOf(site);
	const abs = (node: ContentNode | string) => `${origin}${typeof node === 'string' ? site.byId.get(node)!.url : node.url}`;
	const members = c.members.get(n.id);
	if (members) {
		const top = members.filter((m) => site.hierarchy.parent(m) === n);
		return { '@type': 'skos:ConceptScheme', 'skos:prefLabel': nl(n.title), 'dct:title': nl(n.title), 'skos:hasTopConcept': top.map((m) => id(abs(m))) };
	}
	const scheme = c.schemeOf.get(n.id);
	if (!scheme) return undefined;
	const parent = site.hierarchy.parent(n)!;
	const links = c.links.get(n.id);
	const sorted = (ids: Set<string> | undefined) => [...(ids ?? [])].sort().map((t) => id(abs(t)));
	const aliases = (n.data as { aliassen?: string[] }).aliassen ?? [];
	return {
		'@type': 'skos:Concept',
		'skos:prefLabel': nl(n.title),
		...(aliases.length ? { 'skos:altLabel': aliases.map(nl) } : {}),
		'skos:inScheme': id(abs(scheme)),
		...(parent === scheme ? { 'skos:topConceptOf': id(abs(scheme)) } : { 'skos:broader': id(abs(parent)) }),
		...(links?.related.size ? { 'skos:related': sorted(links.related) } : {}),
		...(links?.match.size ? { 'skos:relatedMatch': sorted(links.match) } : {})
	};
}

/** A node's schema.org object with its SKOS statements merged in (one object per URI), without its own @context. */
function nodeObject(site: LinkedDataSite, n: ContentNode, origin: string): Json {
	const { '@context': _, ...schemaOrg } = jsonLd(site, n, origin);
	const extra = skos(site, n, origin);
	if (!extra) return schemaOrg;
	const { '@type': type, ...rest } = extra;
	return { ...schemaOrg, '@type': [schemaOrg['@type'], type], ...rest };
}

/** The vocabulary's terms, so the data explains its own properties. */
function vocabulary(origin: string, base: string): Json[] {
	const kg = vocabNs(origin, base);
	return VOCAB.map((t) => ({
		'@id': kg + t.name,
		'@type': 'rdf:Property',
		'rdfs:label': nl(t.label),
		'rdfs:comment': nl(t.comment),
		'rdfs:range': id(expand(t.range)),
		'rdfs:isDefinedBy': id(`${origin}${base}/vocab/`),
		...(t.subPropertyOf ? { 'rdfs:subPropertyOf': id(expand(t.subPropertyOf)) } : {})
	}));
}

/** What a file is, for a harvester that reads only its first object. */
function dataset(origin: string, base: string, path: string, name: string, description: string): Json {
	return {
		'@id': `${origin}${base}${path}`,
		'@type': 'Dataset',
		name,
		description: `${description} Knopen met kg:${VOORBEELD} true zijn verzonnen voorbeeldinhoud: ze bestaan niet.`,
		inLanguage: 'nl',
		url: `${origin}${base}/data/`,
		isBasedOn: id(`${origin}${base}/vocab/`)
	};
}

/**
 * /graph.jsonld as its context and its objects, made one at a time when read: the files of a large site are written
 * object by object (graphJsonLdBytes, turtleBytes), so the whole graph never sits in memory at once.
 */
export function graphJsonLdParts(site: LinkedDataSite, origin: string, base: string): { context: Json; objects: Iterable<Json> } {
	return {
		context: context(origin, base),
		objects: (function* () {
			yield dataset(
				origin,
				base,
				'/graph.jsonld',
				'Kennisgraaf',
				'De hele Kennisgraaf als linked data: schema.org voor projecten, organisaties en lectoraten, SKOS voor de agenda’s.'
			);
			yield* vocabulary(origin, base);
			for (const n of site.nodes) yield nodeObject(site, n, origin);
		})()
	};
}

/** /graph.jsonld: every node page as schema.org, the agendas as SKOS, and the vocabulary. */
export function graphJsonLd(site: LinkedDataSite, origin: string, base: string): Json {
	const { context, objects } = graphJsonLdParts(site, origin, base);
	return { '@context': context, '@graph': [...objects] };
}

/** Writes the text of JSON.stringify(graphJsonLd(…)) into `sink`, object by object. */
export function writeGraphJsonLd(site: LinkedDataSite, origin: string, base: string, sink: Utf8Sink) {
	const { context, objects } = graphJsonLdParts(site, origin, base);
	sink.write(`{"@context":${JSON.stringify(context)},"@graph":[`);
	sink.writeJsonItems(objects);
	sink.write(']}');
	sink.end();
}

/** Agendas with items below them: each gets its own SKOS file. */
export const skosAgendas = (site: LinkedDataSite) => site.nodes.filter((n) => conceptsOf(site).members.has(n.id));

/** One agenda as a SKOS concept scheme: the scheme and its concepts, SKOS only. */
export function agendaSkos(site: LinkedDataSite, agenda: ContentNode, origin: string, base: string): Json {
	const members = conceptsOf(site).members.get(agenda.id) ?? [];
	const kg = vocabNs(origin, base);
	const object = (n: ContentNode) => ({ '@id': `${origin}${n.url}`, ...skos(site, n, origin), ...(n.data.voorbeeld ? { [`kg:${VOORBEELD}`]: true } : {}) });
	return {
		'@context': context(origin, base),
		'@graph': [
			dataset(origin, base, `/skos/${agenda.id}.jsonld`, `${agenda.title} (SKOS)`, `${agenda.title} als SKOS-begrippenschema.`),
			...vocabulary(origin, base).filter((t) => t['@id'] === kg + VOORBEELD),
			object(agenda),
			...members.map(object)
		]
	};
}
