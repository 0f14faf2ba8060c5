import { json } from '@sveltejs/kit';
import { graphJson } from '$lib/server/emit/pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = () => json(graphJson(getSite()));
