import { json } from '@sveltejs/kit';
import { searchFiles } from '$lib/server/emit/search-index';
import { getSite } from '$lib/server/site';

export const prerender = true;

/** The search manifest: ranking columns and the shards and blocks that exist (src/lib/search/shards.ts). */
export const GET = () => json(searchFiles(getSite()).manifest);
