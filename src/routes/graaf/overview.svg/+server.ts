import { graphData } from '$lib/server/emit/graph-data';
import { graphPoster } from '$lib/server/emit/graph-poster';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const GET = ({ url }) =>
	keptResponse('graaf/overview.svg', url, () => new Response(graphPoster(graphData(getSite())), { headers: { 'content-type': 'image/svg+xml' } }));
