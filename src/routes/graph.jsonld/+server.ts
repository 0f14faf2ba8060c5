import { base } from '$app/paths';
import { largeFileResponse } from '$lib/server/emit/large-file';
import { writeGraphJsonLd } from '$lib/server/emit/linked-data';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) =>
	largeFileResponse('graph.jsonld', url, 'application/ld+json; charset=utf-8', (sink) => writeGraphJsonLd(getSite(), url.origin, base, sink));
