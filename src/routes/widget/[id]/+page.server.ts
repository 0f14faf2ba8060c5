import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { registry } from '$lib/registry/registry';
import { serializeJsonLd } from '$lib/server/emit/jsonld';
import { WIDGET_MESSAGE, WIDGET_THEMES, WIDGET_TYPES, widgetData } from '$lib/server/emit/widget';
import { entriesFor } from '$lib/server/emit/open-data-links';
import { keptPageEntries } from '$lib/server/reuse/kept-pages';
import { getSite, type Site } from '$lib/server/site';

export const prerender = true;
// A widget is plain HTML and one small script: no app to download into someone else's page.
export const csr = false;
// Pages whose data did not change since the previous build are kept from it (src/lib/server/reuse/kept-pages.ts).
export const entries = () => keptPageEntries('/widget/[id]', '/widget/-pagina’s', entriesFor(getSite(), WIDGET_TYPES), ({ id }) => widgetPage(getSite(), id));

/**
 * Runs in the frame: applies ?thema=light|dark, and sends the page's height to the embedding page whenever it
 * changes, so the iframe can fit it (the snippet on /insluiten/ listens).
 */
const script = (id: string) => `(function () {
	var theme = new URLSearchParams(location.search).get('thema');
	if (${serializeJsonLd(WIDGET_THEMES)}.indexOf(theme) >= 0) document.documentElement.setAttribute('data-thema', theme);
	if (window.parent === window) return;
	addEventListener('DOMContentLoaded', function () {
		// The widget's own height: the document's would be at least the iframe's, and never shrink.
		var main = document.querySelector('main');
		function send() {
			window.parent.postMessage({ type: ${serializeJsonLd(WIDGET_MESSAGE)}, id: ${serializeJsonLd(id)}, height: Math.ceil(main.getBoundingClientRect().height) }, '*');
		}
		send();
		if (window.ResizeObserver) new ResizeObserver(send).observe(main);
		// A page that starts listening after the widget loaded asks for the height.
		addEventListener('message', function (e) {
			if (e.source === window.parent && e.data && e.data.type === ${serializeJsonLd(WIDGET_MESSAGE)}) send();
		});
	});
})();`;

/** Everything the page shows of a node that has a widget. */
function widgetPage(site: Site, id: string) {
	const node = site.byId.get(id)!;
	return { ...widgetData(site, node), label: registry[node.type].label, home: `${base}/`, script: script(node.id) };
}

export const load = ({ params }) => {
	const site = getSite();
	const node = site.byId.get(params.id);
	if (!node || !WIDGET_TYPES.includes(node.type)) error(404, 'Voor deze pagina is er geen widget');
	return widgetPage(site, node.id);
};
