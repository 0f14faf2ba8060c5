import { typeNames } from '$lib/registry/registry';
import { listingCsv } from '$lib/server/emit/exports';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const entries = () =>
	fileEntries(
		'/[type=contenttype].csv',
		typeNames.map((type) => ({ type }))
	);
export const GET = ({ params, url }) =>
	keptResponse(
		`${params.type}.csv`,
		url,
		() => new Response(listingCsv(getSite(), params.type, url.origin), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
	);
