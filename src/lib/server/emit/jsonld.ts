/**
 * schema.org JSON-LD for node pages, so search engines and harvesters see what a page is. The type
 * comes from the registry (TypeDef.schemaOrg) and every field with an `ld` mapping becomes a property;
 * the hierarchy adds term codes and the agenda a node belongs to. Invented content carries the
 * vocabulary's `voorbeeld` (./vocab.ts), by full IRI so the plain schema.org context still holds.
 * /graph.jsonld is made of these same objects (./linked-data.ts); a page carries them shortened (pageJsonLd).
 */
import { asList, isRef, type Field, type Fields } from '../../registry/fields.ts';
import { getType, registry } from '../../registry/registry.ts';
import { field } from '../graph/hierarchy.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { baseOf, VOORBEELD, VOORBEELD_NOTE, vocabNs } from './vocab.ts';

type Json = Record<string, unknown>;
export type JsonLdSite = Pick<Site, 'byId' | 'nodes' | 'hierarchy'>;

const DEFINED_TERM = 'DefinedTerm';

export function jsonLd(site: JsonLdSite, node: ContentNode, origin: string): Json {
	const abs = (n: ContentNode) => `${origin}${n.url}`;
	const termSets = termSetsOf(site);
	const kg = vocabNs(origin, baseOf(node));
	// A harvester reading any one object, also a reference, can tell invented content from real.
	const mark = (n: ContentNode): Json => (n.data.voorbeeld ? { [kg + VOORBEELD]: true } : {});
	/** A reference to another node by @id, typed so a consumer needs no second lookup. */
	const ref = (n: ContentNode): Json => ({ '@type': typeFor(n, termSets), '@id': abs(n), name: n.title, url: abs(n), ...mark(n) });
	const target = (id: string) => {
		const n = site.byId.get(id);
		return n && ref(n);
	};
	const def = registry[node.type];
	const out: Json = {
		'@context': 'https://schema.org',
		'@type': typeFor(node, termSets),
		'@id': abs(node),
		url: abs(node),
		name: node.title,
		...(node.summary ? { description: node.summary } : {}),
		...(node.data.voorbeeld ? { disambiguatingDescription: VOORBEELD_NOTE } : {}),
		...mark(node),
		...def.schemaOrg.props,
		...properties(def.fields, node.data as Json, target),
		...vocabProperties(def.fields, node.data as Json, kg, target)
	};
	const known = identifiers(def.fields, node.data as Json);
	if (known.identifier.length) out.identifier = known.identifier;
	const sameAs = [...asList(out.sameAs), ...known.sameAs].filter((u, i, all) => all.indexOf(u) === i);
	if (sameAs.length) out.sameAs = sameAs.length === 1 ? sameAs[0] : sameAs;
	const ancestors = site.hierarchy.ancestors(node);
	const root = ancestors.at(-1);
	if (typeFor(node, termSets) === DEFINED_TERM) {
		const code = [...ancestors.slice(0, -1).reverse(), node].map((n) => sequenceOf(n)).filter((v) => v !== undefined);
		if (code.length) out.termCode = code.join('.');
		if (root) out.inDefinedTermSet = ref(root);
	} else if (root && !('isPartOf' in out)) out.isPartOf = ref(root);
	if (termSets.has(node.id)) out.hasDefinedTerm = termSets.get(node.id)!.map(ref);
	return compact(out);
}

/**
 * A node's JSON-LD as its page carries it, written shorter than jsonLd(): the site's own IRIs from the origin's root
 * ("/project/p1/", resolved against @base, and so also right for a reader that resolves them against the page), and
 * the vocabulary's terms with the prefix kg: instead of their full IRI; `url` is declared an IRI, as schema.org's own
 * context does, so this does not depend on that context being read. These say the same triples. One set of triples is
 * left out: a reference's `url`, which is its @id again, and stated by the page (and /graph.jsonld object) of the node
 * it refers to. Together a quarter of the block, 0.7 KB of every node page.
 */
export function pageJsonLd(site: JsonLdSite, node: ContentNode, origin: string): Json {
	const kg = vocabNs(origin, baseOf(node));
	const root = `${origin}/`;
	const short = (value: unknown, key = '', nested = false): unknown => {
		if (Array.isArray(value)) return value.map((v) => short(v, key, nested));
		if (typeof value === 'string') return (key === '@id' || key === 'url') && value.startsWith(root) ? value.slice(origin.length) : value;
		if (!value || typeof value !== 'object') return value;
		const o = value as Json;
		return Object.fromEntries(
			Object.entries(o)
				.filter(([k]) => !(nested && k === 'url' && o.url === o['@id']))
				.map(([k, v]) => [k.startsWith(kg) ? `kg:${k.slice(kg.length)}` : k, short(v, k, true)])
		);
	};
	const { '@context': context, ...rest } = jsonLd(site, node, origin);
	return { '@context': [context, { '@base': root, kg, url: { '@type': '@id' } }], ...(short(rest) as Json) };
}

const sequenceOf = (n: ContentNode) => {
	const seq = getType(n.type)?.sequence;
	return seq ? field(n, seq) : undefined;
};

/** Nodes that are the parent of DefinedTerm nodes, with those terms: an agenda whose themes are terms is a DefinedTermSet. */
const termSetCache = new WeakMap<object, Map<string, ContentNode[]>>();
function termSetsOf(site: JsonLdSite): Map<string, ContentNode[]> {
	let sets = termSetCache.get(site);
	if (sets) return sets;
	sets = new Map();
	for (const n of site.nodes) {
		if (registry[n.type].schemaOrg.type !== DEFINED_TERM) continue;
		const parent = site.hierarchy.parent(n);
		if (parent && registry[parent.type].schemaOrg.type !== DEFINED_TERM) sets.set(parent.id, [...(sets.get(parent.id) ?? []), n]);
	}
	for (const terms of sets.values()) terms.sort(site.hierarchy.compare);
	termSetCache.set(site, sets);
	return sets;
}

export function typeFor(n: ContentNode, termSets: Map<string, unknown>): string {
	const s = registry[n.type].schemaOrg;
	return termSets.has(n.id) && s.withTerms ? s.withTerms : s.type;
}

/**
 * The `ld` properties of a node's (or a block's) fields. Several fields may share a property
 * (a project's lectoraten and partners are both `member`): their values are merged, in field order.
 */
function properties(fields: Fields, data: Json, ref: (id: string) => Json | undefined): Json {
	const out = new Map<string, unknown[]>();
	const single = new Map<string, boolean>();
	for (const [name, f] of Object.entries(fields)) {
		const value = data[name];
		if (!f.ld || value == null) continue;
		const values = ldValues(f, value, ref);
		out.set(f.ld.property, [...(out.get(f.ld.property) ?? []), ...values]);
		single.set(f.ld.property, !single.has(f.ld.property) && isSingle(f));
	}
	return Object.fromEntries(
		[...out].map(([property, values]) => {
			const unique = values.filter((v, i) => !isNode(v) || values.findIndex((w) => isNode(w) && w['@id'] === v['@id']) === i);
			return [property, single.get(property) ? unique[0] : unique];
		})
	);
}

/** Fields that also map to a term of Kennisgraaf's vocabulary (`ld.kg`): references by @id under the term's IRI. */
function vocabProperties(fields: Fields, data: Json, kg: string, ref: (id: string) => Json | undefined): Json {
	const out: Record<string, Json[]> = Object.create(null);
	for (const [name, f] of Object.entries(fields)) {
		if (!f.ld?.kg || !isRef(f) || data[name] == null) continue;
		const ids = asList(data[name]).flatMap((id): Json[] => {
			const r = ref(id);
			return r ? [{ '@id': r['@id'] }] : [];
		});
		(out[kg + f.ld.kg] ??= []).push(...ids);
	}
	return { ...out };
}

const isNode = (v: unknown): v is Json => typeof v === 'object' && v !== null && '@id' in v;
const isSingle = (f: Field) => !(f.kind === 'refs' || f.kind === 'list' || f.kind === 'enums' || f.kind === 'objects') || Boolean(f.ld?.join);

function ldValues(f: Field, value: unknown, ref: (id: string) => Json | undefined): unknown[] {
	const ld = f.ld!;
	if (isRef(f)) return asList(value).flatMap((id) => ref(id) ?? []);
	if (f.kind === 'object' || f.kind === 'objects') return [value].flat().map((item) => ({ ...ld.wrap, ...compact(properties(f.fields, item as Json, ref)) }));
	const texts = asList(value).map((v) => `${ld.prefix ?? ''}${v}`);
	if (ld.join) return [texts.join(ld.join)];
	return texts.map((t) => (ld.wrap ? { ...ld.wrap, [ld.key ?? 'name']: t } : t));
}

/**
 * Every field the registry marks as an identifier, top level and in blocks (herkomst), as schema.org PropertyValues,
 * and the register's page of each as `sameAs`, so harvesters can join a node with ROR, Wikidata or the source record.
 */
export function identifiers(fields: Fields, data: Json): { identifier: Json[]; sameAs: string[] } {
	const identifier: Json[] = [];
	const sameAs: string[] = [];
	const visit = (scope: Fields, item: Json) => {
		for (const [name, f] of Object.entries(scope)) {
			const value = item[name];
			if (value == null) continue;
			if (f.kind === 'object' || f.kind === 'objects') {
				for (const sub of [value].flat()) if (sub && typeof sub === 'object') visit(f.fields, sub as Json);
				continue;
			}
			const id = f.identifier;
			if (!id) continue;
			const scheme = id.schemeField ? item[id.schemeField] : id.scheme;
			for (const v of asList(value)) {
				identifier.push({ '@type': 'PropertyValue', ...(scheme ? { propertyID: String(scheme) } : {}), value: v });
				const url = id.urlField ? item[id.urlField] : id.url && `${id.url}${v}`;
				if (typeof url === 'string' && url) sameAs.push(url);
			}
		}
	};
	visit(fields, data);
	return { identifier, sameAs };
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
