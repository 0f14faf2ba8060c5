/**
 * The loaded site, shared by every prerendered route. Loaded once per process;
 * in dev the content plugin bumps a version so edits show without a restart.
 */
import { base } from '$app/paths';
import { contentRoot } from './config.ts';
import { buildGraph, type KnowledgeGraph } from './graph/build.ts';
import { ContentErrors } from './load/errors.ts';
import { loadContent, type ContentNode, type Relation } from './load/index.ts';
import { phase } from './progress.ts';
import { readSnapshot } from './load/snapshot.ts';

export interface Site {
	nodes: ContentNode[];
	byId: Map<string, ContentNode>;
	byType: Map<string, ContentNode[]>;
	relations: Relation[];
	graph: KnowledgeGraph;
}

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
	const byType = new Map<string, ContentNode[]>();
	for (const n of nodes) {
		const list = byType.get(n.type);
		if (list) list.push(n);
		else byType.set(n.type, [n]);
	}
	const site = { nodes, byId: new Map(nodes.map((n) => [n.id, n])), byType, relations, graph: buildGraph(nodes, relations) };
	cached = { version, site };
	return site;
}
