/**
 * The same corpus as a flat vault for Hugo (npm run bench -- --peers): one Markdown file per node with its title and
 * body, and every relation of graph.json as a link, so both generators build the same pages and links.
 * The link count of the vault is checked against graph.json's edge count before anything is timed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild, type BuildResult } from './build.ts';

interface Graph {
	nodes: { id: string; type: string; title: string }[];
	edges: { source: string; target: string; type: string }[];
}

const LAYOUTS = {
	'_default/baseof.html':
		'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>',
	'_default/single.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}',
	'_default/list.html':
		'{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}'
};

export const hugoAvailable = () => {
	try {
		execFileSync('hugo', ['version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

const WIKI = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]/g;
const LINK = /\]\(\/[^)]*\)/g;

/** Writes the vault for a corpus folder and its built graph.json; returns the number of links written. */
export function writeVault(content: string, graph: Graph, dir: string): number {
	rmSync(dir, { recursive: true, force: true });
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const out = new Map(graph.nodes.map((n) => [n.id, [] as string[]]));
	for (const e of graph.edges) {
		const t = byId.get(e.target)!;
		out.get(e.source)!.push(`- ${e.type}: [${t.title.replace(/[[\]]/g, '')}](/${t.type}/${t.id}/)`);
	}
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'hugo.toml'), 'baseURL = "http://localhost/"\nlanguageCode = "nl"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
	for (const [file, text] of Object.entries(LAYOUTS)) {
		mkdirSync(join(dir, 'layouts', file, '..'), { recursive: true });
		writeFileSync(join(dir, 'layouts', file), text);
	}
	let links = 0;
	for (const n of graph.nodes) {
		const source = readFileSync(join(content, n.type, `${n.id}.md`), 'utf8');
		// The body after the frontmatter, with [[id|label]] as its label: the relation is in the list below.
		const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(WIKI, (_, id: string, label?: string) => label ?? byId.get(id.trim())?.title ?? id);
		const relations = out.get(n.id)!.join('\n');
		links += relations.match(LINK)?.length ?? 0;
		mkdirSync(join(dir, 'content', n.type), { recursive: true });
		writeFileSync(join(dir, 'content', n.type, `${n.id}.md`), `---\ntitle: ${JSON.stringify(n.title)}\n---\n${body}\n\n${relations}\n`);
	}
	if (links !== graph.edges.length) throw new Error(`vault has ${links} links, graph.json ${graph.edges.length} edges`);
	return links;
}

/** A cold Hugo build of the vault, measured like ours. */
export function buildHugo(dir: string): Promise<BuildResult> {
	const out = join(dir, 'public');
	rmSync(out, { recursive: true, force: true });
	rmSync(join(dir, 'resources'), { recursive: true, force: true });
	return measureBuild(['hugo', '--quiet', '--source', dir, '--destination', 'public', '--ignoreCache'], {}, out, `hugo build of ${dir}`);
}
