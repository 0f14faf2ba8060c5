/**
 * Turtle from the JSON-LD documents of ./linked-data.ts: the `jsonld` processor turns a document into RDF (so the
 * Turtle says exactly what the JSON-LD says), and n3's Writer serialises it. Quads are sorted, so the same content
 * gives the same file (builds are byte-identical).
 */
import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Predicate, type Quad_Subject } from 'n3';
import { NS, vocabNs } from './vocab.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;

type Term = { termType: string; value: string; language?: string; datatype?: { value: string } };
type RawQuad = { subject: Term; predicate: Term; object: Term };

function term(t: Term): Quad_Object {
	if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
	if (t.termType === 'Literal') return literal(t.value, t.language || (t.datatype ? namedNode(t.datatype.value) : undefined));
	return namedNode(t.value);
}

const key = (t: Term) => `${t.termType}\u0000${t.value}\u0000${t.language ?? ''}\u0000${t.datatype?.value ?? ''}`;

/** The RDF triples a JSON-LD document states, as n3 quads in a stable order. */
export async function toQuads(doc: object): Promise<Quad[]> {
	// The documents carry their context inline: nothing is fetched.
	const raw = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
		documentLoader: (url: string) => Promise.reject(new Error(`Kennisgraaf haalt geen JSON-LD-context op (${url})`))
	})) as unknown as RawQuad[];
	return raw
		.map((q) => ({ q, k: `${key(q.subject)}\u0001${key(q.predicate)}\u0001${key(q.object)}` }))
		.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
		.filter((e, i, all) => i === 0 || all[i - 1].k !== e.k)
		.map(({ q }) => quad(term(q.subject) as Quad_Subject, term(q.predicate) as Quad_Predicate, term(q.object)));
}

export async function toTurtle(doc: object, origin: string, base: string): Promise<string> {
	const quads = await toQuads(doc);
	const writer = new Writer({ prefixes: { ...NS, kg: vocabNs(origin, base) } });
	writer.addQuads(quads);
	return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}
