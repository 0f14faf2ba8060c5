/**
 * The authors' documentation as site pages (/publiceren/…): the same Markdown as docs/ in the repository,
 * with links between the docs pointing at their pages. The field reference is generated from the registry.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import publiceren from '../../../../docs/publiceren.md?raw';
import webeditor from '../../../../docs/webeditor.md?raw';
import insluiten from '../../../../docs/insluiten.md?raw';
import { fieldsMarkdown } from './field-docs.ts';

/** Page slug under /publiceren/ → the doc file and its Markdown. */
export const DOCS: Record<string, { file: string; source: () => string }> = {
	'': { file: 'publiceren.md', source: () => publiceren },
	velden: { file: 'velden.md', source: fieldsMarkdown },
	webeditor: { file: 'webeditor.md', source: () => webeditor },
	insluiten: { file: 'insluiten.md', source: () => insluiten }
};

export interface DocPage {
	slug: string;
	title: string;
	html: string;
	headings: { id: string; text: string }[];
}

const text = (node: ElementContent | Element): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => text(c as ElementContent)).join('') : '';

/** The anchor GitHub gives a heading, so links like velden.md#project work in both places. */
export const headingId = (s: string) =>
	s
		.toLowerCase()
		.trim()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');

function sitePages(base: string) {
	const byFile = new Map(Object.entries(DOCS).map(([slug, d]) => [d.file, `${base}/publiceren/${slug ? `${slug}/` : ''}`]));
	return (tree: Root, page: DocPage) => {
		const seen = new Map<string, number>();
		visit(tree, 'element', (node, index, parent) => {
			if (/^h[1-6]$/.test(node.tagName)) {
				const label = text(node);
				const base = headingId(label);
				const n = seen.get(base) ?? 0;
				seen.set(base, n + 1);
				node.properties.id = n ? `${base}-${n}` : base;
				if (node.tagName === 'h1') {
					page.title = label;
					if (parent && index !== undefined) parent.children.splice(index, 1);
					return index;
				}
				if (node.tagName === 'h2') page.headings.push({ id: String(node.properties.id), text: label });
			}
			if (node.tagName === 'a' && typeof node.properties.href === 'string') {
				const [file, hash] = node.properties.href.split('#');
				const page = byFile.get(file);
				if (page) node.properties.href = `${page}${hash ? `#${hash}` : ''}`;
				else if (/^https?:/.test(file)) node.properties.rel = ['external', 'noopener'];
			}
			// Wide tables scroll on their own on a phone; a scrolling region must be reachable by keyboard.
			if (node.tagName === 'table' && parent && index !== undefined) {
				parent.children[index] = {
					type: 'element',
					tagName: 'div',
					properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Tabel' },
					children: [node]
				};
				return index + 1;
			}
		});
	};
}

export function renderDoc(slug: string, base: string): DocPage | undefined {
	const doc = DOCS[slug];
	if (!doc) return undefined;
	const page: DocPage = { slug, title: '', html: '', headings: [] };
	const rewrite = sitePages(base);
	page.html = unified()
		.use(remarkParse)
		.use(remarkGfm)
		// No raw HTML: the generated reference starts with an HTML comment that belongs in the repository only.
		.use(remarkRehype)
		.use(() => (tree: Root) => rewrite(tree, page))
		.use(rehypeStringify)
		.processSync(doc.source())
		.toString();
	return page;
}
