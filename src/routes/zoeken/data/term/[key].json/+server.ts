import { error, json } from '@sveltejs/kit';
import { searchFiles } from '$lib/server/emit/search-index';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () => [...searchFiles(getSite()).shards.keys()].map((key) => ({ key }));

/** The index terms that start with one key (src/lib/search/shards.ts), fetched when a query needs them. */
export const GET = ({ params }) => {
	const shard = searchFiles(getSite()).shards.get(params.key);
	if (!shard) error(404, 'Onbekend zoekbestand');
	return json(shard);
};
