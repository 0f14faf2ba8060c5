import { base } from '$app/paths';
import { nodePage } from './emit/node-page.ts';
import { openDataLinks } from './emit/open-data-links.ts';
import type { Site } from './site.ts';

/** Everything NodeArticle renders a node page from, besides its URL (hashed for page reuse: src/lib/server/reuse/). */
export const nodeDocumentData = (site: Site, id: string) => ({
	...nodePage(site, id),
	openData: openDataLinks(base, site.byId.get(id)!)
});
