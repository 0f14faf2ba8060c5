import { base } from '$app/paths';
import { projectFeed } from '$lib/server/emit/feeds';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const GET = ({ url }) =>
	keptResponse(
		'feed.xml',
		url,
		() => new Response(projectFeed(getSite(), url.origin, base), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
	);
