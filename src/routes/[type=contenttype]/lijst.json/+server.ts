import { json } from '@sveltejs/kit';
import { typeNames } from '$lib/registry/registry';
import { listingData } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const entries = () =>
	fileEntries(
		'/[type=contenttype]/lijst.json',
		typeNames.map((type) => ({ type }))
	);
export const GET = ({ params, url }) => keptResponse(`${params.type}/lijst.json`, url, () => json(listingData(getSite(), params.type)));
