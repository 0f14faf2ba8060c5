import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { feedTypes, topicFeed } from '$lib/server/emit/feeds';
import { entriesFor } from '$lib/server/emit/open-data-links';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const feed = ({ id }: { id: string }, origin: string) => topicFeed(getSite(), getSite().byId.get(id)!, origin, base);
export const entries = () => keptFileEntries('/feed/[id].xml', 'feeds', entriesFor(getSite(), feedTypes), feed, { showsBodies: false });
export const GET = ({ params, url }) => {
	const node = getSite().byId.get(params.id);
	if (!node || !feedTypes.includes(node.type)) error(404, 'Voor deze pagina is er geen feed');
	return keptFileResponse(url, 'application/atom+xml; charset=utf-8', () => feed(params, url.origin));
};
