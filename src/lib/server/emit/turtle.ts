/**
 * Turtle from the JSON-LD documents of ./linked-data.ts: the `jsonld` processor turns a document into RDF (so the
 * Turtle says exactly what the JSON-LD says), and n3's Writer serialises it. The same content gives the same file
 * (builds are byte-identical).
 *
 * A document is turned into RDF a hundred top-level objects at a time and written as it goes, in document order,
 * each object's triples sorted: the whole graph's triples at once were several full copies of the graph in memory
 * (400 MB at 50,000 nodes), and one object at a time cost the processor's set-up on every object (graph.ttl took
 * 47 s at 50,000 nodes). An object also states what it says of the nodes it refers to (their type, name and url);
 * those triples are that node's own object's too, so only the triples about the object itself and its blank nodes
 * are written under it, which keeps each triple once (tests/unit/open-data.test.ts compares the file with toQuads()).
 * The file is the same text as when each object is turned into RDF alone: each object's blank nodes are numbered
 * from b0 in the order the processor met them, as they would be on its own.
 *
 * Each object's Turtle is written by a Writer of its own, so it is a piece of text decided by the object and its
 * place alone: a build keeps the pieces' keys beside the file (../reuse/kept-pieces.ts), and the next takes an
 * unchanged object's text from it instead of converting the object again (tests/unit/kept-pieces.test.ts).
 */
import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Predicate, type Quad_Subject } from 'n3';
import type { KeptPieces } from '../reuse/kept-pieces.ts';
import { Utf8Sink } from '../utf8-sink.ts';
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

/** An object's @id when it is an absolute IRI: then its own triples are those about itself and its blank nodes. */
const absoluteId = (object: Json) => (typeof object['@id'] === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(object['@id']) ? object['@id'] : undefined);

/** The processor's number of a blank node label (b12 or _:b12 → 12; NaN for a label of another shape). */
const blankNumber = (label: string) => (/^(_:)?b\d+$/.test(label) ? Number(label.replace(/^(_:)?b/, '')) : NaN);

/**
 * One object's triples with its blank nodes numbered from 0: the processor numbers them as it meets them, object after
 * object, so in their order they are what converting the object alone gives.
 */
function renumberBlanks(quads: RawQuad[]): RawQuad[] {
	const labels = [...new Set(quads.flatMap((q) => [q.subject, q.object].filter((t) => t.termType === 'BlankNode').map((t) => t.value)))];
	if (!labels.length) return quads;
	labels.sort((a, b) => blankNumber(a) - blankNumber(b));
	const local = new Map(labels.map((label, i) => [label, label.replace(/\d+$/, String(i))]));
	const renumber = (t: Term): Term => (t.termType === 'BlankNode' ? { ...t, value: local.get(t.value)! } : t);
	return quads.map((q) => ({ subject: renumber(q.subject), predicate: q.predicate, object: renumber(q.object) }));
}

/**
 * The triples of a batch of objects (each with an absolute @id), each object's own; undefined when a blank node cannot
 * be placed under one object or has a label of another shape (then the batch is converted object by object).
 */
function splitBatch(objects: Json[], raw: RawQuad[]): RawQuad[][] | undefined {
	const ids = new Map(objects.map((o, i) => [absoluteId(o)!, i]));
	// Each blank node hangs under the subject that names it; following that up ends at an object's @id.
	const parent = new Map<string, Term>();
	for (const q of raw) if (q.object.termType === 'BlankNode' && q.subject.value !== q.object.value) parent.set(q.object.value, q.subject);
	const ownerOf = (t: Term, steps = 0): number | undefined => {
		if (t.termType !== 'BlankNode') return ids.get(t.value);
		const up = parent.get(t.value);
		return up && steps < raw.length ? ownerOf(up, steps + 1) : undefined;
	};
	const groups: RawQuad[][] = objects.map(() => []);
	for (const q of raw) {
		if ([q.subject, q.object].some((t) => t.termType === 'BlankNode' && Number.isNaN(blankNumber(t.value)))) return undefined;
		const owner = ownerOf(q.subject);
		if (owner !== undefined) groups[owner].push(q);
		// A triple about a node the batch only refers to is that node's own object's (see above).
		else if (q.subject.termType === 'BlankNode') return undefined;
	}
	return groups.map(renumberBlanks);
}

/** One object's own triples, converted alone (an object without an absolute @id keeps all). */
async function ownQuads(context: unknown, object: Json): Promise<RawQuad[]> {
	const raw = await rawQuads({ '@context': context, ...object });
	const self = absoluteId(object);
	return self === undefined ? raw : raw.filter((q) => q.subject.termType === 'BlankNode' || q.subject.value === self);
}

/** Objects converted together: the processor's set-up per call costs more than converting a small object. */
const BATCH = 100;

/** Each object's own triples, in document order, converted a batch at a time. */
async function* objectQuads(context: unknown, objects: Iterable<Json>, size: number): AsyncGenerator<RawQuad[]> {
	let batch: Json[] = [];
	const inBatch = new Set<string>();
	const flush = async function* () {
		if (!batch.length) return;
		const objects = batch;
		batch = [];
		inBatch.clear();
		const split = objects.length > 1 ? splitBatch(objects, await rawQuads({ '@context': context, '@graph': objects })) : undefined;
		if (split) yield* split;
		else for (const object of objects) yield await ownQuads(context, object);
	};
	for (const object of objects) {
		// An object without an absolute @id, or one whose @id another object of the batch has, goes alone.
		const id = absoluteId(object);
		if (id === undefined || inBatch.has(id)) {
			yield* flush();
			if (id === undefined) {
				yield await ownQuads(context, object);
				continue;
			}
		}
		batch.push(object);
		inBatch.add(id);
		if (batch.length >= size) yield* flush();
	}
	yield* flush();
}

/** Collects what an n3 Writer writes. */
class TextOut {
	text = '';
	write(chunk: string, _encoding?: unknown, done?: () => void) {
		this.text += chunk;
		done?.();
		return true;
	}
	end(done?: () => void) {
		done?.();
	}
}

/** What a Writer with these prefixes starts the file with: the prefix lines. */
function header(prefixes: Record<string, string>): string {
	const out = new TextOut();
	new Writer(out, { prefixes, end: false });
	return out.text;
}

/**
 * One object's statements as Turtle, ended: what one Writer for the whole file writes for them, since no subject of
 * one object is the last subject of the one before (each object's own triples are about itself and its blank nodes).
 */
function objectTurtle(quads: Quad[], prefixes: Record<string, string>): string {
	const out = new TextOut();
	const writer = new Writer(out, { prefixes, end: false });
	out.text = '';
	writer.addQuads(quads);
	writer.end();
	return out.text;
}

/**
 * Each object's Turtle, in document order: taken from `pieces` (the previous build's file) when its key is there, else
 * converted, the untaken objects of `size` at a time. An object's text is decided by its key: the object, its place
 * (which names its blank nodes), the context and the prefixes.
 */
async function* objectTexts(
	context: unknown,
	objects: Iterable<Json>,
	size: number,
	prefixes: Record<string, string>,
	pieces?: KeptPieces
): AsyncGenerator<{ key: string | null; text: string }> {
	const setting = pieces ? JSON.stringify([context, prefixes]) : '';
	let window: { index: number; object: Json; key: string | null; text?: string }[] = [];
	const flush = async function* () {
		const todo = window.filter((e) => e.text === undefined);
		let k = 0;
		for await (const quads of objectQuads(
			context,
			todo.map((e) => e.object),
			size
		)) {
			const entry = todo[k++];
			entry.text = objectTurtle(sortedQuads(quads, `o${entry.index}_`), prefixes);
		}
		for (const { key, text } of window) yield { key, text: text! };
		window = [];
	};
	let index = 0;
	for (const object of objects) {
		const key = pieces ? pieces.key(setting, String(index), JSON.stringify(object)) : null;
		window.push({ index: index++, object, key, text: key === null ? undefined : pieces!.take(key) });
		if (window.length >= size) yield* flush();
	}
	yield* flush();
}

/**
 * Writes the Turtle of a document or of its parts (objects made one at a time, so the whole graph never sits in memory)
 * into `sink`; `batch` objects are converted together (1: each alone, the same text). With `pieces` (a build), each
 * object's text is a piece: an unchanged object's is taken from the previous build's file.
 */
export async function writeTurtle(doc: DocOrParts, origin: string, base: string, sink: Utf8Sink, batch = BATCH, pieces?: KeptPieces): Promise<void> {
	const { context, objects } = 'objects' in doc ? (doc as { context: unknown; objects: Iterable<Json> }) : partsOf(doc);
	const prefixes = { ...NS, kg: vocabNs(origin, base) };
	const head = header(prefixes);
	sink.write(head);
	pieces?.add(null, head);
	for await (const { key, text } of objectTexts(context, objects, batch, prefixes, pieces)) {
		sink.write(text);
		pieces?.add(key, text);
	}
	sink.end();
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
