/** The authors' documentation: its examples are valid content, its links resolve, and the site renders the same text. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Code, Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lib/registry/registry.ts';
import { DOCS, headingId, renderDoc } from '../../src/lib/server/emit/docs.ts';
import { formatError } from '../../src/lib/server/load/errors.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';

const tree = (file: string) =>
	unified()
		.use(remarkParse)
		.use(remarkGfm)
		.parse(readFileSync(`docs/${file}`, 'utf8')) as Root;

/** Code blocks marked ```markdown title="content/<type>/<id>.md" are complete example files. */
function examples(file: string) {
	const found: { path: string; text: string }[] = [];
	visit(tree(file), 'code', (node: Code) => {
		const m = /title="content\/([^"]+)"/.exec(node.meta ?? '');
		if (m) found.push({ path: m[1], text: `${node.value}\n` });
	});
	return found;
}

describe('docs/publiceren.md', () => {
	const found = examples('publiceren.md');

	it('has a complete example for each type a lector adds', () => {
		expect(found.map((e) => e.path.split('/')[0]).sort()).toEqual(['agendapunt', 'kennisvraag', 'lectoraat', 'partnerschap', 'project']);
	});

	it('has examples that pass validation against the shipped content', () => {
		const root = join(mkdtempSync(join(tmpdir(), 'kennisgraaf-docs-')), 'content');
		cpSync('content', root, { recursive: true });
		for (const e of found) {
			mkdirSync(dirname(join(root, e.path)), { recursive: true });
			writeFileSync(join(root, e.path), e.text);
		}
		const { errors, nodes } = loadContent(root);
		expect(errors.map(formatError)).toEqual([]);
		for (const e of found)
			expect(
				nodes.some((n) => `${n.type}/${n.id}.md` === e.path),
				e.path
			).toBe(true);
	});

	it('shows the exact error text that the checker prints for a broken reference', () => {
		const root = join(mkdtempSync(join(tmpdir(), 'kennisgraaf-docs-')), 'content');
		cpSync('content', root, { recursive: true });
		const project = found.find((e) => e.path.startsWith('project/'))!;
		writeFileSync(join(root, project.path), project.text.replace('[lectoraat-feedback-en-formatief-evalueren]', '[lectoraat-feedbak]'));
		const error = loadContent(root).errors.find((e) => e.code === 'missing-ref')!;
		expect(readFileSync('docs/publiceren.md', 'utf8')).toContain(formatError(error));
	});
});

describe('links between the docs', () => {
	for (const [, { file }] of Object.entries(DOCS).filter(([slug]) => slug !== 'velden')) {
		it(`${file}: every link to another doc points at an existing file and heading`, () => {
			const links: string[] = [];
			visit(tree(file), 'link', (node: Link) => {
				if (!/^https?:/.test(node.url)) links.push(node.url);
			});
			expect(links.length).toBeGreaterThan(0);
			for (const url of links) {
				const [target, hash] = url.split('#');
				const doc = Object.values(DOCS).find((d) => d.file === (target || file));
				expect(doc, url).toBeDefined();
				if (hash) {
					const headings: string[] = [];
					visit(unified().use(remarkParse).parse(doc!.source()), 'heading', (h) => {
						headings.push(headingId(h.children.map((c) => ('value' in c ? c.value : '')).join('')));
					});
					expect(headings, url).toContain(hash);
				}
			}
		});
	}
});

describe('the /publiceren/ pages', () => {
	it('render the repository docs, with links between them pointing at the site pages under the base path', () => {
		const page = renderDoc('', '/kennisgraaf')!;
		expect(page.title).toBe('Publiceren op Kennisgraaf');
		expect(page.html).toContain('href="/kennisgraaf/publiceren/velden/"');
		expect(page.html).toContain('href="/kennisgraaf/publiceren/webeditor/"');
		expect(page.html).toContain('href="#indienen"');
		expect(page.html).not.toMatch(/href="[^"]*\.md/);
		expect(page.headings.map((h) => h.id)).toContain('hoe-links-werken');
	});

	it('show the field tables generated from the registry, one section per type', () => {
		const page = renderDoc('velden', '')!;
		for (const t of Object.values(registry)) {
			expect(page.html).toContain(`<h2 id="${t.label.toLowerCase()}">${t.label}</h2>`);
			for (const name of Object.keys(t.fields)) expect(page.html).toContain(`<code>${name}</code>`);
		}
		// The generator's note is for the repository copy only.
		expect(page.html).not.toContain('Gegenereerd');
	});

	it('drop raw HTML from the Markdown, and make wide tables keyboard-scrollable', () => {
		const page = renderDoc('velden', '')!;
		expect(page.html).not.toContain('<!--');
		expect(page.html).toMatch(/<div class="table-scroll" tabindex="0" role="region" aria-label="Tabel"><table>/);
	});

	it('do not exist for unknown slugs', () => expect(renderDoc('nope', '')).toBeUndefined());
});
