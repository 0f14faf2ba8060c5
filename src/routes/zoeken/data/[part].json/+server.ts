import { error, json } from '@sveltejs/kit';
import { SEARCH_PARTS, type SearchPart } from '$lib/search/data';
import { searchData } from '$lib/server/emit/search-index';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () => SEARCH_PARTS.map((part) => ({ part }));

/** The search index (term index export) and the stored fields, fetched when search first opens. */
export const GET = ({ params }) => {
	if (!SEARCH_PARTS.includes(params.part as SearchPart)) error(404, 'Onbekend zoekbestand');
	const data = searchData(getSite());
	return json(params.part === 'index' ? data.index : data.docs);
};
