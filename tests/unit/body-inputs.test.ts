/**
 * A second build after a body edit keeps every node page whose part of the bodies did not change, without computing
 * its data (src/lib/server/reuse/body-inputs.ts). That is only right if a node page reads nothing more of the bodies:
 * here the shipped content's bodies are edited (words around links, so quotes on other pages change, and text
 * without links) and every page's data is compared before and after. A page whose data changed must be one whose
 * body inputs changed; a page that starts to show more of a body fails this. The listings, the widgets and the
 * large site-wide files, the feeds, exports, link previews and listing data show nothing of the bodies: a body edit must leave them as they are.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputHash } from '../../scripts/page-record.js';
import { assembleSite, shapeHash, type Site } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { feedTypes, topicFeed } from '../../src/lib/server/emit/feeds.ts';
import { graphJsonLdParts, writeGraphJsonLd } from '../../src/lib/server/emit/linked-data.ts';
import { listingData, listingOptions, listingPage, listingPaths, parseListingPath } from '../../src/lib/server/emit/listing.ts';
import { listingCsv } from '../../src/lib/server/emit/exports.ts';
import { previews } from '../../src/lib/server/emit/previews.ts';
import { PREVIEW_SHARDS } from '../../src/lib/link-preview.ts';
import { typeNames } from '../../src/lib/registry/registry.ts';
import { writeGraphJson } from '../../src/lib/server/emit/pages.ts';
import { WIDGET_TYPES, widgetData } from '../../src/lib/server/emit/widget.ts';
import { writeTurtle } from '../../src/lib/server/emit/turtle.ts';
import { nodeDocumentData } from '../../src/lib/server/node-document-data.ts';
import { Utf8Sink } from '../../src/lib/server/utf8-sink.ts';
import { bodyInputs } from '../../src/lib/server/reuse/body-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-body-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('content', root, { recursive: true });

function load(): Site {
	const { nodes, relations, errors } = loadContent(root);
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}

const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.md'))
	.sort();
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const edit = (f: string, change: (body: string) => string) => {
	const text = read(f);
	const end = text.indexOf('\n---', 3) + 4;
	writeFileSync(join(root, f), text.slice(0, end) + change(text.slice(end)));
};
/** A file whose summary is its own field, so that a body edit leaves it. */
const ownSummary = (f: string) => /^samenvatting:/m.test(read(f));

/** The pages whose data differs between two sites of the same nodes, and those whose body inputs do. */
function changes(before: Site, after: Site) {
	const [b, a] = [bodyInputs(before), bodyInputs(after)];
	return {
		data: before.nodes.filter((n) => inputHash(nodeDocumentData(before, n.id)) !== inputHash(nodeDocumentData(after, n.id))).map((n) => n.id),
		inputs: new Set(before.nodes.filter((n) => b.get(n.id) !== a.get(n.id)).map((n) => n.id))
	};
}

describe('what a node page shows of bodies', () => {
	it('covers every change a body edit makes to any page’s data, and leaves the large files as they were', async () => {
		const before = load();
		// Words added before the first link of every fourth linking file (its quote on the linked page changes), and a
		// paragraph without links appended to a few files.
		const linking = files.filter((f) => ownSummary(f) && /\[\[/.test(read(f))).filter((_, i) => i % 4 === 0);
		const plain = files.filter((f) => ownSummary(f) && !/\[\[/.test(read(f))).slice(0, 5);
		expect(linking.length).toBeGreaterThan(3);
		for (const f of linking) edit(f, (body) => body.replace('[[', 'zoals eerder beschreven [['));
		for (const f of plain) edit(f, (body) => `${body}\nEen alinea die later is toegevoegd.\n`);
		const after = load();

		expect(shapeHash(after)).toBe(shapeHash(before));
		const { data, inputs } = changes(before, after);
		// The edited files' pages and the pages their links quote on changed: more pages than were edited.
		expect(data.length).toBeGreaterThan(linking.length + plain.length);
		expect(data.filter((id) => !inputs.has(id))).toEqual([]);

		// The listings and the widgets keep their pages by the content's shape alone (src/lib/server/reuse/kept-pages.ts).
		const others = (site: Site) => [
			...listingPaths(site).map(({ type, pad }) => {
				const at = parseListingPath(type, pad)!;
				return listingPage(site, type, at.sort, at.page);
			}),
			...site.nodes.filter((n) => WIDGET_TYPES.includes(n.type)).map((n) => widgetData(site, n))
		];
		expect(others(after).map((d) => inputHash(d))).toEqual(others(before).map((d) => inputHash(d)));

		// The large files kept by the content's shape alone (src/lib/server/reuse/kept-files.ts) show no body text.
		const [origin, path] = ['https://kennisgraaf.example', '/kennisgraaf'];
		const largeFiles = async (site: Site) => {
			const bytes = async (write: (sink: Utf8Sink) => unknown) => {
				const sink = new Utf8Sink();
				await write(sink);
				return sink.bytes().toString('utf8');
			};
			return [
				await bytes((sink) => writeGraphJson(site, sink)),
				await bytes((sink) => writeGraphJsonLd(site, origin, path, sink)),
				await bytes((sink) => writeTurtle(graphJsonLdParts(site, origin, path), origin, path, sink))
			];
		};
		expect(await largeFiles(after)).toEqual(await largeFiles(before));

		// The files whose routes say they show nothing of the bodies are not even made after an edit to bodies' text
		// alone (keptFileEntries, showsBodies false): the feeds, CSV exports, link previews and listing data.
		const keptFiles = (site: Site) => [
			...site.nodes.filter((n) => feedTypes.includes(n.type)).map((n) => topicFeed(site, n, origin, path)),
			...typeNames.flatMap((type) => [listingCsv(site, type, origin), JSON.stringify([listingData(site, type), listingOptions(site, type)])]),
			...Array.from({ length: PREVIEW_SHARDS }, (_, k) => JSON.stringify(previews(site, k)))
		];
		expect(keptFiles(before).length).toBeGreaterThan(10);
		expect(keptFiles(after)).toEqual(keptFiles(before));
	});

	it('tells a body edit that changes more than text from one that does not', () => {
		const before = load();
		const linking = files.find((f) => ownSummary(f) && /\[\[[^\]]+\]\]/.test(read(f)))!;
		// A link removed changes the relations; a summary taken from the body changes with it.
		edit(linking, (body) => body.replace(/\[\[([^\]|]+)(\|([^\]]+))?\]\]/, (_m, _id, _bar, label) => label ?? 'iets'));
		expect(shapeHash(load())).not.toBe(shapeHash(before));
		const derived = files.find((f) => !ownSummary(f) && /^[A-Za-z]/m.test(read(f).split('\n---')[1] ?? ''));
		if (derived) {
			const again = load();
			edit(derived, (body) => `Een nieuwe eerste zin.\n\n${body}`);
			expect(shapeHash(load())).not.toBe(shapeHash(again));
		}
	});
});
