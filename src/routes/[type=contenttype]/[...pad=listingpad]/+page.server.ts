import { error } from '@sveltejs/kit';
import { listingPage, listingPaths, pageCount, parseListingPath } from '$lib/server/emit/listing';
import { keptPageEntries } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

// Pages whose rows did not change since the previous build are kept from it (src/lib/server/reuse/kept-pages.ts).
export const entries = () =>
	keptPageEntries('/[type=contenttype]/[...pad=listingpad]', 'lijstpagina’s', listingPaths(getSite()), ({ type, pad }) => listingAt(type, pad));

function listingAt(type: string, pad: string) {
	const at = parseListingPath(type, pad);
	if (!at || at.page > pageCount(getSite(), type)) error(404, 'Deze pagina van de lijst bestaat niet.');
	return listingPage(getSite(), type, at.sort, at.page);
}

export const load = ({ params }) => listingAt(params.type, params.pad);
