/**
 * The loaded site, shared by every prerendered route. Loaded once per process;
 * in dev the content plugin bumps a version so edits show without a restart.
 */
import { base } from '$app/paths';
import { contentRoot } from './config.ts';
import { assembleSite, type Site } from './graph/site-model.ts';
import { ContentErrors } from './load/errors.ts';
import { loadContent } from './load/index.ts';
import { phase } from './progress.ts';
import { readSnapshot } from './load/snapshot.ts';

export type { Site };

declare global {
	var __kennisgraafVersion: number | undefined;
}

let cached: { version: number; site: Site } | undefined;

export function getSite(): Site {
	const version = globalThis.__kennisgraafVersion ?? 0;
	if (cached?.version === version) return cached.site;
	phase('inhoud laden', contentRoot());
	const snapshot = readSnapshot(contentRoot(), base);
	const { nodes, relations, errors } = snapshot ? { ...snapshot, errors: [] } : loadContent(contentRoot(), { base });
	phase('inhoud geladen', `${nodes.length} knopen, ${relations.length} relaties`);
	if (errors.length) throw new ContentErrors(errors);
	const site = assembleSite(nodes, relations);
	cached = { version, site };
	return site;
}
