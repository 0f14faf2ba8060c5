import { error } from '@sveltejs/kit';
import { buildSearchFiles } from '$lib/server/emit/shared-search-files';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const blocks = () => buildSearchFiles(getSite()).blocks;
export const entries = () =>
	keptFileEntries(
		'/zoeken/data/doc/[block].json',
		'zoekbestanden (documenten)',
		blocks().map((_, block) => ({ block: String(block) })),
		({ block }) => JSON.stringify(blocks()[Number(block)]),
		// Made with the index, which every build makes: hashed whatever changed.
		{ showsBodies: true }
	);

/** Ids, titles and snippets of one block of documents, fetched when a hit from it is shown. */
export const GET = ({ params, url }) => {
	const block = blocks()[Number(params.block)];
	if (!/^\d+$/.test(params.block) || !block) error(404, 'Onbekend zoekbestand');
	return keptFileResponse(url, 'application/json', () => JSON.stringify(block));
};
