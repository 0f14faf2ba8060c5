import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { siteUrl } from '$lib/server/config';
import { feedTypes, topicFeed } from '$lib/server/emit/feeds';
import { entriesFor } from '$lib/server/emit/open-data-links';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () =>
	keptFileEntries('/feed/[id].xml', 'feeds', entriesFor(getSite(), feedTypes), ({ id }) => topicFeed(getSite(), getSite().byId.get(id)!, siteUrl(), base), {
		showsBodies: false
	});
export const GET = ({ params, url }) => {
	const node = getSite().byId.get(params.id);
	if (!node || !feedTypes.includes(node.type)) error(404, 'Voor deze pagina is er geen feed');
	return keptFileResponse(`feed/${node.id}.xml`, 'application/atom+xml; charset=utf-8', () => topicFeed(getSite(), node, url.origin, base));
};
