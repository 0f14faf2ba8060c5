import { json } from '@sveltejs/kit';
import { typeNames } from '$lib/registry/registry';
import { listingData } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';
import { listedEntries } from '$lib/server/emit/listed-entries';

export const prerender = true;
export const entries = () =>
	listedEntries(
		'/[type=contenttype]/lijst.json',
		typeNames.map((type) => ({ type })),
		({ type }) => `/${type}/lijst.json`
	);
export const GET = ({ params }) => json(listingData(getSite(), params.type));
