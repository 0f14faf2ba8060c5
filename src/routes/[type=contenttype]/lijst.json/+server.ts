import { typeNames } from '$lib/registry/registry';
import { listingData } from '$lib/server/emit/listing';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const rows = ({ type }: { type: string }) => JSON.stringify(listingData(getSite(), type));
export const entries = () =>
	keptFileEntries(
		'/[type=contenttype]/lijst.json',
		'lijstdata',
		typeNames.map((type) => ({ type })),
		rows,
		{ showsBodies: false }
	);
export const GET = ({ params, url }) => keptFileResponse(url, 'application/json', () => rows(params));
