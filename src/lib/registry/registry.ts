/**
 * The registry as the rest of the site reads it, derived from TYPES (./types.ts). Lookups by a name
 * from a file path or from YAML go through null-prototype objects, so "constructor" or "__proto__"
 * is simply unknown and never reaches Object.prototype.
 */
import { isRef, type DataOf, type Field, type Fields, type RefField } from './fields.ts';
import type { TypeDef } from './typedef.ts';
import { TYPES } from './types.ts';

export type { TypeDef } from './typedef.ts';

type Defs = (typeof TYPES)[number];
export type TypeName = Defs['name'];
/** The validated frontmatter of a node of type T, inferred from its fields. */
export type NodeData<T extends TypeName = TypeName> = DataOf<Extract<Defs, { name: T }>['fields']>;

const byName = <V>(entries: [string, V][]): Readonly<Record<string, V>> => Object.freeze(Object.assign(Object.create(null), Object.fromEntries(entries)));

const defs = TYPES as unknown as readonly TypeDef[];
export const registry: Readonly<Record<string, TypeDef>> = byName(defs.map((t) => [t.name, t]));
/** Type names in registry order. */
export const typeNames: readonly TypeName[] = defs.map((t) => t.name as TypeName);

/** The definition of a type named by input (a folder, a YAML value); undefined when there is no such type. */
export const getType = (name: string): TypeDef | undefined => (Object.hasOwn(registry, name) ? registry[name] : undefined);
export const isTypeName = (name: string): name is TypeName => getType(name) !== undefined;

const ranked = (key: (t: TypeDef) => number | undefined) =>
	defs
		.filter((t) => key(t) !== undefined)
		.sort((a, b) => key(a)! - key(b)!)
		.map((t) => t.name as TypeName);

/** The main navigation, in its order. */
export const navTypes = ranked((t) => t.nav);
/** Types authors create, in the order `npm run new` and the web editor offer them; the rest follow in registry order. */
export const authorTypes = ranked((t) => t.authoring);
export const authoringOrder: readonly TypeName[] = [...authorTypes, ...typeNames.filter((t) => !authorTypes.includes(t))];
/** Most useful types first in search; ties in ranking are broken in this order. */
export const searchOrder = ranked((t) => t.search.rank);

/** The type whose nodes are the facet `name` (e.g. "thema"). */
export const facetType = (name: string): TypeDef | undefined => defs.find((t) => t.facet === name);

/**
 * Types a node of type `t` can have above it, nearest first (kennisvraag → gamechanger, thema, agenda).
 * Several parent fields give the union, in order.
 */
const ancestorTypes = new Map<string, string[]>();
export function typeAncestors(t: string): string[] {
	// The registry is fixed, and facets ask this for every reference of every node: work it out once per type.
	const known = ancestorTypes.get(t);
	if (known) return known;
	const out: string[] = [];
	const visit = (name: string) => {
		const def = getType(name);
		for (const field of def?.parent ?? []) {
			const f = def!.fields[field];
			for (const target of isRef(f) ? f.to : []) {
				if (out.includes(target) || target === t) continue;
				out.push(target);
				visit(target);
			}
		}
	};
	visit(t);
	ancestorTypes.set(t, out);
	return out;
}

/** A type lies under a facet type when that type is among its ancestors (a kennisvraag lies under thema). */
export const isUnder = (t: string, ancestor: string) => t === ancestor || typeAncestors(t).includes(ancestor);

/** The reference field behind an edge type: a top-level ref, or the ref inside a block (bron → bron.document). */
export interface Relation {
	field: RefField;
	/** Label of the relation on the source's page: the block's label for a ref inside a block. */
	label: string;
}

/** Body wiki-links are edges of this type; they are not a field. */
export const LINK_RELATION = 'link';
const LINK: Relation = {
	label: 'Genoemd in de tekst',
	field: {
		kind: 'refs',
		to: [],
		label: 'Genoemd in de tekst',
		inverse: 'Noemt deze pagina',
		heading: 'Genoemd in de tekst',
		inverseHeading: 'Pagina’s die hiernaar verwijzen',
		verb: 'noemt',
		inverseVerb: 'wordt genoemd door',
		related: true,
		required: false
	}
};

export function relationOf(type: string, edgeType: string): Relation | undefined {
	if (edgeType === LINK_RELATION) return LINK;
	const field = getType(type)?.fields[edgeType];
	if (!field) return undefined;
	if (isRef(field)) return { field, label: field.label };
	if (field.kind === 'object' || field.kind === 'objects') {
		const inner = Object.values(field.fields).find(isRef);
		return inner && { field: inner, label: field.label };
	}
	return undefined;
}

/** Every reference field of a type, top level and inside blocks, with the edge type it makes. */
export function relationFields(type: TypeDef): { name: string; field: RefField }[] {
	return Object.entries(type.fields).flatMap(([name, field]: [string, Field]) =>
		isRef(field)
			? [{ name, field }]
			: field.kind === 'object' || field.kind === 'objects'
				? Object.values(field.fields)
						.filter(isRef)
						.map((f) => ({ name, field: f }))
				: []
	);
}

/** Fields of a type whose values are the given facet (e.g. the sector fields). */
export const facetFields = (type: TypeDef, facet: string) =>
	Object.entries(type.fields as Fields)
		.filter(([, f]) => f.facet === facet)
		.map(([name]) => name);

/** Human label of a listing filter: the facet type's label, else the field's. */
export const filterLabel = (type: string, filter: string) => facetType(filter)?.label ?? getType(type)?.fields[filter]?.label ?? filter;

export { SECTOREN, SECTOR_LABELS } from './types.ts';

/** Types with a field carrying this value facet: the sector filter applies to these only. */
export const typesWithFacet = (facet: string): TypeName[] => typeNames.filter((t) => facetFields(registry[t], facet).length > 0);
