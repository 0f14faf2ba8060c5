import { base } from '$app/paths';
import { graphJsonLdParts } from '$lib/server/emit/linked-data';
import { largeFileResponse } from '$lib/server/emit/large-file';
import { writeTurtle } from '$lib/server/emit/turtle';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) =>
	largeFileResponse('graph.ttl', url, 'text/turtle; charset=utf-8', (sink, pieces) =>
		writeTurtle(graphJsonLdParts(getSite(), url.origin, base), url.origin, base, sink, undefined, pieces)
	);
