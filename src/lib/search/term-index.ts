/**
 * A small inverted index: per field, each index term → the documents (numbers) that have it,
 * and for some fields the term's position in the document's field. It holds exactly what the
 * ranking in engine.ts asks for (which term matched which document in which field, at which
 * title position; whether a term or a prefix exists), which a general search library does not
 * expose. Terms come in already encoded (options.ts), so the index itself knows no language.
 */

/** The shipped form: plain JSON, written by the build and read by the browser. */
export interface TermIndexExport {
	/** Field names in order, compared on import with the reader's own. */
	fields: string[];
	/** Per field: its terms, sorted (prefix lookup is a binary search). */
	terms: string[][];
	/** Per field, per term: ascending document numbers, each stored as the gap from the one before (small numbers, small JSON). */
	docs: number[][][];
	/** Per field, per term, parallel to `docs`: the term's position among the field's distinct terms, or null for fields without positions. */
	positions: (number[][] | null)[];
}

export interface TermIndexField {
	name: string;
	/** Record word positions (for titles: does the query start the title?). */
	positions: boolean;
}

/** A term's postings: documents in ascending order, and positions when the field keeps them. */
export interface Postings {
	docs: number[];
	positions?: number[];
}

interface FieldData {
	terms: string[];
	ids: Map<string, number>;
	postings: Postings[];
}

/** Collects the postings while the build adds documents, then exports them sorted. */
export class TermIndexBuilder {
	private fields: Map<string, Map<string, Postings>>;

	constructor(private readonly spec: readonly TermIndexField[]) {
		this.fields = new Map(spec.map((f) => [f.name, new Map()]));
	}

	/** Adds one document's terms for one field; documents must come in ascending order. A repeated term keeps its first position. */
	add(doc: number, field: string, terms: string[]) {
		const map = this.fields.get(field);
		if (!map) throw new Error(`unknown search field "${field}"`);
		const withPositions = this.spec.find((f) => f.name === field)!.positions;
		let position = 0;
		for (const term of terms) {
			let p = map.get(term);
			if (!p) map.set(term, (p = withPositions ? { docs: [], positions: [] } : { docs: [] }));
			if (p.docs.at(-1) === doc) continue;
			p.docs.push(doc);
			p.positions?.push(position++);
		}
	}

	export(): TermIndexExport {
		const fields = this.spec.map((f) => f.name);
		const sorted = fields.map((f) => [...this.fields.get(f)!.keys()].sort());
		return {
			fields,
			terms: sorted,
			docs: sorted.map((terms, i) => terms.map((t) => gaps(this.fields.get(fields[i])!.get(t)!.docs))),
			positions: this.spec.map((f, i) => (f.positions ? sorted[i].map((t) => this.fields.get(f.name)!.get(t)!.positions!) : null))
		};
	}
}

const gaps = (docs: number[]) => docs.map((d, i) => (i ? d - docs[i - 1] : d));

function ungap(list: number[]) {
	for (let i = 1; i < list.length; i++) list[i] += list[i - 1];
	return list;
}

/** What the ranking asks of an index: the whole index (TermIndex) or its shards as they load (shards.ts). */
export interface TermLookup {
	has(field: string, term: string): boolean;
	get(field: string, term: string): Postings | undefined;
	withPrefix(field: string, prefix: string): Postings[];
	hasPrefix(field: string, prefix: string): boolean;
}

/** The index for querying, read from an export. */
export class TermIndex implements TermLookup {
	private fields = new Map<string, FieldData>();

	/** Reads an export (it is decoded in place); `expected` are the reader's fields, which must match the writer's. */
	constructor(data: TermIndexExport, expected: readonly TermIndexField[]) {
		const names = expected.map((f) => f.name);
		if (data.fields.join() !== names.join()) {
			throw new Error(`search index has fields ${data.fields.join(', ')}, expected ${names.join(', ')}: rebuild the site`);
		}
		names.forEach((name, i) => {
			const terms = data.terms[i];
			const positions = data.positions[i];
			this.fields.set(name, {
				terms,
				ids: new Map(terms.map((t, j) => [t, j])),
				postings: data.docs[i].map((docs, j) => ({ docs: ungap(docs), positions: positions?.[j] }))
			});
		});
	}

	private field(name: string) {
		return this.fields.get(name)!;
	}

	has(field: string, term: string) {
		return this.field(field).ids.has(term);
	}

	/** The postings of one term, or undefined when no document has it. */
	get(field: string, term: string): Postings | undefined {
		const f = this.field(field);
		const id = f.ids.get(term);
		return id === undefined ? undefined : f.postings[id];
	}

	/** The postings of every term that starts with `prefix` (the term itself included). */
	withPrefix(field: string, prefix: string): Postings[] {
		const { terms, postings } = this.field(field);
		const out: Postings[] = [];
		for (let i = firstAtLeast(terms, prefix); i < terms.length && terms[i].startsWith(prefix); i++) out.push(postings[i]);
		return out;
	}

	hasPrefix(field: string, prefix: string) {
		const { terms } = this.field(field);
		return terms[firstAtLeast(terms, prefix)]?.startsWith(prefix) ?? false;
	}
}

/** Index of the first term not below `key` in a sorted list. */
function firstAtLeast(terms: string[], key: string) {
	let [lo, hi] = [0, terms.length];
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (terms[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
