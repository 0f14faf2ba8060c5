/** sitemap.xml and the Atom feed of projects: absolute URLs from the site origin (SITE_URL). */
import { typeNames } from '../../registry/registry.ts';
import { typeUrl } from '../../urls.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

export const xmlEscape = (s: string) =>
	s
		.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
		// Characters XML 1.0 forbids, which could come in with pasted text.
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const dateOf = (n: ContentNode<'project'>): string | undefined => n.data.bijgewerkt ?? n.data.start;

/**
 * Every page: home, listings, node pages, and the other pages (`pages`: paths without base,
 * e.g. "/dekking/", found from the route files by the caller).
 */
export function sitemapXml(site: Pick<Site, 'nodes'>, origin: string, base: string, pages: string[]): string {
	const urls: { loc: string; lastmod?: string }[] = [
		{ loc: `${base}/` },
		...typeNames.map((t) => ({ loc: typeUrl(base, t) })),
		...pages.filter((p) => p !== '/').map((p) => ({ loc: `${base}${p}` })),
		...site.nodes.map((n) => ({ loc: n.url, lastmod: n.data.bijgewerkt }))
	];
	const seen = new Set<string>();
	const body = urls
		.filter((u) => !seen.has(u.loc) && Boolean(seen.add(u.loc)))
		.map((u) => `  <url><loc>${xmlEscape(origin + u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Projects, most recently changed first (bijgewerkt, else start), as Atom 1.0. */
export function projectFeed(site: Pick<Site, 'of' | 'byId'>, origin: string, base: string, limit = 100): string {
	const projects = [...site.of('project')]
		.filter((p) => dateOf(p))
		.sort((a, b) => dateOf(b)!.localeCompare(dateOf(a)!) || a.id.localeCompare(b.id))
		.slice(0, limit);
	const stamp = (d: string) => `${d}T00:00:00Z`;
	const updated = projects.length ? stamp(dateOf(projects[0])!) : '1970-01-01T00:00:00Z';
	const self = `${origin}${base}/feed.xml`;
	const names = (ids: string[] | undefined) => (ids ?? []).map((id) => site.byId.get(id)?.title ?? id);
	const entries = projects.map((p) => {
		const url = origin + p.url;
		const authors = names(p.data.lectoraten);
		const categories = names(p.data.themas);
		return [
			'  <entry>',
			`    <id>${xmlEscape(url)}</id>`,
			`    <title>${xmlEscape(p.title)}</title>`,
			`    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
			`    <updated>${stamp(dateOf(p)!)}</updated>`,
			...authors.map((a) => `    <author><name>${xmlEscape(a)}</name></author>`),
			...categories.map((c) => `    <category term="${xmlEscape(c)}"/>`),
			`    <summary>${xmlEscape(p.summary)}${p.data.voorbeeld ? ' (Voorbeeldinhoud: dit project is verzonnen.)' : ''}</summary>`,
			'  </entry>'
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
		`  <id>${xmlEscape(self)}</id>`,
		'  <title>Kennisgraaf: nieuwe en bijgewerkte projecten</title>',
		'  <subtitle>Onderzoeksprojecten bij de Kennisagenda voor het onderwijs, nieuwste wijziging eerst.</subtitle>',
		`  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}${base}/project/`)}"/>`,
		`  <updated>${updated}</updated>`,
		'  <author><name>Kennisgraaf</name></author>',
		...entries,
		'</feed>',
		''
	].join('\n');
}
