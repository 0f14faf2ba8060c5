/**
 * What a node page shows of bodies: its own HTML, and the quote around each text link to it (the backlink quotes of
 * ../emit/node-page.ts). Between two contents with the same shape (shapeHash in ../graph/site-model.ts: they differ
 * only in bodies' text) a node page's data can differ only where these do, so a second build after a body edit
 * renders those pages and keeps the rest without computing their data (./kept-pages.ts).
 * tests/unit/body-inputs.test.ts checks that claim on every page after body edits: a page that reads more of a body
 * than this would fail it.
 */
import { createHash } from 'node:crypto';
import { LINK_RELATION } from '../../registry/registry.ts';
import type { Site } from '../site.ts';

/** Node id → a hash of what its page shows of bodies. */
export function bodyInputs(site: Pick<Site, 'nodes' | 'relations'>): Map<string, string> {
	const quotes = new Map<string, unknown[]>();
	for (const r of site.relations) {
		if (r.type !== LINK_RELATION || !r.context) continue;
		const list = quotes.get(r.target);
		if (list) list.push(r.source, r.context);
		else quotes.set(r.target, [r.source, r.context]);
	}
	return new Map(
		site.nodes.map((n) => [
			n.id,
			createHash('sha256')
				.update(`${n.html.length}:`)
				.update(n.html)
				.update(JSON.stringify(quotes.get(n.id) ?? []))
				.digest('hex')
				.slice(0, 32)
		])
	);
}
