import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { registry } from '$lib/registry/registry';
import { feedTypes, topicFeedPath } from '$lib/server/emit/feeds';
import { toRef } from '$lib/server/emit/pages';
import { embedSnippet, WIDGET_MESSAGE, WIDGET_THEMES, WIDGET_TYPES, widgetPath } from '$lib/server/emit/widget';
import { entriesFor } from '$lib/server/emit/open-data-links';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const entries = () => entriesFor(getSite(), WIDGET_TYPES);

export const load = ({ params, url }) => {
	const node = getSite().byId.get(params.id);
	if (!node || !WIDGET_TYPES.includes(node.type)) error(404, 'Voor deze pagina is er geen widget');
	return {
		node: toRef(node),
		label: registry[node.type].label,
		widget: widgetPath(base, node.id),
		feed: feedTypes.includes(node.type) ? topicFeedPath(base, node.id) : undefined,
		message: WIDGET_MESSAGE,
		snippets: [
			{ theme: '', label: 'Automatisch (volgt de instelling van de bezoeker)', html: embedSnippet(url.origin, base, node) },
			...WIDGET_THEMES.map((t) => ({ theme: t, label: t === 'light' ? 'Licht' : 'Donker', html: embedSnippet(url.origin, base, node, t) }))
		]
	};
};
