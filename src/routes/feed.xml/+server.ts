import { base } from '$app/paths';
import { projectFeed } from '$lib/server/emit/feeds';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) => new Response(projectFeed(getSite(), url.origin, base), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
