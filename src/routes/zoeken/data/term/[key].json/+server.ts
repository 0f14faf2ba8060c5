import { error, json } from '@sveltejs/kit';
import { buildSearchFiles } from '$lib/server/emit/shared-search-files';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';

export const prerender = true;
export const entries = () =>
	fileEntries(
		'/zoeken/data/term/[key].json',
		[...buildSearchFiles(getSite()).shards.keys()].map((key) => ({ key }))
	);

/** The index terms that start with one key (src/lib/search/shards.ts), fetched when a query needs them. */
export const GET = ({ params }) => {
	const shard = buildSearchFiles(getSite()).shards.get(params.key);
	if (!shard) error(404, 'Onbekend zoekbestand');
	return json(shard);
};
