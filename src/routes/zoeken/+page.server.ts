import { registry, SECTOR_LABELS, SECTOREN } from '$lib/registry/types';
import { TYPE_RELEVANCE } from '$lib/search/per-type';
import { getSite } from '$lib/server/site';

/** The filter choices; the results themselves are computed in the browser. */
export const load = () => {
	const site = getSite();
	return {
		types: TYPE_RELEVANCE.filter((t) => site.byType.has(t)).map((t) => ({ value: t, label: registry[t].label })),
		themas: [...(site.byType.get('thema') ?? [])]
			.sort((a, b) => Number(a.data.nummer ?? 0) - Number(b.data.nummer ?? 0))
			.map((t) => ({ value: t.id, label: t.title })),
		sectoren: SECTOREN.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))
	};
};
