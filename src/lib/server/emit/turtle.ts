/**
 * Turtle from the JSON-LD documents of ./linked-data.ts: the `jsonld` processor turns a document into RDF (so the
 * Turtle says exactly what the JSON-LD says), and n3's Writer serialises it. The same content gives the same file
 * (builds are byte-identical).
 *
 * A document is turned into RDF one top-level object at a time and written as it goes, in document order, each
 * object's triples sorted: the whole graph's triples at once were several full copies of the graph in memory (400 MB
 * at 50,000 nodes). An object also states what it says of the nodes it refers to (their type, name and url); those
 * triples are that node's own object's too, so only the triples about the object itself and its blank nodes are
 * written, which keeps each triple once (tests/unit/open-data.test.ts compares the file with toQuads()).
 */
import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Predicate, type Quad_Subject } from 'n3';
import { Utf8Sink } from './utf8-sink.ts';
import { NS, vocabNs } from './vocab.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;

type Json = Record<string, unknown>;
type Term = { termType: string; value: string; language?: string; datatype?: { value: string } };
type RawQuad = { subject: Term; predicate: Term; object: Term };

/** `prefix` keeps the blank nodes of separately converted objects apart. */
function term(t: Term, prefix = ''): Quad_Object {
	if (t.termType === 'BlankNode') return blankNode(prefix + t.value.replace(/^_:/, ''));
	if (t.termType === 'Literal') return literal(t.value, t.language || (t.datatype ? namedNode(t.datatype.value) : undefined));
	return namedNode(t.value);
}

const key = (t: Term) => `${t.termType}\u0000${t.value}\u0000${t.language ?? ''}\u0000${t.datatype?.value ?? ''}`;

async function rawQuads(doc: object): Promise<RawQuad[]> {
	// The documents carry their context inline: nothing is fetched.
	return (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
		documentLoader: (url: string) => Promise.reject(new Error(`Kennisgraaf haalt geen JSON-LD-context op (${url})`))
	})) as unknown as RawQuad[];
}

function sortedQuads(raw: RawQuad[], prefix = ''): Quad[] {
	return raw
		.map((q) => ({ q, k: `${key(q.subject)}\u0001${key(q.predicate)}\u0001${key(q.object)}` }))
		.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
		.filter((e, i, all) => i === 0 || all[i - 1].k !== e.k)
		.map(({ q }) => quad(term(q.subject, prefix) as Quad_Subject, term(q.predicate) as Quad_Predicate, term(q.object, prefix)));
}

/** The RDF triples a JSON-LD document states, as n3 quads in a stable order (all at once: for tests and small files). */
export async function toQuads(doc: object): Promise<Quad[]> {
	return sortedQuads(await rawQuads(doc));
}

/** The top-level objects of a document, and the context they are read with. */
function partsOf(doc: Json): { context: unknown; objects: Iterable<Json> } {
	const { '@context': context, '@graph': graph, ...rest } = doc;
	return { context, objects: Array.isArray(graph) ? (graph as Json[]) : [rest] };
}

type DocOrParts = Json | { context: unknown; objects: Iterable<Json> };

/** Writes the Turtle of a document or of its parts (objects made one at a time, so the whole graph never sits in memory) into `sink`. */
export async function writeTurtle(doc: DocOrParts, origin: string, base: string, sink: Utf8Sink): Promise<void> {
	const { context, objects } = 'objects' in doc ? (doc as { context: unknown; objects: Iterable<Json> }) : partsOf(doc);
	const writer = new Writer(sink, { prefixes: { ...NS, kg: vocabNs(origin, base) } });
	let index = 0;
	for (const object of objects) {
		const raw = await rawQuads({ '@context': context, ...object });
		// An object with an absolute @id keeps its own triples and its blank nodes'; one without keeps all.
		const self = typeof object['@id'] === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(object['@id']) ? object['@id'] : undefined;
		const kept = self === undefined ? raw : raw.filter((q) => q.subject.termType === 'BlankNode' || q.subject.value === self);
		writer.addQuads(sortedQuads(kept, `o${index++}_`));
	}
	return new Promise((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve())));
}

/** Turtle of a document or of its parts, as UTF-8. */
export async function turtleBytes(doc: DocOrParts, origin: string, base: string): Promise<Buffer> {
	const sink = new Utf8Sink();
	await writeTurtle(doc, origin, base, sink);
	return sink.bytes();
}

export async function toTurtle(doc: object, origin: string, base: string): Promise<string> {
	return (await turtleBytes(doc as Json, origin, base)).toString('utf8');
}
