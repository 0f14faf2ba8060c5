/**
 * Generated nested and long Markdown and YAML (fast-check): whatever the depth (up to 12,000) and line length (up to
 * 2.5 MB), the checker finishes within a bound and the file ends as a page or as an error that names it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { LIMITS } from '../../src/lib/server/load/limits.ts';
import { contentDir, validFiles } from './helpers.ts';

const BOUND_MS = 3000;

/** Ways to nest n deep in Markdown, each as a body. */
const markdownNesting: Record<string, (n: number) => string> = {
	quotes: (n) => `${'>'.repeat(n)} x`,
	quoteLines: (n) => Array.from({ length: Math.min(n, 400) }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n'),
	bullets: (n) => `${'- '.repeat(n)}x`,
	indentedList: (n) => Array.from({ length: Math.min(n, 400) }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
	ordered: (n) => `${'1. '.repeat(n)}x`,
	emphasis: (n) => `${'*'.repeat(n)}x${'*'.repeat(n)}`,
	emphasisWords: (n) => `${'_a '.repeat(n)}x${' a_'.repeat(n)}`,
	strong: (n) => `${'**a '.repeat(n)}x`,
	brackets: (n) => `${'['.repeat(n)}x${']'.repeat(n)}`,
	links: (n) => `${'[a '.repeat(n)}x${'](https://example.org)'.repeat(n)}`,
	divs: (n) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`,
	spans: (n) => '<span><em>'.repeat(n),
	mixed: (n) => `${'> - *'.repeat(n)}x`
};

/** Ways to nest n deep in YAML frontmatter, each as extra lines after the valid fields. */
const yamlNesting: Record<string, (n: number) => string> = {
	flowLists: (n) => `trefwoorden: ${'['.repeat(n)}a${']'.repeat(n)}`,
	flowMaps: (n) => `bron: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`,
	blockMaps: (n) => `bron:\n${Array.from({ length: Math.min(n, 300) }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1`,
	blockLists: (n) => `trefwoorden:\n${Array.from({ length: Math.min(n, 300) }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} a`,
	inlineDashes: (n) => `trefwoorden:\n  ${'- '.repeat(n)}a`
};

const ORG = 'naam: Org\nsoort: school';
const longText = fc
	.tuple(fc.integer({ min: 0, max: 2_500_000 }), fc.constantFrom('a', 'ab ', '*a', '[', '`', '<b>', 'x_y ', '[[p1]] '))
	.map(([len, unit]) => unit.repeat(Math.ceil(len / unit.length)));

const file = fc.oneof(
	fc
		.tuple(fc.constantFrom(...Object.keys(markdownNesting)), fc.integer({ min: 1, max: 12_000 }))
		.map(([kind, n]) => ({ what: `markdown ${kind} ${n}`, depth: n, text: `---\n${ORG}\n---\n${markdownNesting[kind](n)}\n` })),
	fc
		.tuple(fc.constantFrom(...Object.keys(yamlNesting)), fc.integer({ min: 1, max: 12_000 }))
		.map(([kind, n]) => ({ what: `yaml ${kind} ${n}`, depth: n, text: `---\n${ORG}\n${yamlNesting[kind](n)}\n---\n` })),
	longText.map((t) => ({ what: `body line ${t.length}`, depth: 0, text: `---\n${ORG}\n---\n${t}\n` })),
	longText.map((t) => ({ what: `yaml line ${t.length}`, depth: 0, text: `---\n${ORG}\nplaats: ${JSON.stringify(t)}\n---\n` }))
);

describe('generated nesting and long lines (property)', () => {
	it('the checker finishes within the bound and names the file, or the file is a page', () => {
		fc.assert(
			fc.property(file, ({ what, depth, text }) => {
				const root = contentDir({ ...validFiles(), 'organisatie/gegenereerd.md': text });
				const started = performance.now();
				const { nodes, errors } = loadContent(root);
				const ms = performance.now() - started;
				expect(ms, `${what}: ${Math.round(ms)} ms`).toBeLessThan(BOUND_MS);
				const mine = errors.filter((e) => e.file === 'organisatie/gegenereerd.md');
				const page = nodes.some((n) => n.file === 'organisatie/gegenereerd.md');
				expect(page || mine.length > 0, `${what} was dropped silently`).toBe(true);
				// Errors in other files would mean the hostile one leaked into them.
				expect(errors.filter((e) => e.file !== 'organisatie/gegenereerd.md')).toEqual([]);
				for (const e of mine) expect(e.line === undefined || e.line >= 1, what).toBe(true);
				// Deeper than twice the limit is always refused: the estimate may count high, never low.
				if (depth > 2 * LIMITS.depth) expect(page, `${what} became a page`).toBe(false);
			}),
			{ numRuns: 80, seed: Number(process.env.FC_SEED ?? 20261201) }
		);
	}, 240_000);
});
