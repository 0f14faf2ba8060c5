/**
 * Embeddable widgets (/widget/<id>/, framed by other sites) and the page that offers them (/insluiten/<id>/): for a
 * kennisvraag or thema who works on it, for a lectoraat the kennisvragen it works on. These are pages about the
 * agenda's structure, like /dekking, so they name their types.
 */
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { questionsOf, workersOn } from '../graph/works-on.ts';
import { listItem, sortItems, type ListItem } from './node-meta.ts';
import { toRef } from './pages.ts';

export const WIDGET_TYPES: readonly string[] = ['kennisvraag', 'thema', 'lectoraat'];
/** A widget stays small: the rest is one link away. */
export const WIDGET_MAX = 8;
/** The postMessage a widget sends with its height; the snippet listens for it. */
export const WIDGET_MESSAGE = 'kennisgraaf-widget';
export const WIDGET_THEMES = ['light', 'dark'] as const;

export const widgetPath = (base: string, id: string) => `${base}/widget/${id}/`;
export const embedPath = (base: string, id: string) => `${base}/insluiten/${id}/`;

export interface WidgetGroup {
	label: string;
	total: number;
	items: ListItem[];
}

export function widgetData(site: Site, node: ContentNode) {
	const group = (label: string, nodes: ContentNode[]): WidgetGroup => ({
		label,
		total: nodes.length,
		items: sortItems(site, nodes)
			.slice(0, WIDGET_MAX)
			.map((n) => listItem(site, n))
	});
	const isLectoraat = node.type === 'lectoraat';
	const workers = isLectoraat ? undefined : workersOn(site, node);
	const groups = workers ? [group('Projecten', workers.projects), group('Lectoraten', workers.lectoraten)] : [group('Kennisvragen', questionsOf(site, node))];
	return {
		node: toRef(node),
		heading: isLectoraat ? 'Kennisvragen waaraan dit lectoraat werkt' : 'Wie werkt hieraan?',
		groups: groups.filter((g) => g.total > 0),
		empty: isLectoraat ? 'Dit lectoraat noemt nog geen kennisvragen uit de Kennisagenda.' : 'Nog niemand, voor zover Kennisgraaf weet: een witte vlek.'
	};
}
export type WidgetData = ReturnType<typeof widgetData>;

/**
 * The HTML a site pastes: the iframe and a listener that sets its height from the widget's message, accepting it
 * only from this iframe's window.
 */
export function embedSnippet(origin: string, base: string, node: ContentNode, theme?: (typeof WIDGET_THEMES)[number]): string {
	const src = `${origin}${widgetPath(base, node.id)}${theme ? `?thema=${theme}` : ''}`;
	const title = `Kennisgraaf: ${node.type === 'lectoraat' ? 'kennisvragen van' : 'wie werkt aan'} ${node.title}`.replace(/["<>&]/g, '');
	const id = `kennisgraaf-${node.id}`;
	return [
		`<iframe id="${id}" src="${src}" title="${title}" width="100%" height="420" style="border:0;max-width:40rem" loading="lazy"></iframe>`,
		`<script>addEventListener("message",function(e){var f=document.getElementById("${id}");` +
			`if(f&&e.source===f.contentWindow&&e.data&&e.data.type==="${WIDGET_MESSAGE}")f.style.height=e.data.height+"px"})</script>`
	].join('\n');
}
