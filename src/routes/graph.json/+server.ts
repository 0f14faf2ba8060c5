import { base } from '$app/paths';
import { largeFileResponse } from '$lib/server/emit/large-file';
import { writeGraphJson } from '$lib/server/emit/pages';
import { keptFileKey } from '$lib/server/reuse/kept-files';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) =>
	largeFileResponse(
		'graph.json',
		'application/json',
		(sink) => writeGraphJson(getSite(), sink),
		() => keptFileKey('graph.json', getSite(), url.origin, base)
	);
