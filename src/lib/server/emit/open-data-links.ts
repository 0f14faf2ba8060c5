/** What a node page offers to follow or embed: its Atom feed and its widget, for the types that have them. */
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { feedTypes, topicFeedPath } from './feeds.ts';
import { embedPath, WIDGET_TYPES } from './widget.ts';

export interface OpenDataLinks {
	feed?: { href: string; title: string };
	embed?: string;
}

export function openDataLinks(base: string, node: ContentNode): OpenDataLinks {
	return {
		...(feedTypes.includes(node.type) ? { feed: { href: topicFeedPath(base, node.id), title: `Nieuwe projecten bij ${node.title}` } } : {}),
		...(WIDGET_TYPES.includes(node.type) ? { embed: embedPath(base, node.id) } : {})
	};
}

/** Prerender entries of a route with one page or file per node of these types. */
export const entriesFor = (site: Pick<Site, 'nodes'>, types: readonly string[]) => site.nodes.filter((n) => types.includes(n.type)).map((n) => ({ id: n.id }));
