import { error, json } from '@sveltejs/kit';
import { PREVIEW_SHARDS } from '$lib/link-preview';
import { previews } from '$lib/server/emit/previews';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const entries = () =>
	fileEntries(
		'/voorbeeld/[deel].json',
		Array.from({ length: PREVIEW_SHARDS }, (_, k) => ({ deel: String(k) }))
	);

/** Link previews of one shard, fetched when a link to one of its nodes is hovered or focused. */
export const GET = ({ params, url }) => {
	const k = Number(params.deel);
	if (!Number.isInteger(k) || k < 0 || k >= PREVIEW_SHARDS) error(404, 'Onbekend deel');
	return keptResponse(`voorbeeld/${k}.json`, url, () => json(previews(getSite(), k)));
};
