import { base } from '$app/paths';
import { graphJsonLdBytes } from '$lib/server/emit/linked-data';
import { getSite } from '$lib/server/site';

export const prerender = true;
// Written object by object (graphJsonLdBytes): the same text as JSON.stringify of the whole document, without it in memory.
export const GET = ({ url }) =>
	new Response(graphJsonLdBytes(getSite(), url.origin, base) as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
