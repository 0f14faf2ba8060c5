/**
 * A node page arrives as finished HTML: its content is rendered once at build time and the browser keeps it as it is
 * (nothing in it is interactive), so the page ships no copy of its data to hydrate it, and no `__data.json`.
 * The server registers the renderer (src/hooks.server.ts); the page's universal load asks for it only on the server,
 * since code under $lib/server must never reach the browser.
 */
import type { NodeArticleData } from '$lib/server/emit/node-page';

/** Routes of such pages: the root layout turns a client navigation to one into a page load. */
export const DOCUMENT_ROUTES: readonly string[] = ['/[type=contenttype]/[id]'];

export interface NodeDocument {
	id: string;
	title: string;
	/** Rendered head tags (title, description, Open Graph, JSON-LD). */
	head: string;
	/** Rendered content of the page. */
	body: string;
	/** Never set: lets the page import NodeArticle for its styles (see +page.svelte). */
	article?: NodeArticleData;
}

type Renderer = (type: string, id: string, url: URL) => NodeDocument;
let renderer: Renderer | undefined;

export const provideNodeDocuments = (render: Renderer) => (renderer = render);

export function nodeDocument(type: string, id: string, url: URL): NodeDocument {
	if (!renderer) throw new Error('node pages render on the server only (src/hooks.server.ts registers the renderer)');
	return renderer(type, id, url);
}
