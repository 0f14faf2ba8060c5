import { dekkingCsv } from '$lib/server/emit/dekking';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = () => new Response(dekkingCsv(getSite()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
