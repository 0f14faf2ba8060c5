import { dekkingCsv } from '$lib/server/emit/dekking';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const GET = ({ url }) =>
	keptResponse('dekking.csv', url, () => new Response(dekkingCsv(getSite()), { headers: { 'content-type': 'text/csv; charset=utf-8' } }));
