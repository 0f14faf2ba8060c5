import { error } from '@sveltejs/kit';
import { PREVIEW_SHARDS } from '$lib/link-preview';
import { previews } from '$lib/server/emit/previews';
import { keptFileEntries, keptFileResponse } from '$lib/server/reuse/kept-pages';
import { getSite } from '$lib/server/site';

export const prerender = true;
const shard = ({ deel }: { deel: string }) => JSON.stringify(previews(getSite(), Number(deel)));
export const entries = () =>
	keptFileEntries(
		'/voorbeeld/[deel].json',
		'linkvoorbeelden',
		Array.from({ length: PREVIEW_SHARDS }, (_, k) => ({ deel: String(k) })),
		shard,
		{ showsBodies: false }
	);

/** Link previews of one shard, fetched when a link to one of its nodes is hovered or focused. */
export const GET = ({ params, url }) => {
	const k = Number(params.deel);
	if (!Number.isInteger(k) || k < 0 || k >= PREVIEW_SHARDS) error(404, 'Onbekend deel');
	return keptFileResponse(url, 'application/json', () => shard(params));
};
