import { browser } from '$app/environment';
import { nodeDocument } from '$lib/node-document';

const KEPT = ' ';

export const load = ({ params, url }) =>
	browser
		? // Hydrating the prerendered page (a client navigation to it loads it as a document: DOCUMENT_ROUTES):
			// the content stays as rendered (Svelte keeps the server's {@html} when the client's differs; an empty
			// string would not claim it), and only the local graph needs the title.
			{ id: params.id, title: document.querySelector('main h1')?.textContent ?? '', head: KEPT, body: KEPT }
		: nodeDocument(params.type, params.id, url);
