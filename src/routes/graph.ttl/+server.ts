import { base } from '$app/paths';
import { graphJsonLdParts } from '$lib/server/emit/linked-data';
import { turtleBytes } from '$lib/server/emit/turtle';
import { getSite } from '$lib/server/site';

export const prerender = true;
// Written node by node (turtleBytes): the whole graph's triples at once took several copies of it in memory.
export const GET = async ({ url }) =>
	new Response((await turtleBytes(graphJsonLdParts(getSite(), url.origin, base), url.origin, base)) as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'text/turtle; charset=utf-8' }
	});
