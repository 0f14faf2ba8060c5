import { typeNames } from '$lib/registry/registry';
import { listingOptions } from '$lib/server/emit/listing';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () =>
	keptFileEntries(
		'/[type=contenttype]/opties.json',
		'filteropties',
		typeNames.map((type) => ({ type })),
		({ type }) => JSON.stringify(listingOptions(getSite(), type)),
		{ showsBodies: false }
	);
export const GET = ({ params }) =>
	keptFileResponse(`${params.type}/opties.json`, 'application/json', () => JSON.stringify(listingOptions(getSite(), params.type)));
