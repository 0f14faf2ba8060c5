/** What the registry says about one content type. Every per-type decision of the site is a property here. */
import type { Fields } from './fields.ts';

/** One step from a node to related nodes: one of its fields, or the nodes of a type whose field points at it. */
export type Step = string | { from: string; field: string };

/**
 * A facet a node takes from related nodes. Each path ends at nodes whose own fields carry the facet
 * (a kennisvraag is for vo when its gamechanger is) or, when they carry none, whose ids are the values
 * (a project's hogeschool is the hogeschool of its lectoraten).
 */
export interface FacetVia {
	/** Label of the filter, for a facet that is no field of the type. */
	label?: string;
	paths: readonly (readonly Step[])[];
}

/** Orders of a listing: agenda order (grouped along the parent chain), newest first, by title, by start (latest first). */
export type SortKey = 'agenda' | 'nieuw' | 'titel' | 'start';

/** How a type's listing pages (/<type>/, /<type>/pagina/2/, /<type>/sorteer/titel/) show and order its nodes. */
export interface ListingDef {
	/** Orders offered, the first is the default. */
	sorts: readonly SortKey[];
	/** Facets or fields shown as chips on each row; 'jaren' shows the years from `years`. */
	chips?: readonly string[];
	/** Fields with the first and last year a node is active (dates or years); makes the 'jaren' filter and chip. */
	years?: { start: string; end?: string };
	/** Date fields for "newest", the first one present wins. */
	newest?: readonly string[];
	/** Each row counts the nodes of these types that point to it ("3 projecten · 1 lectoraat"), or says "nog niemand". */
	counts?: readonly string[];
	/** Rows per page. */
	pageSize?: number;
}

export interface TypeDef<N extends string = string, F extends Fields = Fields> {
	/** Folder name under content/ and the URL segment: /<name>/<id>/. */
	name: N;
	label: string;
	plural: string;
	/** Who this listing serves, shown above it. */
	intro: string;
	titleField: keyof F & string;
	/**
	 * Fields naming the parent in the agenda hierarchy, first present one wins (a kennisvraag without a
	 * gamechanger hangs under its thema). The chain drives breadcrumbs, ancestors, agenda order and the thema facet.
	 */
	parent?: readonly (keyof F & string)[];
	/** Field with the node's number among its siblings in the agenda; sorts them and makes term codes (2.3). */
	sequence?: keyof F & string;
	/** Nodes of this type are a facet of everything under them in the hierarchy, under this name (e.g. "thema"). */
	facet?: string;
	/** Filters of the listing page, in this order: facet names, field names, `facetsVia` names, or 'jaren' (a year range). */
	filters: readonly string[];
	/** Facets this type takes from related nodes, by facet name ('sector') or filter name ('hogeschool'). */
	facetsVia?: Readonly<Record<string, FacetVia>>;
	/** The listing's orders, chips, counts and page size; absent: agenda order only, 60 rows a page. */
	listing?: ListingDef;
	/**
	 * Colour in the graph and legend: at least 3:1 against white, and told apart from every other type's colour
	 * also with colour-vision deficiencies (tests/unit/graph-palette.test.ts).
	 */
	color: string;
	/** A second cue in the graph besides colour, for the types that matter most (graph/marks.ts draws it); absent: a plain disc. */
	mark?: 'bullseye' | 'ring' | 'outline' | 'centre';
	/** Place in the main navigation; absent: not in it. */
	nav?: number;
	/** Authors create these: place in `npm run new` and the web editor's menu; absent: offered after them. */
	authoring?: number;
	search: {
		/** Ties in ranking are broken by this, lowest first. */
		rank: number;
		/** A node is found by the names of the nodes of this type it refers to (a project by its lectoraat). */
		nameFindsNeighbours?: boolean;
	};
	related: {
		/** How telling it is to share a neighbour of this type, before damping by frequency. */
		weight: number;
		/**
		 * How specific sharing a node of this type is (a kennisvraag 3, a gamechanger 2, a thema 1): candidates sharing
		 * something more specific rank first, and a reason names the most specific shared thing first. Default 2.
		 */
		specificity?: number;
		/** Order of shared types in a reason ("deelt kennisvraag … en lectoraat …"), lowest first. */
		reasonRank: number;
		/** Reasons quote a single shared node's title (whole questions read better in quotes). */
		quoteTitle?: boolean;
		/** Besides related nodes of its own type, a node of this type lists related nodes of these types. */
		alsoSuggest?: readonly string[];
	};
	/** Reference fields for which `npm run suggest` proposes targets from the node's text (stored in `suggesties`). */
	suggest?: readonly (keyof F & string)[];
	schemaOrg: {
		type: string;
		/** The type when nodes of a DefinedTerm type hang under this node (the Kennisagenda is a DefinedTermSet). */
		withTerms?: string;
		/** Constant properties, e.g. inLanguage. */
		props?: Record<string, string>;
	};
	fields: F;
}
