import { json } from '@sveltejs/kit';
import { buildSearchFiles } from '$lib/server/emit/shared-search-files';
import { getSite } from '$lib/server/site';

export const prerender = true;

/** The search manifest: ranking columns and the shards and blocks that exist (src/lib/search/shards.ts). */
export const GET = () => json(buildSearchFiles(getSite()).manifest);
