import { base } from '$app/paths';
import { graphJsonLd } from '$lib/server/emit/linked-data';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) =>
	new Response(JSON.stringify(graphJsonLd(getSite(), url.origin, base)), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
