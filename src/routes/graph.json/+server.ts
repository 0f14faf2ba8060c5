import { largeFileResponse } from '$lib/server/emit/large-file';
import { writeGraphJson } from '$lib/server/emit/pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = ({ url }) => largeFileResponse('graph.json', url, 'application/json', (sink) => writeGraphJson(getSite(), sink));
