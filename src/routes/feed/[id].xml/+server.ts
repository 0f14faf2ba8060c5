import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { feedTypes, topicFeed } from '$lib/server/emit/feeds';
import { entriesFor } from '$lib/server/emit/open-data-links';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const entries = () => fileEntries('/feed/[id].xml', entriesFor(getSite(), feedTypes));
export const GET = ({ params, url }) => {
	const node = getSite().byId.get(params.id);
	if (!node || !feedTypes.includes(node.type)) error(404, 'Voor deze pagina is er geen feed');
	return keptResponse(
		`feed/${node.id}.xml`,
		url,
		() => new Response(topicFeed(getSite(), node, url.origin, base), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
	);
};
