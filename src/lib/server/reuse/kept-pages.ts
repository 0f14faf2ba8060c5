/**
 * The pages this build renders: for the routes whose pages are kept between builds, those whose inputs changed since
 * the previous build into the same folder, or all of them (scripts/page-record.js says how a page is kept and why it
 * cannot go stale). Node pages are one such route; the widget and embedding pages of each kennisvraag, gamechanger
 * and thema, and the pages of the listings, are others: at 10,000 nodes they were most of what a second build
 * rendered after a one-file edit.
 *
 * SvelteKit asks for the pages (entries) in its route analysis, one route after the other, and renders them in its
 * prerender step, two worker threads; they share this build's pending record, a file in the SvelteKit output folder,
 * which holds every route's pages.
 */
import { building, version } from '$app/environment';
import { base } from '$app/paths';
import { clearPending, inputHash, previousRecord, readPending, reuseEnabled, splitKept, writePending } from '../../../../scripts/page-record.js';
import { kitOutDir, siteUrl } from '../config.ts';
import { siteFrame, siteShape } from '../graph/site-model.ts';
import { nodeDocumentData } from '../node-document-data.ts';
import { bodyInputs } from './body-inputs.ts';
import { titleInputs } from './title-inputs.ts';
import { addressOf, fileEntries, pageEntries } from '../emit/listed-entries.ts';
import { phase, still } from '../progress.ts';
import { getSite, type Site } from '../site.ts';

/** A page's file, for its folder in the build (type/id, widget/id, project/sorteer/titel/pagina/2). */
const pageFile = (path: string) => `${path}/index.html`;

/** What a page is rendered from: the code version covers the scripts and markup around the content, the address
 * (with the published origin, which embedding snippets show) is what the page knows besides its data, and the data
 * is the rest. */
const pageHash = (path: string, data: unknown) => inputHash(version, siteUrl(), `${base}/${path}/`, data);

/** This build's record so far, every route's pages in it (the analysis runs in one thread, route after route). */
const record = {
	hashes: new Map<string, string>(),
	kept: [] as string[],
	awaited: [] as string[],
	inputs: undefined as { shape: string; frame: string; bodies: Record<string, string>; titles: Record<string, string> } | undefined
};
const writeRecord = () => writePending(kitOutDir(), version, record.hashes, record.kept, record.awaited, record.inputs);
/** The previous build's record, read once: every kept route compares with it (at 10,000 nodes 1.5 MB of JSON). */
let previousBuild: { record: ReturnType<typeof previousRecord> } | undefined;
const previousOnce = () => (previousBuild ??= { record: previousRecord(version) }).record;
const previous = () => previousOnce()?.pages;

/** This build's code, address and content but for bodies' text, hashed once; the same as the previous build's
 * when only bodies' text changed since. */
let shape: string | undefined;
const currentShape = (site: Site) => (shape ??= inputHash(version, siteUrl(), base, siteShape(site)));
const onlyBodiesChanged = (site: Site) => previousOnce()?.inputs?.shape === currentShape(site);
/** The same without the titles: the same as the previous build's when only bodies' text and titles changed since. */
let frame: string | undefined;
const currentFrame = (site: Site) => (frame ??= inputHash(version, siteUrl(), base, siteFrame(site)));

/**
 * Of one route's pages or files, those to render. `file` gives a page's or file's path in the build folder, `hash`
 * what it is made from, hashed, and `companions` the other files a kept page leaves (its __data.json). `known`, when
 * only bodies' text (or, for node pages, also titles) changed since the previous build: a page's hash when its data is
 * known to be what it was then, so that it need not be computed; `why` says which change it was, in the progress line.
 */
function toRender<T>(
	what: string,
	entries: T[],
	file: (entry: T) => string,
	hash: (entry: T) => string,
	companions?: (file: string) => string[],
	known?: (file: string) => string | undefined,
	why = 'alleen tekst gewijzigd'
): T[] {
	const hashes = new Map(
		entries.map((e, i) => {
			const f = file(e);
			const was = known?.(f);
			if (was) return [f, was];
			still(`${what} nagaan ${i}/${entries.length}`);
			return [f, hash(e)];
		})
	);
	const before = previous();
	const { render, kept } = before ? splitKept(hashes, before, companions) : { render: new Set(hashes.keys()), kept: [] };
	for (const [f, h] of hashes) record.hashes.set(f, h);
	record.kept.push(...kept);
	writeRecord();
	if (render.size < entries.length)
		phase(`${what} uit de vorige build behouden`, `${entries.length - render.size} van ${entries.length}${known ? `, ${why}` : ''}`);
	return entries.filter((e) => render.has(file(e)));
}

export function nodePageEntries(site: Site): { type: string; id: string }[] {
	const all = site.nodes.map((n) => ({ type: n.type, id: n.id }));
	if (!reuseEnabled()) {
		clearPending(kitOutDir());
		return all;
	}
	const file = (n: { type: string; id: string }) => pageFile(`${n.type}/${n.id}`);
	const before = previousOnce();
	const bodies = bodyInputs(site);
	// After an edit to bodies' text alone, the titles and related items are what they were (./title-inputs.ts).
	const sameTitles = before?.inputs?.titles && onlyBodiesChanged(site) ? before.inputs.titles : undefined;
	const titles = sameTitles ? undefined : titleInputs(site);
	record.inputs = {
		shape: currentShape(site),
		frame: currentFrame(site),
		bodies: Object.fromEntries(all.map((n) => [file(n), bodies.get(n.id)!])),
		titles: sameTitles ?? Object.fromEntries(all.map((n) => [file(n), titles!.get(n.id)!]))
	};
	if (!before) {
		// Nothing to compare with (a first build, or new code): every page renders and is hashed as it does
		// (noteRendered), from the data the render computes anyway.
		record.awaited.push(...all.map(file));
		writeRecord();
		return all;
	}
	// When only bodies' text and titles changed since the previous build, a page whose part of the bodies and of the
	// titles is the same has the same data (./body-inputs.ts, ./title-inputs.ts), and so its previous hash.
	const inputs = record.inputs;
	const was = before.inputs;
	const sameFrame = was?.titles && was.frame === inputs.frame;
	return toRender(
		'knooppagina’s',
		all,
		file,
		(n) => pageHash(`${n.type}/${n.id}`, nodeDocumentData(site, n.id)),
		undefined,
		sameFrame ? (f) => (was.bodies[f] === inputs.bodies[f] && was.titles![f] === inputs.titles[f] ? before.pages.get(f) : undefined) : undefined,
		sameTitles ? 'alleen tekst gewijzigd' : 'alleen tekst en titels gewijzigd'
	);
}

/**
 * Of a route's pages, those to render: `route` is the route's id, which gives each page's folder in the build, and
 * `data` exactly what its server load returns, so nothing the page shows is left out of its hash; a kept page keeps
 * its __data.json too. `what` names the pages in the progress line. They are listed to SvelteKit by address
 * (../emit/listed-entries.ts). These pages show nothing of the bodies (tests/unit/body-inputs.test.ts checks the
 * listings and widgets): when only bodies' text changed since the previous build, their data is what it was.
 */
export function keptPageEntries<T extends Record<string, string>>(route: string, what: string, entries: T[], data: (entry: T) => unknown): T[] {
	if (!reuseEnabled()) return pageEntries(route, entries);
	const path = (e: T) => addressOf(route, e).slice(1);
	const render = toRender(
		what,
		entries,
		(e) => pageFile(path(e)),
		(e) => pageHash(path(e), data(e)),
		(file) => [file.replace(/index\.html$/, '__data.json')],
		keptIfOnlyBodiesChanged()
	);
	return pageEntries(route, render);
}

/**
 * Of a file route's files (`route`: its id, e.g. /feed/[id].xml), those to write: `text` makes a file's text at an origin
 * (the published one while building), as its GET serves it through keptFileResponse. A file whose text hashes as in the previous build into the same folder stays there
 * and is not asked for at all: after a one-file edit most feeds and search files are what they were, and each asked
 * for costs SvelteKit's prerender about 2 ms. The hash is of the text itself, so a kept file is never stale; a route
 * whose files show nothing of the bodies (`showsBodies` false, as for keptResponse in ./kept-files.ts) makes none of
 * them after an edit to bodies' text alone.
 */
export function keptFileEntries<T extends Record<string, string>>(
	route: string,
	what: string,
	entries: T[],
	text: (entry: T, origin: string) => string,
	{ showsBodies }: { showsBodies: boolean }
): T[] {
	if (!building || !reuseEnabled()) return fileEntries(route, entries);
	const file = (e: T) => addressOf(route, e).slice(1);
	const before = previous();
	if (!before) {
		// Nothing to compare with (a first build, or new code, which runs the analysis and the prerender in threads of
		// their own): each file is hashed as the prerender makes it (keptFileResponse), so it is made once.
		record.awaited.push(...entries.map(file));
		writeRecord();
		return fileEntries(route, entries);
	}
	// The text is not held for the prerender: these files are about 30 MB at 10,000 nodes, five times that at 50,000,
	// and after an edit few of them change, so those few are made again.
	const hash = (e: T) => fileHash(file(e), text(e, siteUrl()));
	// Files that show nothing of the bodies are what they were after an edit to bodies' text alone: not even made.
	return fileEntries(route, toRender(what, entries, file, hash, undefined, showsBodies ? undefined : keptIfOnlyBodiesChanged()));
}

/** After an edit to bodies' text alone, the previous hash of a page or file that shows nothing of the bodies. */
function keptIfOnlyBodiesChanged(): ((file: string) => string | undefined) | undefined {
	const before = previous();
	return onlyBodiesChanged(getSite()) ? (f) => before?.get(f) : undefined;
}

/**
 * The response of a route whose files keptFileEntries lists, to the request for `url`; hashed for the record when the
 * analysis did not.
 */
export function keptFileResponse(url: URL, contentType: string, make: () => string): Response {
	const file = decodeURIComponent(url.pathname).slice(base.length + 1);
	const text = make();
	noteHash(file, () => fileHash(file, text));
	return new Response(text, { headers: { 'content-type': contentType } });
}

/** What a file is made from: the code, the published address and its text. */
const fileHash = (file: string, text: string) => inputHash(version, siteUrl(), base, file, text);

/** Pages and files this thread hashes as it makes them; null when it hashes none (read from the pending record once). */
let recording: { awaited: Set<string>; hashes: Map<string, string> } | null | undefined;

/** A node page was rendered from `data`: noted as noteHash says. */
export function noteRendered(type: string, id: string, data: ReturnType<typeof nodeDocumentData>) {
	noteHash(pageFile(`${type}/${id}`), () => pageHash(`${type}/${id}`, data));
}

/**
 * A page or file was made. While recording, its hash is noted; once every awaited one has been, the record is
 * complete for the adapter (a build that fails before leaves it incomplete, and the adapter keeps none).
 */
function noteHash(file: string, hash: () => string) {
	if (recording === undefined) {
		const awaited = building && reuseEnabled() ? readPending(kitOutDir())?.awaited : undefined;
		recording = awaited?.length ? { awaited: new Set(awaited), hashes: new Map() } : null;
	}
	if (!recording?.awaited.delete(file)) return;
	recording.hashes.set(file, hash());
	if (recording.awaited.size) return;
	// The other routes' pages were hashed in the analysis, and are in the record already.
	const pending = readPending(kitOutDir());
	const hashes = new Map([...Object.entries(pending?.pages ?? {}), ...recording.hashes]);
	writePending(kitOutDir(), version, new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1))), pending?.kept ?? [], [], pending?.inputs);
	recording = null;
}
