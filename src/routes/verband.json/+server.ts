import { json } from '@sveltejs/kit';
import { compactGraph } from '$lib/server/emit/verband';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = () => json(compactGraph(getSite()));
