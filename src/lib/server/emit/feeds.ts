/** sitemap.xml and the Atom feeds of projects (all, and per kennisvraag, gamechanger and thema): absolute URLs from the site origin (SITE_URL). */
import { registry, relationFields, typeAncestors, typeNames } from '../../registry/registry.ts';
import { typeUrl } from '../../urls.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { workersOn } from '../graph/works-on.ts';
import { VOORBEELD, vocabNs } from './vocab.ts';

type WorkSite = Parameters<typeof workersOn>[0];

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

interface FeedSpec {
	/** Absolute URL of the feed itself. */
	self: string;
	title: string;
	subtitle: string;
	/** The page the feed is about. */
	alternate: string;
	projects: ContentNode<'project'>[];
	/** When the feed has no entries: the date of what it is about, else the epoch (a build must not read the clock). */
	fallbackDate?: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const stamp = (d: string) => `${d}T00:00:00Z`;

/**
 * Projects, most recently changed first (bijgewerkt, else start), as Atom 1.0. Invented projects say so in their
 * summary and carry a category from Kennisgraaf's vocabulary, so a feed reader and a harvester both see it.
 */
function atomFeed(site: Pick<Site, 'byId'>, origin: string, base: string, spec: FeedSpec, limit = 100): string {
	const projects = spec.projects
		.filter((p) => dateOf(p))
		// ISO dates and ids sort by code unit; localeCompare would cost the feeds of a large corpus seconds.
		.sort((a, b) => compare(dateOf(b)!, dateOf(a)!) || compare(a.id, b.id))
		.slice(0, limit);
	const updated = stamp(projects.length ? dateOf(projects[0])! : (spec.fallbackDate ?? '1970-01-01'));
	const names = (ids: string[] | undefined) => (ids ?? []).map((id) => site.byId.get(id)?.title ?? id);
	const kg = vocabNs(origin, base);
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
			...(p.data.voorbeeld ? [`    <category term="${VOORBEELD}" scheme="${xmlEscape(kg)}" label="Voorbeeldinhoud (verzonnen)"/>`] : []),
			`    <summary>${xmlEscape(p.summary)}${p.data.voorbeeld ? ' (Voorbeeldinhoud: dit project is verzonnen.)' : ''}</summary>`,
			'  </entry>'
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
		`  <id>${xmlEscape(spec.self)}</id>`,
		`  <title>${xmlEscape(spec.title)}</title>`,
		`  <subtitle>${xmlEscape(spec.subtitle)}</subtitle>`,
		`  <link rel="self" type="application/atom+xml" href="${xmlEscape(spec.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xmlEscape(spec.alternate)}"/>`,
		`  <updated>${updated}</updated>`,
		'  <author><name>Kennisgraaf</name></author>',
		...entries,
		'</feed>',
		''
	].join('\n');
}

/** /feed.xml: all projects. */
export function projectFeed(site: Pick<Site, 'of' | 'byId'>, origin: string, base: string, limit = 100): string {
	return atomFeed(
		site,
		origin,
		base,
		{
			self: `${origin}${base}/feed.xml`,
			title: 'Kennisgraaf: nieuwe en bijgewerkte projecten',
			subtitle: 'Onderzoeksprojecten bij de Kennisagenda voor het onderwijs, nieuwste wijziging eerst.',
			alternate: `${origin}${base}/project/`,
			projects: [...site.of('project')]
		},
		limit
	);
}

/**
 * The types with a feed of their own: the parts of an agenda a project can name (kennisvraag, gamechanger, thema),
 * from the project's reference fields in the registry.
 */
export const feedTypes: readonly string[] = relationFields(registry.project)
	.flatMap((f) => f.field.to)
	.filter((t, i, all) => typeAncestors(t).length > 0 && all.indexOf(t) === i);

export const topicFeedPath = (base: string, id: string) => `${base}/feed/${id}.xml`;

/** /feed/<id>.xml: new and updated projects working on one kennisvraag, gamechanger or thema (or below it). */
export function topicFeed(site: WorkSite, node: ContentNode, origin: string, base: string): string {
	const label = registry[node.type].label.toLowerCase();
	return atomFeed(site, origin, base, {
		self: origin + topicFeedPath(base, node.id),
		title: `Kennisgraaf: projecten bij ${label} “${node.title}”`,
		subtitle: `Nieuwe en bijgewerkte projecten die hieraan werken${node.type === 'kennisvraag' ? '' : ' of aan een kennisvraag eronder'}, nieuwste wijziging eerst.`,
		alternate: origin + node.url,
		projects: workersOn(site, node).projects,
		fallbackDate: (node.data as { bijgewerkt?: string }).bijgewerkt
	});
}
