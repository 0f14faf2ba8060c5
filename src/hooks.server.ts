import { DOCUMENT_ROUTES, provideNodeDocuments } from '$lib/node-document';
import { renderNodeDocument } from '$lib/server/node-document';
import { base } from '$app/paths';
import { building } from '$app/environment';
import { pulse } from '$lib/server/progress';
import { FRAMABLE, UNFRAMABLE, WIDGET_PREFIX } from '$lib/server/emit/framing';
import { provideDataVersion } from '$lib/fresh';
import { DATA_VERSION_PLACEHOLDER, dataVersion } from '$lib/server/reuse/data-version';

provideNodeDocuments(renderNodeDocument);
provideDataVersion(dataVersion);

/** The framing policy in `npm run dev` and `vite preview` too (a built site gets it from its host). */
export const handle = async ({ event, resolve }) => {
	// Prerendering has no known total across all routes: a line every few seconds shows it moving.
	if (building) pulse('pagina’s en bestanden geprerenderd');
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace(DATA_VERSION_PLACEHOLDER, dataVersion()),
		// A node page is finished HTML (src/lib/node-document.ts): its scripts only hydrate the menu, the search box and
		// the "Netwerk" button, and none of them is needed for the first paint. Without a modulepreload link per script
		// (0.8 KB of every node page) the browser finds them through the imports, a round trip or two later.
		preload: DOCUMENT_ROUTES.includes(event.route.id ?? '') ? ({ type }) => type !== 'js' : undefined
	});
	const widget = event.url.pathname.startsWith(base + WIDGET_PREFIX);
	for (const [name, value] of Object.entries(widget ? FRAMABLE : UNFRAMABLE)) response.headers.set(name, value);
	return response;
};
