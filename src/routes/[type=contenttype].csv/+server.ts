import { typeNames } from '$lib/registry/registry';
import { listingCsv } from '$lib/server/emit/exports';
import { getSite } from '$lib/server/site';
import { listedEntries } from '$lib/server/emit/listed-entries';

export const prerender = true;
export const entries = () =>
	listedEntries(
		'/[type=contenttype].csv',
		typeNames.map((type) => ({ type })),
		({ type }) => `/${type}.csv`
	);
export const GET = ({ params, url }) =>
	new Response(listingCsv(getSite(), params.type, url.origin), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
