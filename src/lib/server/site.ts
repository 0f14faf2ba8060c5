/**
 * The loaded site, shared by every prerendered route. Loaded once per process;
 * in dev the content plugin bumps a version so edits show without a restart.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { contentRoot } from './config.ts';
import { assembleSite, type Site } from './graph/site-model.ts';
import { ContentErrors, type ContentError } from './load/errors.ts';
import { loadContent } from './load/index.ts';
import { phase } from './progress.ts';
import { readSnapshot } from './load/snapshot.ts';
import { sharedLoaded } from './load/dev-share.ts';

export type { Site };

let cached: { version: number; site: Site; errors: ContentError[] } | undefined;

/**
 * A build stops at the first content error (the content plugin lists them all before this runs). `npm run dev` keeps
 * going with the valid files, so one mistake does not break every page: the broken file's page shows its errors.
 */
export function getSite(): Site {
	const version = globalThis.__kennisgraafVersion ?? 0;
	if (cached?.version === version) return cached.site;
	phase('inhoud laden', contentRoot());
	const snapshot = readSnapshot(contentRoot(), base);
	const { nodes, relations, errors } = snapshot
		? { ...snapshot, errors: [] }
		: (sharedLoaded(contentRoot(), base) ?? loadContent(contentRoot(), { base, cache: 'memory' }));
	phase('inhoud geladen', `${nodes.length} knopen, ${relations.length} relaties`);
	if (errors.length && !dev) throw new ContentErrors(errors);
	// In `npm run dev` an edit mostly changes one body: what did not change is taken over from the site before.
	const site = assembleSite(nodes, relations, dev ? cached?.site : undefined);
	phase('graaf van de inhoud opgebouwd');
	cached = { version, site, errors };
	return site;
}

/** The content errors of one file (path relative to the content folder); only `npm run dev` gets this far with any. */
export function errorsIn(file: string): ContentError[] {
	getSite();
	return cached!.errors.filter((e) => e.file === file);
}
