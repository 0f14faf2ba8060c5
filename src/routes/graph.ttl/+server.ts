import { base } from '$app/paths';
import { graphJsonLdParts } from '$lib/server/emit/linked-data';
import { largeFileResponse } from '$lib/server/emit/large-file';
import { writeTurtle } from '$lib/server/emit/turtle';
import { keptFileKey } from '$lib/server/reuse/kept-files';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) =>
	largeFileResponse(
		'graph.ttl',
		'text/turtle; charset=utf-8',
		(sink) => writeTurtle(graphJsonLdParts(getSite(), url.origin, base), url.origin, base, sink),
		() => keptFileKey('graph.ttl', getSite(), url.origin, base)
	);
