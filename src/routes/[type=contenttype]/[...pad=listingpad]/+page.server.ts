import { error } from '@sveltejs/kit';
import { listingPage, listingPaths, pageCount, parseListingPath } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';

export const entries = () => listingPaths(getSite());
export const load = ({ params }) => {
	const at = parseListingPath(params.type, params.pad);
	if (!at || at.page > pageCount(getSite(), params.type)) error(404, 'Deze pagina van de lijst bestaat niet.');
	return listingPage(getSite(), params.type, at.sort, at.page);
};
