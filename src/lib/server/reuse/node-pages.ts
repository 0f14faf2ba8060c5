/**
 * The node pages this build renders: those whose inputs changed since the previous build into the same folder, or
 * all of them (scripts/page-record.js says how a page is kept and why it cannot go stale).
 */
import { version } from '$app/environment';
import { base } from '$app/paths';
import { inputHash, pagesToRender } from '../../../../scripts/page-record.js';
import { nodeDocumentData } from '../node-document.ts';
import { phase } from '../progress.ts';
import type { Site } from '../site.ts';

const pageFile = (type: string, id: string) => `${type}/${id}/index.html`;

export function nodePageEntries(site: Site): { type: string; id: string }[] {
	const hashes = new Map<string, string>();
	// The code version covers the scripts and markup around the content; the URL the component receives; the data the rest.
	for (const node of site.nodes)
		hashes.set(pageFile(node.type, node.id), inputHash(version, `${base}/${node.type}/${node.id}/`, nodeDocumentData(site, node.id)));
	const render = pagesToRender(hashes, process.env.KIT_OUT_DIR ?? '.svelte-kit');
	if (render.size < site.nodes.length) phase('knooppagina’s uit de vorige build behouden', `${site.nodes.length - render.size} van ${site.nodes.length}`);
	return site.nodes.filter((n) => render.has(pageFile(n.type, n.id))).map((n) => ({ type: n.type, id: n.id }));
}
