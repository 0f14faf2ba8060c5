import { typeNames } from '$lib/registry/registry';
import { siteUrl } from '$lib/server/config';
import { listingCsv } from '$lib/server/emit/exports';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () =>
	keptFileEntries(
		'/[type=contenttype].csv',
		'CSV-exports',
		typeNames.map((type) => ({ type })),
		({ type }) => listingCsv(getSite(), type, siteUrl()),
		{ showsBodies: false }
	);
export const GET = ({ params, url }) => keptFileResponse(`${params.type}.csv`, 'text/csv; charset=utf-8', () => listingCsv(getSite(), params.type, url.origin));
