/** What the registry says about one content type. Every per-type decision of the site is a property here. */
import type { Fields } from './fields.ts';

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
	/** Filters of the listing page: facet names or field names. */
	filters: readonly string[];
	/** Colour in the graph and legend (contrast-checked against white). */
	color: string;
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
	schemaOrg: {
		type: string;
		/** The type when nodes of a DefinedTerm type hang under this node (the Kennisagenda is a DefinedTermSet). */
		withTerms?: string;
		/** Constant properties, e.g. inLanguage. */
		props?: Record<string, string>;
	};
	fields: F;
}
