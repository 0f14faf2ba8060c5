/**
 * Markdown → sanitized HTML, with [[id]] and [[id|label]] wiki-links.
 * Raw HTML is parsed (rehype-raw) and then sanitized, so harmless markup survives and scripts never do.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root, Text, Link, PhrasingContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { randomBytes } from 'node:crypto';
import { VFile } from 'vfile';
import { LIMITS } from './limits.ts';
import { plainProse } from './plain-prose.ts';
import type { LinkResolver, WikiLink } from './wiki-link.ts';

const WIKI = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]/g;

/**
 * Marks the links this file's [[id]] syntax made, for rehypeCheckUrls: a class that content cannot guess, removed
 * again after the check. The visible "wikilink" class is no proof: raw HTML can carry it too, with any address.
 */
const MARK_PATTERN = /^kg-[0-9a-f]{16}$/;
const newMark = () => `kg-${randomBytes(8).toString('hex')}`;

// hast-util-sanitize uses the first className rule it finds, so ours merges into the default one.
const linkAttributes = (defaultSchema.attributes?.a ?? []).map((rule) =>
	Array.isArray(rule) && rule[0] === 'className' ? [...rule, 'wikilink', 'wikilink-missing', MARK_PATTERN] : rule
);
const schema: SanitizeSchema = {
	...defaultSchema,
	attributes: { ...defaultSchema.attributes, a: linkAttributes as NonNullable<SanitizeSchema['attributes']>['a'] }
};

/** A link or image address in the body that cannot work on the static site (it would also stop the build). */
export interface BadUrl {
	url: string;
	/** Line within the body (1-based). */
	line: number;
	/** A path on the site (relative, or absolute without a page), or a #fragment that names nothing on the page. */
	kind: 'path' | 'fragment';
}

interface RenderContext {
	resolver: LinkResolver;
	found: WikiLink[];
	badUrls: BadUrl[];
	/** Links and images in the output, with the line of the one past the limit. */
	links: number;
	overLimitLine?: number;
	/** performance.now() by which the file must be done. */
	deadline: number;
	/** Class of the links made from [[id]] in this render (newMark). */
	mark: string;
}

/** Thrown between stages when a file has used up its time budget (LIMITS.fileMs). */
export class OverBudget extends Error {}

/**
 * A transformer between the heavy stages: they cannot be interrupted, but the next one is not started late.
 * A new plugin each time, because unified attaches the same plugin only once.
 */
const deadline = () => () => (_tree: unknown, file: VFile) => {
	if (performance.now() > (file.data.kennisgraaf as RenderContext).deadline) throw new OverBudget();
};

const EXTERNAL = /^(https?:|mailto:|tel:)/i;

/**
 * Full addresses on the site's own origin (SITE_URL, or the build's default) are followed by the prerenderer
 * like site paths, so a stale one fails the build; such links must be [[id]] links instead.
 */
const SITE_ORIGINS = [process.env.SITE_URL, 'http://localhost:4173'].flatMap((u) => {
	try {
		return u ? [new URL(u).origin.toLowerCase()] : [];
	} catch {
		return [];
	}
});
export const isSiteUrl = (url: string) => SITE_ORIGINS.some((o) => url.toLowerCase() === o || url.toLowerCase().startsWith(`${o}/`));
const PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

/**
 * After sanitizing: every href and src must be external, a wiki-link, or a #fragment of this page.
 * Anything else would be followed by the prerenderer as a page of this site, and fail the build with a 404.
 */
function rehypeCheckUrls() {
	return (tree: HastRoot, file: VFile) => {
		const ctx = file.data.kennisgraaf as RenderContext;
		const ids = new Set<string>();
		const fragments: { node: Element; bad: BadUrl }[] = [];
		visit(tree, 'element', (node: Element) => {
			if (typeof node.properties.id === 'string') ids.add(node.properties.id);
			if (typeof node.properties.href === 'string' || typeof node.properties.src === 'string') {
				if (++ctx.links > LIMITS.links) ctx.overLimitLine ??= node.position?.start.line ?? 1;
			}
			const classes = node.properties.className;
			if (Array.isArray(classes) && classes.includes(ctx.mark)) {
				node.properties.className = classes.filter((c) => c !== ctx.mark);
				return;
			}
			for (const attr of ['href', 'src']) {
				const url = node.properties[attr];
				if (typeof url !== 'string' || (EXTERNAL.test(url) && !isSiteUrl(url)) || url === '#') continue;
				const line = node.position?.start.line ?? 1;
				if (url.startsWith('#')) fragments.push({ node, bad: { url, line, kind: 'fragment' } });
				else ctx.badUrls.push({ url, line, kind: 'path' });
			}
		});
		for (const { node, bad } of fragments) {
			let id = bad.url.slice(1);
			try {
				id = decodeURIComponent(id);
			} catch {
				// A malformed escape names no id either.
			}
			// The sanitizer prefixes every id (so content cannot clobber the page's globals); links follow suit.
			if (!ids.has(id) && ids.has(`${PREFIX}${id}`)) node.properties.href = `#${PREFIX}${id}`;
			else if (!ids.has(id)) ctx.badUrls.push(bad);
		}
	};
}

// The resolver travels in the VFile's data, so one frozen processor serves every file.
function remarkWikiLinks() {
	return (tree: Root, file: VFile) => {
		const options = file.data.kennisgraaf as RenderContext;
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined || !node.value.includes('[[')) return;
			const parts: PhrasingContent[] = [];
			let last = 0;
			for (const m of node.value.matchAll(WIKI)) {
				const target = m[1].trim();
				const label = m[2]?.trim();
				const before = node.value.slice(0, m.index);
				const line = (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
				const start = node.position?.start.offset ?? 0;
				options.found.push({ target, label, line });
				if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
				const href = options.resolver.href(target);
				const text = label || options.resolver.title(target) || target;
				const link: Link = {
					type: 'link',
					// Its line, for errors about the link (remark-rehype carries it into the HTML tree).
					position: { start: { line, column: 1, offset: start + m.index }, end: { line, column: 1, offset: start + m.index + m[0].length } },
					url: href ?? '#',
					children: [{ type: 'text', value: text }],
					data: { hProperties: { className: [href ? 'wikilink' : 'wikilink-missing', options.mark] } }
				};
				parts.push(link);
				last = m.index + m[0].length;
			}
			if (!parts.length) return;
			if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
			parent.children.splice(index, 1, ...parts);
			return [SKIP, index + parts.length];
		});
	};
}

const processor = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(deadline())
	.use(remarkWikiLinks)
	// Footnote ids get their prefix from the sanitizer only; rehypeCheckUrls points the links at them.
	.use(remarkRehype, {
		allowDangerousHtml: true,
		clobberPrefix: '',
		footnoteLabel: 'Voetnoten',
		footnoteBackLabel: (i: number) => `Terug naar verwijzing ${i + 1}`
	})
	.use(deadline())
	.use(rehypeRaw)
	.use(deadline())
	.use(rehypeSanitize, schema)
	.use(rehypeCheckUrls)
	.use(deadline())
	.use(rehypeStringify)
	.freeze();

/**
 * Renders a body that passed markdownProblem (limits.ts). Throws OverBudget when the deadline passes between stages.
 * `overLimitLine` is the line of the first link past LIMITS.links. Plain prose takes a fast path (plain-prose.ts);
 * `fastPath: false` is for the test that compares the two.
 */
export function renderMarkdown(
	body: string,
	resolver: LinkResolver,
	deadlineAt = Infinity,
	{ fastPath = true } = {}
): { html: string; links: WikiLink[]; badUrls: BadUrl[]; overLimitLine?: number } {
	const plain = fastPath ? plainProse(body, resolver, LIMITS.links) : undefined;
	if (plain) return { ...plain, badUrls: [] };
	const ctx: RenderContext = { resolver, found: [], badUrls: [], links: 0, deadline: deadlineAt, mark: newMark() };
	const file = new VFile({ value: body, data: { kennisgraaf: ctx } });
	const html = processor.processSync(file).toString();
	return { html, links: ctx.found, badUrls: ctx.badUrls, overLimitLine: ctx.overLimitLine };
}

/** Wiki-link syntax as plain text (for summaries, search and feeds). */
export const stripWikiLinks = (text: string, title: (id: string) => string | undefined) =>
	text.replace(WIKI, (_, id: string, label?: string) => label?.trim() || title(id.trim()) || id.trim());
