import { graphData } from '$lib/server/emit/graph-data';
import { graphPoster } from '$lib/server/emit/graph-poster';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = () => new Response(graphPoster(graphData(getSite())), { headers: { 'content-type': 'image/svg+xml' } });
