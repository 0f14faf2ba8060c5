import { json } from '@sveltejs/kit';
import { compactGraph } from '$lib/server/emit/verband';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const GET = ({ url }) => keptResponse('verband.json', url, () => json(compactGraph(getSite())));
