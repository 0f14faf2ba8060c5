import { json } from '@sveltejs/kit';
import { typeNames } from '$lib/registry/registry';
import { listingOptions } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () => typeNames.map((type) => ({ type }));
export const GET = ({ params }) => json(listingOptions(getSite(), params.type));
