import { provideNodeDocuments } from '$lib/node-document';
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
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace(DATA_VERSION_PLACEHOLDER, dataVersion()) });
	const widget = event.url.pathname.startsWith(base + WIDGET_PREFIX);
	for (const [name, value] of Object.entries(widget ? FRAMABLE : UNFRAMABLE)) response.headers.set(name, value);
	return response;
};
