/**
 * Link previews: what a hovered or focused internal link shows (type, title, summary, counts). The previews
 * are split over a fixed number of small files by a hash of the id, so a page loads only the one it needs,
 * when it needs it, whatever the size of the site.
 */
export const PREVIEW_SHARDS = 32;

export interface Preview {
	type: string;
	title: string;
	summary: string;
	/** E.g. "3 projecten · 2 lectoraten", or "witte vlek: nog niemand". */
	counts: string;
}

/** FNV-1a: the same shard on the server and in the browser. */
export function previewShard(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	return (h >>> 0) % PREVIEW_SHARDS;
}
