import { json } from '@sveltejs/kit';
import { graphDetails } from '$lib/server/emit/graph-data';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = () => json(graphDetails(getSite()));
