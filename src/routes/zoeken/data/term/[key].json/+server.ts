import { error } from '@sveltejs/kit';
import { buildSearchFiles } from '$lib/server/emit/shared-search-files';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const shardOf = (key: string) => buildSearchFiles(getSite()).shards.get(key);
export const entries = () =>
	keptFileEntries(
		'/zoeken/data/term/[key].json',
		'zoekbestanden (termen)',
		[...buildSearchFiles(getSite()).shards.keys()].map((key) => ({ key })),
		({ key }) => JSON.stringify(shardOf(key)),
		// Every word of the bodies is in the index.
		{ showsBodies: true }
	);

/** The index terms that start with one key (src/lib/search/shards.ts), fetched when a query needs them. */
export const GET = ({ params, url }) => {
	const shard = shardOf(params.key);
	if (!shard) error(404, 'Onbekend zoekbestand');
	return keptFileResponse(url, 'application/json', () => JSON.stringify(shard));
};
