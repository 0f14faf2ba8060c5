import { typeNames } from '$lib/registry/registry';
import { listingData } from '$lib/server/emit/listing';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () =>
	keptFileEntries(
		'/[type=contenttype]/lijst.json',
		'lijstdata',
		typeNames.map((type) => ({ type })),
		({ type }) => JSON.stringify(listingData(getSite(), type)),
		{ showsBodies: false }
	);
export const GET = ({ params }) => keptFileResponse(`${params.type}/lijst.json`, 'application/json', () => JSON.stringify(listingData(getSite(), params.type)));
