/**
 * Errors are listed together, so fixing ten mistakes does not take ten runs: a file with schema errors still has its
 * references checked, and a reference to a file that exists but is invalid is not reported a second time.
 * Also the VS Code problem matcher reads the checker's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/lib/server/load/errors.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';

const codes = (root: string) => loadContent(root).errors.map((e) => `${e.file}:${e.line}:${e.code}`);

describe('one run lists every mistake', () => {
	it('checks references and wiki-links of a file that also fails validation', () => {
		const root = contentDir({
			...validFiles(),
			'project/a.md': '---\ntitel: T\nstart: gisteren\nstatus: lopend\nsamenvatting: S\nlectoraten: [l1, l2]\npartnerschap: nope\n---\nZie [[k9]].\n'
		});
		expect(codes(root)).toEqual(['project/a.md:3:bad-date', 'project/a.md:6:missing-ref', 'project/a.md:7:missing-ref', 'project/a.md:9:missing-link']);
	});

	it('skips values of the wrong shape in an invalid file: they have their own error', () => {
		const root = contentDir({
			...validFiles(),
			'project/a.md':
				'---\ntitel: T\nstart: 2024-01-01\nstatus: lopend\nsamenvatting: S\nlectoraten: l1\nkennisvragen: [3, "Niet Een Id"]\noutputs: 7\nbron: [ka]\n---\n'
		});
		const errors = loadContent(root).errors;
		expect(errors.every((e) => e.file === 'project/a.md')).toBe(true);
		expect(errors.some((e) => e.code === 'missing-ref')).toBe(false);
	});

	it('does not report references to a file that exists but is invalid; that file has the error', () => {
		const root = contentDir({
			...validFiles(),
			'lectoraat/l1.md': '---\nnaam: Lectoraat Leren\nonderzoekslijnen: []\nhogeschool: hs\nsamenvatting: ""\n---\n'
		});
		// p1 names l1 in a field and in a wiki-link: neither is a second error.
		expect(codes(root)).toEqual(['lectoraat/l1.md:5:too-small']);
	});

	it('still reports a reference to an invalid file of the wrong type', () => {
		const root = contentDir({
			...validFiles(),
			'organisatie/hs.md': '---\nnaam: Hogeschool Nergens\nsoort: hogeschol\n---\n',
			'project/b.md': '---\ntitel: T\nstart: 2024-01-01\nstatus: lopend\nsamenvatting: S\nkennisvragen: [hs]\n---\n'
		});
		expect(codes(root)).toEqual(['organisatie/hs.md:3:bad-value', 'project/b.md:6:wrong-ref-type']);
	});

	it('leaves HTML comments out of a summary taken from the body', () => {
		const root = contentDir({
			...validFiles(),
			'kennisvraag/k2.md': '---\nvraag: Waarom?\nthema: t1\nbron: { document: ka }\n---\n<!-- Schrijf hier -->\nDe eigenlijke tekst.\n'
		});
		expect(loadContent(root).nodes.find((n) => n.id === 'k2')!.summary).toBe('De eigenlijke tekst.');
	});
});

describe('the VS Code task (.vscode/tasks.json)', () => {
	const task = JSON.parse(readFileSync('.vscode/tasks.json', 'utf8')).tasks[0];
	const [line, hint] = task.problemMatcher.pattern.map((p: { regexp: string }) => new RegExp(p.regexp));

	it('reads file, line, message and hint from the checker output', () => {
		const root = contentDir({ ...validFiles(), 'project/a.md': '---\ntitel: T\nstart: 2024-01-01\nstatus: bezig\nsamenvatting: S\n---\n', 'notes.txt': 'x' });
		const output = formatErrors(loadContent(root).errors).split('\n');
		const problems: string[] = [];
		for (let i = 0; i < output.length - 1; i++) {
			const m = line.exec(output[i]);
			const h = hint.exec(output[i + 1]);
			if (m && h) problems.push(`${m[1]}|${m[2] ?? ''}|${m[3]}`);
		}
		expect(problems).toEqual(['notes.txt||bestand staat niet in een map per type', 'project/a.md|4|"bezig" is geen geldige waarde voor "status"']);
		expect(task.problemMatcher.fileLocation).toEqual(['relative', '${workspaceFolder}/content']);
	});

	it('knows when a run starts and ends', () => {
		const { beginsPattern, endsPattern } = task.problemMatcher.background;
		expect(new RegExp(beginsPattern).test('Inhoud controleren…')).toBe(true);
		expect(new RegExp(endsPattern).test('Alles in orde: 3 bestanden, 2 relaties (x, 1 ms).')).toBe(true);
		expect(new RegExp(endsPattern).test('172 bestanden geldig, 1 fout (x, 1 ms).')).toBe(true);
	});
});

describe('links in the body that would stop the build', () => {
	const body = (text: string) =>
		contentDir({ ...validFiles(), 'project/a.md': `---\ntitel: T\nstart: 2024-01-01\nstatus: lopend\nsamenvatting: S\n---\n${text}\n` });

	it('reports site paths and relative files by file and line, with the fix', () => {
		const root = body('Eerste regel.\n\n<img src="foto.png">\n\n[verslag](verslag.pdf) en [oud](/project/oud/) en [ook](//elders.org/x)');
		const errors = loadContent(root).errors;
		expect(errors.map((e) => `${e.line}:${e.code}:${e.message}`)).toEqual([
			'9:bad-link:de link of afbeelding "foto.png" werkt niet op de site',
			'11:bad-link:de link of afbeelding "verslag.pdf" werkt niet op de site',
			'11:bad-link:de link of afbeelding "/project/oud/" werkt niet op de site',
			'11:bad-link:de link of afbeelding "//elders.org/x" werkt niet op de site'
		]);
		expect(errors[0].hint).toContain('[[id]]');
	});

	it('reports a #link to a place that is not on the page, but lets footnotes work', () => {
		const root = body('Zie [hieronder](#aanpak).\n\nEen noot[^1].\n\n[^1]: De noot.');
		expect(codes(root)).toEqual(['project/a.md:7:bad-link']);
		const html = loadContent(body('Een noot[^1].\n\n[^1]: De noot.')).nodes.find((n) => n.id === 'a')!.html;
		expect(html).toContain('href="#user-content-fn-1"');
		expect(html).toContain('id="user-content-fn-1"');
		expect(html).toContain('Voetnoten');
	});

	it('lets external links, mail links and wiki-links through, and drops script links quietly', () => {
		const root = body('[a](https://example.org/) [b](mailto:a@example.org) [[k1]] [c](javascript:alert(1))');
		expect(loadContent(root).errors).toEqual([]);
	});

	it('reports full addresses of the site itself, in the body and in url fields', () => {
		const root = contentDir({
			...validFiles(),
			'project/a.md':
				'---\ntitel: T\nstart: 2024-01-01\nstatus: lopend\nsamenvatting: S\noutputs:\n  - { titel: R, jaar: 2025, type: rapport, url: "http://localhost:4173/project/p1/" }\n---\nZie http://localhost:4173/project/weg/ en <http://localhost:4173/>.\n'
		});
		expect(codes(root)).toEqual(['project/a.md:7:site-url', 'project/a.md:9:bad-link', 'project/a.md:9:bad-link']);
	});
});
