import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { registry } from '$lib/registry/registry';
import { feedTypes, topicFeedPath } from '$lib/server/emit/feeds';
import { toRef } from '$lib/server/emit/pages';
import { embedSnippet, WIDGET_MESSAGE, WIDGET_THEMES, WIDGET_TYPES, widgetPath } from '$lib/server/emit/widget';
import { entriesFor } from '$lib/server/emit/open-data-links';
import { siteUrl } from '$lib/server/config';
import { keptPageEntries } from '$lib/server/reuse/kept-pages';
import { getSite, type Site } from '$lib/server/site';

export const prerender = true;
// Pages whose data did not change since the previous build are kept from it (src/lib/server/reuse/kept-pages.ts).
// A prerendered page's origin is the published one (svelte.config.js), which siteUrl() gives too.
export const entries = () =>
	keptPageEntries('/insluiten/[id]', '/insluiten/-pagina’s', entriesFor(getSite(), WIDGET_TYPES), ({ id }) => embedPage(getSite(), id, siteUrl()));

/** Everything the page shows of a node that has a widget, with snippets for a site at `origin`. */
function embedPage(site: Site, id: string, origin: string) {
	const node = site.byId.get(id)!;
	return {
		node: toRef(node),
		label: registry[node.type].label,
		widget: widgetPath(base, node.id),
		feed: feedTypes.includes(node.type) ? topicFeedPath(base, node.id) : undefined,
		message: WIDGET_MESSAGE,
		snippets: [
			{ theme: '', label: 'Automatisch (volgt de instelling van de bezoeker)', html: embedSnippet(origin, base, node) },
			...WIDGET_THEMES.map((t) => ({ theme: t, label: t === 'light' ? 'Licht' : 'Donker', html: embedSnippet(origin, base, node, t) }))
		]
	};
}

export const load = ({ params, url }) => {
	const node = getSite().byId.get(params.id);
	if (!node || !WIDGET_TYPES.includes(node.type)) error(404, 'Voor deze pagina is er geen widget');
	return embedPage(getSite(), node.id, url.origin);
};
