import { typeNames } from '$lib/registry/registry';
import { listingCsv } from '$lib/server/emit/exports';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const csv = ({ type }: { type: string }, origin: string) => listingCsv(getSite(), type, origin);
export const entries = () =>
	keptFileEntries(
		'/[type=contenttype].csv',
		'CSV-exports',
		typeNames.map((type) => ({ type })),
		csv,
		{ showsBodies: false }
	);
export const GET = ({ params, url }) => keptFileResponse(url, 'text/csv; charset=utf-8', () => csv(params, url.origin));
