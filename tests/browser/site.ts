/** What the browser tests know about the built site, read from its graph.json. */
import { readFileSync } from 'node:fs';

export const BUILD = process.env.BUILD_DIR ?? 'build';
export const SUBPATH_BUILD = process.env.SUBPATH_BUILD_DIR ?? `${BUILD}-subpath`;
/** The build's data version, which pages carry in a meta tag and add to the data files they fetch (src/lib/fresh.ts). */
export const BUILD_VERSION = /<meta name="kennisgraaf-data" content="([^"]+)"/.exec(readFileSync(`${BUILD}/index.html`, 'utf8'))![1];
export const SUBPATH_URL = `http://127.0.0.1:${Number(process.env.TEST_PORT ?? 4317) + 1}/kennisgraaf/`;

export interface GraphNode {
	id: string;
	type: string;
	title: string;
	url: string;
	voorbeeld: boolean;
	[field: string]: unknown;
}

export interface Graph {
	nodes: GraphNode[];
	edges: { source: string; target: string; type: string }[];
}

/** The graph.json of a build folder. */
export const readGraph = (build: string) => JSON.parse(readFileSync(`${build}/graph.json`, 'utf8')) as Graph;

export const graph = readGraph(BUILD);

/** The generated corpus of at least 2,000 nodes that journeys.spec.ts also runs on (built by scripts/test.sh). */
export const CORPUS_BUILD = `${BUILD}-corpus`;

export const types = [...new Set(graph.nodes.map((n) => n.type))];

/** One node page per type (the first in file order), for per-page-type checks. */
export const samplePages = types.map((t) => graph.nodes.find((n) => n.type === t)!);

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
const ids = new WeakMap<Graph, Map<string, GraphNode>>();
/** The nodes of a graph by id (once per graph). */
export function nodesById(g: Graph): Map<string, GraphNode> {
	let out = ids.get(g);
	if (!out) ids.set(g, (out = new Map(g.nodes.map((n) => [n.id, n]))));
	return out;
}

/**
 * Sectors a kennisvraag is listed under: its own, its gamechanger's, and those of the projects that
 * work on it (a teacher in vo finds a question a vo project works on, even when it is tagged mbo only).
 */
export function kennisvraagSectors(kv: GraphNode, g: Graph = graph): Set<string> {
	const byId = nodesById(g);
	const out = new Set([...list(kv.sectoren), ...list(byId.get(String(kv.gamechanger))?.sectoren)]);
	for (const e of g.edges)
		if (e.type === 'kennisvragen' && e.target === kv.id && byId.get(e.source)?.type === 'project')
			for (const s of list(byId.get(e.source)?.sectoren)) out.add(s);
	return out;
}
