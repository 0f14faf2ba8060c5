/**
 * Hostile content by class (issue 12): each fixture is one file the loader must refuse with an error that names it.
 * The huge ones are generated here, not committed. Non-regular files (FIFO, socket, device links) need the file
 * system and are made by the tests themselves.
 */

export interface Fixture {
	name: string;
	kind: 'hang' | 'stack' | 'prototype' | 'date' | 'yaml-tag' | 'yaml-syntax' | 'agreement' | 'limit';
	/** Path in the content folder and its text. */
	file: string;
	text: string;
	/** Error codes that are right for it (the first error of the file must have one of them). */
	codes: string[];
	/** Expected line of that error, when the fixture pins it. */
	line?: number;
}

const ORG = '---\nnaam: Org\nsoort: school\n---\n';
const PROJECT = (fields: string) => `---\ntitel: T\nstatus: lopend\nsamenvatting: S\n${fields}\n---\n`;
const body = (text: string) => `${ORG}${text}\n`;
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

export function errorFixtures(): Fixture[] {
	const f = (kind: Fixture['kind'], name: string, text: string, codes: string[], line?: number, folder = 'organisatie'): Fixture => ({
		name,
		kind,
		file: `${folder}/${kind}-${name}.md`,
		text,
		codes,
		line
	});
	const deep = ['too-deep'];
	return [
		// Hangs: quadratic or worse in the Markdown parser.
		f('hang', 'list-indent-300', body(lines(300, (i) => `${'  '.repeat(i)}- x`)), deep, 25),
		f('hang', 'list-ordered-200', body(lines(200, (i) => `${'   '.repeat(i)}1. x`)), deep),
		f('hang', 'list-markers-one-line', body(`${'- '.repeat(8000)}x`), deep, 5),
		f('hang', 'list-star-plus-mixed', body(`${'* + - '.repeat(3000)}x`), deep, 5),
		f('hang', 'emphasis-run-10000', body(`${'*'.repeat(5000)}x${'*'.repeat(5000)}`), deep, 5),
		f('hang', 'emphasis-nested-words', body(`${'*a '.repeat(3000)}x${' a*'.repeat(3000)}`), deep, 5),
		f('hang', 'emphasis-nested-lines', body(lines(4000, () => '_a').concat(' x')), deep),
		f('hang', 'strong-nested', body(`${'**b '.repeat(2000)}x${' b**'.repeat(2000)}`), deep, 5),
		f('hang', 'strike-nested', body(`${'~~s '.repeat(2000)}x${' s~~'.repeat(2000)}`), deep, 5),
		f('hang', 'emphasis-flat-wall', body(lines(50, () => '*a'.repeat(200))), ['too-many-marks']),
		f('hang', 'brackets-open', body('['.repeat(15000)), deep, 5),
		f('hang', 'brackets-wall', body(lines(40, () => '[a] '.repeat(400))), ['too-many-marks']),
		f('hang', 'wiki-open', body('[['.repeat(8000)), deep, 5),
		f('hang', 'link-labels-nested', body(`${'[a '.repeat(600)}x${'](https://example.org/)'.repeat(600)}`), deep, 5),
		f('hang', 'backticks-unmatched', body(lines(30, () => '`a'.repeat(600))), ['too-many-marks']),
		f('hang', 'body-line-2mb', body('a'.repeat(2 * 1024 * 1024 - 100)), ['line-too-long', 'file-too-large']),
		f('hang', 'body-line-300k-words', body('woord '.repeat(40_000)), ['line-too-long']),
		f('hang', 'frontmatter-line-long', `---\nnaam: ${'x'.repeat(30_000)}\nsoort: school\n---\n`, ['line-too-long'], 2),
		// Stack overflows: recursion in the parsers and tree walkers.
		f('stack', 'blockquote-10000', body('>'.repeat(10_000)), deep, 5),
		f('stack', 'blockquote-spaced', body(`${'> '.repeat(6000)}x`), deep, 5),
		f('stack', 'blockquote-lines', body(lines(300, (i) => `${'>'.repeat(i + 1)} x`)), deep, 25),
		f('stack', 'quote-list-mixed', body(`${'> - '.repeat(3000)}x`), deep, 5),
		f('stack', 'html-div-closed', body(lines(1, () => `${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`).slice(0, 19_000)), deep, 5),
		f('stack', 'html-span-unclosed', body('<span>'.repeat(3000)), deep, 5),
		f('stack', 'html-uppercase', body(lines(3000, () => '<DIV><B>')), deep, 15),
		f('stack', 'html-table-nested', body(lines(500, () => '<table><tr><td>')), deep),
		f('stack', 'html-with-attributes', body('<section class="a" data-x="1">'.repeat(500)), deep, 5),
		f('stack', 'frontmatter-flow-10000', `---\nnaam: ${'['.repeat(5000)}${']'.repeat(5000)}\nsoort: school\n---\n`, deep, 2),
		f('stack', 'frontmatter-maps-nested', `---\nnaam: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\nsoort: school\n---\n`, deep, 2),
		f('stack', 'frontmatter-blocks-indented', `---\nnaam: x\n${lines(300, (i) => `${' '.repeat(i)}k${i}:`)} 1\n---\n`, deep),
		f('stack', 'frontmatter-dashes', `---\nnaam: x\nsoort: school\ntrefwoorden:\n${lines(200, (i) => `${'  '.repeat(i)}-`)} a\n---\n`, deep),
		// Names of Object.prototype members as folders.
		...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'].map((name): Fixture => ({
			name: `folder-${name}`,
			kind: 'prototype',
			file: `${name}/x.md`,
			text: ORG,
			codes: ['unknown-type']
		})),
		// Impossible dates, in every date field.
		...[
			['start', '2024-02-30'],
			['start', '2023-02-29'],
			['start', '2024-04-31'],
			['start', '2100-02-29'],
			['start', '2024-06-31'],
			['start', '2024-00-10'],
			['start', '2024-13-01'],
			['einde', '2024-09-31'],
			['bijgewerkt', '2025-02-29'],
			['start', '"2024-11-31"']
		].map(([field, date]): Fixture => ({
			name: `date-${field}-${date.replace(/\W/g, '')}`,
			kind: 'date',
			file: `project/date-${field}-${date.replace(/\W/g, '')}.md`,
			text: PROJECT(field === 'start' ? `start: ${date}` : `start: 2024-01-01\n${field}: ${date}`),
			codes: ['bad-date']
		})),
		// Tags that ask the YAML parser for a type of its own.
		...[
			'naam: !!js/function "function () { return 1 }"',
			'naam: !!js/undefined ""',
			'naam: !!js/regexp /x/',
			'naam: !<tag:yaml.org,2002:js/function> x',
			'naam: !!python/object:os.system x',
			'naam: !eigen x',
			'naam: x\ntrefwoorden: !!set { a, b }',
			'naam: x\nplaats: !!binary aGk=',
			'naam: x\nplaats: !!timestamp 2024-01-01',
			'naam: x\ntrefwoorden: !!omap [ a: 1 ]',
			'naam: x\n!!js/function sleutel: x'
		].map((yaml, i): Fixture => ({
			name: `tag-${i}`,
			kind: 'yaml-tag',
			file: `organisatie/tag-${i}.md`,
			text: `---\n${yaml}\nsoort: school\n---\n`,
			codes: ['yaml-tag']
		})),
		// YAML syntax errors, each with its own Dutch message.
		...(
			[
				['colon', 'naam: Over: feedback', 'yaml-colon', 2],
				['colon-later', 'naam: x\nplaats: Utrecht: centrum', 'yaml-colon', 3],
				['indent', 'naam: x\n  plaats: y', 'yaml-indent', 3],
				['indent-list', 'naam: x\ntrefwoorden:\n  - a\n - b', 'yaml-indent', 5],
				['tab', 'naam: x\n\tplaats: y', 'yaml-tab', 3],
				['quote-unclosed', 'naam: "Over feedback\nplaats: y', 'yaml-quote', 2],
				['single-quote-unclosed', "naam: 'Over feedback\nplaats: y", 'yaml-quote', 2],
				['quote-inside', 'naam: x\nplaats: "Zei "ja" toen"', 'yaml-quote', 3],
				['bracket-unclosed', 'naam: x\ntrefwoorden: [a, b', 'yaml-bracket', 3],
				['brace-unclosed', 'naam: x\nbron: { document: ka', 'yaml-bracket', 3],
				['duplicate', 'naam: x\nnaam: y', 'yaml-duplicate', 3],
				['reserved-at', 'naam: @school', 'yaml-reserved', 2],
				['reserved-backtick', 'naam: `code`', 'yaml-reserved', 2],
				['no-colon', 'naam: x\nplaats Utrecht\nregio: y', 'yaml-no-colon', 3],
				['alias', 'naam: x\nplaats: *nergens', 'yaml-alias', 3]
			] as const
		).map(([name, yaml, code, line]): Fixture => ({
			name: `yaml-${name}`,
			kind: 'yaml-syntax',
			file: `organisatie/yaml-${name}.md`,
			text: `---\n${yaml}\nsoort: school\n---\n`,
			codes: [code],
			line
		})),
		// Accepted by the old checker, rejected by the prerender: raw HTML that looks like a wiki-link.
		f('agreement', 'wikilink-class-site-path', body('<a class="wikilink" href="/project/bestaat-niet/">x</a>'), ['bad-link'], 5),
		f('agreement', 'wikilink-class-existing-page', body('<a class="wikilink" href="/project/p1/">x</a>'), ['bad-link'], 5),
		f('agreement', 'wikilink-missing-class', body('<a class="wikilink-missing" href="/nergens/">x</a>'), ['bad-link'], 5),
		f('agreement', 'wikilink-class-relative', body('<p><a class="iets wikilink" href="../x/">x</a></p>'), ['bad-link'], 5),
		f('agreement', 'wikilink-guessed-mark', body('<a class="kg-0123456789abcdef wikilink" href="/y/">x</a>'), ['bad-link'], 5),
		f('agreement', 'wikilink-class-image', body('<img class="wikilink" src="/plaatje.png" alt="x">'), ['bad-link'], 5),
		// Other limits.
		f('limit', 'file-300kb', body(lines(4000, () => 'Een gewone zin met woorden, '.repeat(3))), ['file-too-large']),
		f('limit', 'file-1mb', body(lines(12_000, () => 'Nog een gewone zin met woorden, '.repeat(3))), ['file-too-large']),
		f('limit', 'links-501', body(lines(501, (i) => `[bron ${i}](https://example.org/${i})\n`)), ['too-many-links'], 1005),
		f('limit', 'images-600', body(lines(600, (i) => `![beeld ${i}](https://example.org/${i}.png)\n`)), ['too-many-links'], 1005),
		f('limit', 'wiki-links-600', body(lines(600, () => '[[p1]]\n')), ['too-many-links'], 1005),
		f('limit', 'html-links-600', body(lines(600, (i) => `<a href="https://example.org/${i}">x</a>\n`)), ['too-many-links'], 1005)
	];
}

/** Content that is valid: the fixtures above are added to it, so only they can fail. */
export { validFiles } from './helpers.ts';
