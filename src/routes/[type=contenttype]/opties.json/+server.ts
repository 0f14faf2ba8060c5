import { typeNames } from '$lib/registry/registry';
import { listingOptions } from '$lib/server/emit/listing';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const options = ({ type }: { type: string }) => JSON.stringify(listingOptions(getSite(), type));
export const entries = () =>
	keptFileEntries(
		'/[type=contenttype]/opties.json',
		'filteropties',
		typeNames.map((type) => ({ type })),
		options,
		{ showsBodies: false }
	);
export const GET = ({ params, url }) => keptFileResponse(url, 'application/json', () => options(params));
