/**
 * The node pages this build renders: those whose inputs changed since the previous build into the same folder, or
 * all of them (scripts/page-record.js says how a page is kept and why it cannot go stale).
 *
 * SvelteKit asks for the pages (entries) in its route analysis and renders them in its prerender step, two worker
 * threads; they share this build's pending record, a file in the SvelteKit output folder.
 */
import { building, version } from '$app/environment';
import { base } from '$app/paths';
import { clearPending, inputHash, pagesToRender, previousPages, readPending, reuseEnabled, writePending } from '../../../../scripts/page-record.js';
import { nodeDocumentData } from '../node-document-data.ts';
import { phase } from '../progress.ts';
import type { Site } from '../site.ts';

const pageFile = (type: string, id: string) => `${type}/${id}/index.html`;
const kitOutDir = () => process.env.KIT_OUT_DIR ?? '.svelte-kit';

/** What a page is rendered from: the code version covers the scripts and markup around the content, the URL is what
 * the component receives besides its data, and the data is the rest. */
const pageHash = (type: string, id: string, data: ReturnType<typeof nodeDocumentData>) => inputHash(version, `${base}/${type}/${id}/`, data);

export function nodePageEntries(site: Site): { type: string; id: string }[] {
	const all = site.nodes.map((n) => ({ type: n.type, id: n.id }));
	if (!reuseEnabled()) {
		clearPending(kitOutDir());
		return all;
	}
	const previous = previousPages(version);
	if (!previous) {
		// Nothing to compare with (a first build, or new code): every page renders and is hashed as it does
		// (noteRendered), from the data the render computes anyway.
		writePending(
			kitOutDir(),
			version,
			new Map(),
			[],
			all.map((n) => pageFile(n.type, n.id))
		);
		return all;
	}
	const hashes = new Map<string, string>();
	for (const node of site.nodes) hashes.set(pageFile(node.type, node.id), pageHash(node.type, node.id, nodeDocumentData(site, node.id)));
	const render = pagesToRender(hashes, previous, version, kitOutDir());
	if (render.size < site.nodes.length) phase('knooppagina’s uit de vorige build behouden', `${site.nodes.length - render.size} van ${site.nodes.length}`);
	return all.filter((n) => render.has(pageFile(n.type, n.id)));
}

/** Pages this thread hashes as they render; null when it hashes none (read from the pending record once). */
let recording: { awaited: Set<string>; hashes: Map<string, string> } | null | undefined;

/**
 * A node page was rendered from `data`. While recording, its hash is noted; once every awaited page has been, the
 * record is complete for the adapter (a build that fails before leaves it incomplete, and the adapter keeps none).
 */
export function noteRendered(type: string, id: string, data: ReturnType<typeof nodeDocumentData>) {
	if (recording === undefined) {
		const awaited = building && reuseEnabled() ? readPending(kitOutDir())?.awaited : undefined;
		recording = awaited?.length ? { awaited: new Set(awaited), hashes: new Map() } : null;
	}
	const file = pageFile(type, id);
	if (!recording?.awaited.delete(file)) return;
	recording.hashes.set(file, pageHash(type, id, data));
	if (recording.awaited.size) return;
	writePending(kitOutDir(), version, new Map([...recording.hashes].sort(([a], [b]) => (a < b ? -1 : 1))), []);
	recording = null;
}
