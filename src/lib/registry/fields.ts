/**
 * A small field vocabulary. Each content type lists its fields with these constructors;
 * validation (zod), JSON Schema, the CMS config, JSON-LD, search and the page components
 * all read the same descriptors, so a field is declared once. The constructors keep their
 * literal types, so the shape of a node's data is inferred from its fields (see DataOf).
 */

export type Scalar = 'string' | 'text' | 'int' | 'date' | 'url' | 'boolean';

/** The search index's text fields (src/lib/search/options.ts) a field's words go into. */
export type SearchSlot = 'prefix' | 'keys' | 'text' | 'rel';

/**
 * How a field appears in schema.org JSON-LD: the property, and optionally an object the value
 * is wrapped in (`{ '@type': 'Person', jobTitle: 'lector' }` with the value under `key`).
 */
export interface LdMapping {
	property: string;
	wrap?: Record<string, string>;
	key?: string;
	/** List values become one string joined with this. */
	join?: string;
	/** Written before the value, e.g. "doi:". */
	prefix?: string;
	/**
	 * Also a property of Kennisgraaf's own vocabulary (src/lib/server/emit/vocab.ts) in /graph.jsonld and /graph.ttl, where
	 * schema.org has no property that says as much (knowsAbout does not say "works on this research question").
	 */
	kg?: string;
}

/**
 * A value that names the node in an outside register (ROR, Wikidata, BRIN, a DOI, a source's own id). JSON-LD
 * writes it as an `identifier` (a schema.org PropertyValue) and, with a `url`, as `sameAs`. In a block the scheme
 * and address can come from sibling fields (herkomst: the scheme is its `bron`, the address its `url`).
 */
export interface IdentifierDef {
	/** PropertyValue.propertyID, e.g. "ROR". */
	scheme?: string;
	/** In a block: the sibling field whose value is the scheme. */
	schemeField?: string;
	/** The value appended to this gives the register's page, e.g. "https://ror.org/". */
	url?: string;
	/** In a block: the sibling field holding the register's page. */
	urlField?: string;
}

export interface FieldOptions<R extends boolean = boolean> {
	required?: R;
	help?: string;
	/** Not in the field table of a node page: shown elsewhere (heading, summary, notice) or only for search. */
	hidden?: boolean;
	/** Written before the value on a page, e.g. "p. " for a page number. */
	prefix?: string;
	ld?: LdMapping;
	search?: readonly SearchSlot[];
	/** The values are a facet of the node (listing filters, graph and search filters). */
	facet?: 'sector';
	/** Names authors write by mistake for this field ("lector" for contact): the checker answers "bedoel je …?". */
	alsoCalled?: readonly string[];
	/** A string that must be an e-mail address. */
	format?: 'email';
	identifier?: IdentifierDef;
	/** Authors are asked for it as for a required field (npm run new), though a file may leave it out. */
	ask?: boolean;
	/** A block field whose items' `facetOf` sub-field is a facet of the node (herkomst → its sources). */
	facetOf?: string;
}

interface Base<R extends boolean> extends Omit<FieldOptions<R>, 'required'> {
	label: string;
	required: R;
}

export interface ScalarField<K extends Scalar = Scalar, R extends boolean = boolean> extends Base<R> {
	kind: K;
	min?: number;
	max?: number;
}
export interface EnumField<V extends string = string, R extends boolean = boolean> extends Base<R> {
	kind: 'enum';
	values: readonly V[];
}
export interface EnumsField<V extends string = string, R extends boolean = boolean> extends Base<R> {
	kind: 'enums';
	values: readonly V[];
}
export interface ListField<R extends boolean = boolean> extends Base<R> {
	kind: 'list';
	of: 'string';
}

export interface RelationOptions<R extends boolean = boolean> extends FieldOptions<R> {
	/** Section heading on this node's page, e.g. "Kennisvragen waaraan dit project werkt". */
	heading: string;
	/** Section heading on the target's page, e.g. "Projecten die aan deze vraag werken". */
	inverseHeading: string;
	/** How a step along this relation reads on /verband, e.g. "werkt aan"; default "verwijst naar". */
	verb?: string;
	/** The same step read from the target, e.g. "wordt onderzocht door"; default "wordt genoemd door". */
	inverseVerb?: string;
	/** Sharing a target through this relation makes two nodes related ("Verwant"); default true. */
	related?: boolean;
	/**
	 * The hierarchy already gives this value: the target of the node's field `via` names it in its field `field`
	 * (a kennisvraag's thema is its gamechanger's thema). A different value is a contradiction the checker reports.
	 */
	derivable?: { via: string; field: string };
	/** Every target needs a quote from the source in this `objects` field (items `{naar: id, citaat}`) saying why. */
	quotedIn?: string;
}

export interface RefField<K extends 'ref' | 'refs' = 'ref' | 'refs', R extends boolean = boolean> extends Base<R> {
	kind: K;
	to: readonly string[];
	/** Short label of the relation on the target's side, e.g. "Projecten". */
	inverse: string;
	heading: string;
	inverseHeading: string;
	verb: string;
	inverseVerb: string;
	related: boolean;
	derivable?: { via: string; field: string };
	quotedIn?: string;
}
export interface ObjectField<F extends Fields = Fields, R extends boolean = boolean> extends Base<R> {
	kind: 'object';
	fields: F;
}
export interface ObjectsField<F extends Fields = Fields, R extends boolean = boolean> extends Base<R> {
	kind: 'objects';
	fields: F;
}

export type Field = ScalarField | EnumField | EnumsField | ListField | RefField | ObjectField | ObjectsField;
export type Fields = { readonly [name: string]: Field };

/** The value a field holds in validated data. */
export type ValueOf<F> =
	F extends ScalarField<infer K>
		? K extends 'int'
			? number
			: K extends 'boolean'
				? boolean
				: string
		: F extends EnumField<infer V>
			? V
			: F extends EnumsField<infer V>
				? V[]
				: F extends ListField
					? string[]
					: F extends RefField<infer K>
						? K extends 'ref'
							? string
							: string[]
						: F extends ObjectField<infer Sub>
							? DataOf<Sub>
							: F extends ObjectsField<infer Sub>
								? DataOf<Sub>[]
								: never;

type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K]['required'] extends true ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Validated data of a node with these fields: required fields present, the others optional. */
export type DataOf<F extends Fields> = Simplify<
	{ -readonly [K in RequiredKeys<F>]: ValueOf<F[K]> } & { -readonly [K in Exclude<keyof F, RequiredKeys<F>>]?: ValueOf<F[K]> }
>;

type Req<O> = O extends { required: true } ? true : false;

const base = <O extends FieldOptions>(label: string, o?: O) => ({ ...o, label, required: (o?.required ?? false) as Req<O> });

const relation = <K extends 'ref' | 'refs', const O extends RelationOptions>(
	kind: K,
	label: string,
	to: string | readonly string[],
	inverse: string,
	o: O
): RefField<K, Req<O>> => ({
	...base(label, o),
	kind,
	to: [to].flat(),
	inverse,
	heading: o.heading,
	inverseHeading: o.inverseHeading,
	verb: o.verb ?? 'verwijst naar',
	inverseVerb: o.inverseVerb ?? 'wordt genoemd door',
	related: o.related ?? true,
	...(o.derivable ? { derivable: o.derivable } : {}),
	...(o.quotedIn ? { quotedIn: o.quotedIn } : {})
});

export const f = {
	string: <const O extends FieldOptions = Record<never, never>>(label: string, o?: O): ScalarField<'string', Req<O>> => ({ ...base(label, o), kind: 'string' }),
	text: <const O extends FieldOptions = Record<never, never>>(label: string, o?: O): ScalarField<'text', Req<O>> => ({ ...base(label, o), kind: 'text' }),
	int: <const O extends FieldOptions & { min?: number; max?: number } = Record<never, never>>(label: string, o?: O): ScalarField<'int', Req<O>> => ({
		...base(label, o),
		kind: 'int'
	}),
	date: <const O extends FieldOptions = Record<never, never>>(label: string, o?: O): ScalarField<'date', Req<O>> => ({ ...base(label, o), kind: 'date' }),
	url: <const O extends FieldOptions = Record<never, never>>(label: string, o?: O): ScalarField<'url', Req<O>> => ({ ...base(label, o), kind: 'url' }),
	boolean: <const O extends FieldOptions = Record<never, never>>(label: string, o?: O): ScalarField<'boolean', Req<O>> => ({
		...base(label, o),
		kind: 'boolean'
	}),
	enum: <const V extends string, const O extends FieldOptions = Record<never, never>>(label: string, values: readonly V[], o?: O): EnumField<V, Req<O>> => ({
		...base(label, o),
		kind: 'enum',
		values
	}),
	enums: <const V extends string, const O extends FieldOptions = Record<never, never>>(label: string, values: readonly V[], o?: O): EnumsField<V, Req<O>> => ({
		...base(label, o),
		kind: 'enums',
		values
	}),
	list: <const O extends FieldOptions = Record<never, never>>(label: string, o?: O): ListField<Req<O>> => ({ ...base(label, o), kind: 'list', of: 'string' }),
	/** `inverse` is the short Dutch label of this relation on the target's page. */
	ref: <const O extends RelationOptions>(label: string, to: string | readonly string[], inverse: string, o: O) => relation('ref', label, to, inverse, o),
	refs: <const O extends RelationOptions>(label: string, to: string | readonly string[], inverse: string, o: O) => relation('refs', label, to, inverse, o),
	objects: <const F extends Fields, const O extends FieldOptions = Record<never, never>>(label: string, fields: F, o?: O): ObjectsField<F, Req<O>> => ({
		...base(label, o),
		kind: 'objects',
		fields
	}),
	object: <const F extends Fields, const O extends FieldOptions = Record<never, never>>(label: string, fields: F, o?: O): ObjectField<F, Req<O>> => ({
		...base(label, o),
		kind: 'object',
		fields
	})
};

export const isRef = (field: Field): field is RefField => field.kind === 'ref' || field.kind === 'refs';

/** Any field value as a list of strings: a single value becomes one item, a missing one none. */
export const asList = (value: unknown): string[] => (value == null ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);
