import { base } from '$app/paths';
import { graphJsonLd } from '$lib/server/emit/linked-data';
import { toTurtle } from '$lib/server/emit/turtle';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = async ({ url }) =>
	new Response(await toTurtle(graphJsonLd(getSite(), url.origin, base), url.origin, base), { headers: { 'content-type': 'text/turtle; charset=utf-8' } });
