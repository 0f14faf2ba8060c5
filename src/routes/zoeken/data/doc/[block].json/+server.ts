import { error, json } from '@sveltejs/kit';
import { buildSearchFiles } from '$lib/server/emit/shared-search-files';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';

export const prerender = true;
export const entries = () =>
	fileEntries(
		'/zoeken/data/doc/[block].json',
		buildSearchFiles(getSite()).blocks.map((_, block) => ({ block: String(block) }))
	);

/** Ids, titles and snippets of one block of documents, fetched when a hit from it is shown. */
export const GET = ({ params }) => {
	const block = buildSearchFiles(getSite()).blocks[Number(params.block)];
	if (!/^\d+$/.test(params.block) || !block) error(404, 'Onbekend zoekbestand');
	return json(block);
};
