/** One fixture per kind of content error: each must name the file and line and say how to fix it. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';

const PROJECT = (front: string, body = '') => `---\n${front}\n---\n${body}`;
const OK_PROJECT = 'titel: T\nstart: 2024-01-01\nstatus: lopend\nsamenvatting: S';

interface Case {
	name: string;
	files: Record<string, string | Uint8Array>;
	file: string;
	line?: number;
	code: string;
	message: RegExp;
	hint: RegExp;
}

const cases: Case[] = [
	{
		name: 'invalid YAML',
		files: { 'project/x.md': PROJECT('titel: Over: feedback\nstart: 2024-01-01\nstatus: lopend') },
		file: 'project/x.md',
		line: 2,
		code: 'yaml-colon',
		message: /"titel" bevat een dubbele punt zonder aanhalingstekens/,
		hint: /titel: "Over: feedback"/
	},
	{
		name: 'unknown field, with a suggestion',
		files: { 'project/x.md': PROJECT(`${OK_PROJECT}\nsectorem: [po]`) },
		file: 'project/x.md',
		line: 6,
		code: 'unknown-field',
		message: /onbekend veld "sectorem"/,
		hint: /Bedoelde je "sectoren"\?/
	},
	{
		name: 'wrong value type',
		files: { 'lectoraat/x.md': PROJECT('naam: L\nlectoren: [A]\nhogeschool: hs\nstartjaar: "vorig jaar"\nsamenvatting: S') },
		file: 'lectoraat/x.md',
		line: 5,
		code: 'wrong-type',
		message: /"startjaar" moet een geheel getal zijn/,
		hint: /startjaar: 2024/
	},
	{
		name: 'missing required field',
		files: { 'project/x.md': PROJECT('titel: T\nstart: 2024-01-01\nsamenvatting: S') },
		file: 'project/x.md',
		line: 2,
		code: 'missing-field',
		message: /verplicht veld "status" ontbreekt/,
		hint: /status: gepland/
	},
	{
		name: 'value outside an enum',
		files: { 'project/x.md': PROJECT('titel: T\nstart: 2024-01-01\nstatus: lopnd\nsamenvatting: S') },
		file: 'project/x.md',
		line: 4,
		code: 'bad-value',
		message: /"lopnd" is geen geldige waarde voor "status"/,
		hint: /Kies uit: gepland, lopend, afgerond\. Bedoelde je "lopend"\?/
	},
	{
		name: 'invalid date',
		files: { 'project/x.md': PROJECT('titel: T\nstart: 2024-13-45\nstatus: lopend\nsamenvatting: S') },
		file: 'project/x.md',
		line: 3,
		code: 'bad-date',
		message: /"start" is geen geldige datum/,
		hint: /JJJJ-MM-DD/
	},
	{
		name: 'invalid url',
		files: { 'organisatie/x.md': PROJECT('naam: N\nsoort: school\nwebsite: javascript:alert(1)') },
		file: 'organisatie/x.md',
		line: 4,
		code: 'bad-url',
		message: /"website" is geen geldig webadres/,
		hint: /https:\/\//
	},
	{
		name: 'duplicate id across types',
		files: { 'project/dubbel.md': PROJECT(OK_PROJECT), 'thema/dubbel.md': PROJECT('titel: T') },
		file: 'thema/dubbel.md',
		line: 1,
		code: 'duplicate-id',
		message: /de id "dubbel" bestaat al in project\/dubbel\.md/,
		hint: /andere naam/
	},
	{
		name: 'reference to an id that does not exist, with a suggestion',
		files: { 'project/x.md': PROJECT(`${OK_PROJECT}\nkennisvragen:\n  - k1\n  - k2`) },
		file: 'project/x.md',
		line: 8,
		code: 'missing-ref',
		message: /"kennisvragen" verwijst naar "k2", maar die bestaat niet/,
		hint: /Bedoelde je "k1"\?/
	},
	{
		name: 'reference to a node of the wrong type',
		files: { 'project/x.md': PROJECT(`${OK_PROJECT}\nlectoraten: [k1]`) },
		file: 'project/x.md',
		line: 6,
		code: 'wrong-ref-type',
		message: /"lectoraten" moet verwijzen naar een lectoraat, maar "k1" is een kennisvraag/,
		hint: /Kies een lectoraat/
	},
	{
		name: 'wiki-link to an id that does not exist',
		files: { 'project/x.md': PROJECT(OK_PROJECT, 'Eerste regel.\n\nZie [[l2|het lectoraat]].') },
		file: 'project/x.md',
		line: 9,
		code: 'missing-link',
		message: /\[\[l2\]\]/,
		hint: /Bedoelde je "l1"\?/
	},
	{
		name: 'frontmatter never closed',
		files: { 'project/x.md': `---\n${OK_PROJECT}\n\nTekst zonder einde.` },
		file: 'project/x.md',
		line: 1,
		code: 'unclosed-frontmatter',
		message: /nooit gesloten/,
		hint: /---/
	},
	{
		name: 'no frontmatter',
		files: { 'project/x.md': '# Alleen tekst\n' },
		file: 'project/x.md',
		line: 1,
		code: 'no-frontmatter',
		message: /begint niet met frontmatter/,
		hint: /---/
	},
	{
		name: 'empty file',
		files: { 'project/x.md': '' },
		file: 'project/x.md',
		line: 1,
		code: 'empty',
		message: /leeg/,
		hint: /frontmatter/
	},
	{
		name: 'bytes that are not UTF-8',
		files: { 'project/x.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]) },
		file: 'project/x.md',
		code: 'not-utf8',
		message: /UTF-8/,
		hint: /UTF-8/
	},
	{
		name: 'unknown type folder',
		files: { 'projecten/x.md': PROJECT(OK_PROJECT) },
		file: 'projecten/x.md',
		code: 'unknown-type',
		message: /onbekend type "projecten"/,
		hint: /project/
	},
	{
		name: 'file outside a type folder',
		files: { 'losse-notitie.md': 'tekst' },
		file: 'losse-notitie.md',
		code: 'bad-location',
		message: /niet in een map per type/,
		hint: /content\/<type>\/<id>\.md/
	},
	{
		name: 'not a Markdown file',
		files: { 'project/foto.png': 'x' },
		file: 'project/foto.png',
		code: 'not-markdown',
		message: /geen Markdown/,
		hint: /\.md/
	},
	{
		name: 'file name that is not a valid id',
		files: { 'project/Mijn Project.md': PROJECT(OK_PROJECT) },
		file: 'project/Mijn Project.md',
		code: 'bad-id',
		message: /ongeldige id/,
		hint: /kleine letters/
	}
];

describe('content errors', () => {
	for (const c of cases) {
		it(c.name, () => {
			const { errors, nodes } = loadContent(contentDir({ ...validFiles(), ...c.files }));
			const error = errors.find((e) => e.code === c.code);
			expect(error, JSON.stringify(errors, null, 1)).toBeDefined();
			expect(error!.file).toBe(c.file);
			if (c.line !== undefined) expect(error!.line).toBe(c.line);
			expect(error!.message).toMatch(c.message);
			expect(error!.hint).toMatch(c.hint);
			// The valid files still load: one bad file never hides the others.
			expect(nodes.length).toBeGreaterThanOrEqual(6);
		});
	}

	it('lists all errors of all files together, sorted by file and line', () => {
		const { errors } = loadContent(
			contentDir({
				...validFiles(),
				'project/a.md': PROJECT('titel: T\nstart: 2024-01-01\nstatus: lopnd\nsamenvatting: S\nlectoraten: [nope]'),
				'project/b.md': PROJECT(`${OK_PROJECT}\nkleur: rood`),
				'thema/c.md': ''
			})
		);
		expect(errors.map((e) => `${e.file}:${e.line}:${e.code}`)).toEqual([
			'project/a.md:4:bad-value',
			// The broken reference is listed alongside the schema error: one build shows both.
			'project/a.md:6:missing-ref',
			'project/b.md:6:unknown-field',
			'thema/c.md:1:empty'
		]);
	});

	it('reports a broken reference even when the same file has a schema error', () => {
		// A file that fails validation yields no node, but must not vanish silently: it still has an error.
		const { errors, nodes } = loadContent(contentDir({ ...validFiles(), 'project/a.md': PROJECT('titel: T\nstatus: lopend\nsamenvatting: S') }));
		expect(nodes.find((n) => n.id === 'a')).toBeUndefined();
		expect(errors.filter((e) => e.file === 'project/a.md').length).toBeGreaterThan(0);
	});
});
