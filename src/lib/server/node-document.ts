/** Renders a node page's content to HTML (see src/lib/node-document.ts for why it is not hydrated). */
import { building } from '$app/environment';
import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import NodeArticle from '$lib/components/NodeArticle.svelte';
import type { NodeDocument } from '$lib/node-document';
import { nodeDocumentData } from './node-document-data.ts';
import { tick } from './progress.ts';
import { noteRendered } from './reuse/kept-pages.ts';
import { errorsIn, getSite } from './site.ts';

/** Svelte's hydration markers: this HTML is never hydrated, so they would only add weight (2 KB a page). */
const HYDRATION_MARKERS = /<!--(?:\[[^>]{0,4}|\]|)-->/g;

/**
 * Runs of white space between two tags, left by the template's {#if} blocks and line breaks ("</a>   <span"): one
 * space renders the same. Inside <pre> and <textarea> white space is content, so they are left as they are.
 */
export function collapseSpaceBetweenTags(html: string): string {
	return html
		.split(/(<(?:pre|textarea)[\s>][\s\S]*?<\/(?:pre|textarea)>)/)
		.map((part, i) => (i % 2 ? part : part.replace(/>\s{2,}</g, '> <')))
		.join('');
}

export function renderNodeDocument(type: string, id: string, url: URL): NodeDocument {
	const site = getSite();
	// In `npm run dev` a file with errors gets a page that lists them (a build has stopped before this).
	const file = `${type}/${id}.md`;
	const problems = errorsIn(file);
	if (problems.length)
		error(500, { message: 'Dit bestand heeft fouten', file, problems: problems.map(({ line, message, hint }) => ({ line, message, hint })) });
	if (site.byId.get(id)?.type !== type) error(404, 'Deze pagina bestaat niet');
	if (building) tick('pagina’s gerenderd', site.nodes.length);
	const data = nodeDocumentData(site, id);
	noteRendered(type, id, data);
	const { head, body } = render(NodeArticle, { props: { data, url } });
	return { id, title: data.node.title, head: head.replace(HYDRATION_MARKERS, ''), body: collapseSpaceBetweenTags(body.replace(HYDRATION_MARKERS, '')) };
}
