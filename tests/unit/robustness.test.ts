/**
 * Content that can't break the site. Random and malformed content folders go through the loader (property-based,
 * fast-check) and, for two fixed corpora, through the real Vite build. Every file must end as a node or as at least
 * one error that names it: never a crash, a hang, or a file that silently disappears.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Field } from '../../src/lib/registry/fields.ts';
import { registry, typeNames } from '../../src/lib/registry/registry.ts';
import { formatError } from '../../src/lib/server/load/errors.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kennisgraaf-robust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Files = Record<string, string | Uint8Array>;

let runs = 0;
function writeCorpus(files: Files): string {
	const root = join(scratch, `run-${runs++}`);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const XSS = [
	'<script>alert(1)</script>',
	'<img src="https://example.invalid/x.png" onerror="alert(1)">',
	'"><svg onload=alert(1)>',
	'</script><script>alert(1)</script>',
	'javascript:alert(1)',
	"' onmouseover='alert(1)",
	'{@html "<b>"} ${alert(1)} {{7*7}}',
	'<a href="javascript:alert(1)">x</a>'
];

/** Text that is hostile but legal: scripts, quotes, unicode of every plane, direction marks, very long runs. */
const hostile = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc.constantFrom(...XSS),
	fc.constantFrom('\u202eRTL\u202c', 'ß Ærø ĳ', '😀👩🏽‍🏫', 'a: b # c', '---', '[[x]]', '', ' ', 'null', 'true', '2024-13-45'),
	// Long, but under the line limit (LIMITS.lineChars): longer lines are refused, see hostile.test.ts.
	fc.nat({ max: 3 }).map((n) => 'x'.repeat(4_000 * (n + 1)))
);

/** Ids: valid slugs, and names that differ only in case or diacritics, or are not ids at all. */
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const name = fc.oneof(
	{ weight: 12, arbitrary: slug },
	{ weight: 1, arbitrary: slug.map((s) => s.toUpperCase()) },
	{ weight: 1, arbitrary: slug.map((s) => `${s}é`) },
	{ weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ._é-]{1,12}$/) }
);

/** Text that passes validation: non-empty, no control characters, but otherwise as hostile as above. */
// eslint-disable-next-line no-control-regex
const validText = hostile.filter((t) => t.trim().length > 0 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(t));

/** Ids in the corpus, by type: references mostly name a page of the right type. */
type Pool = Record<string, string[]>;
const anyId = (pool: Pool) => Object.values(pool).flat().concat('x');

function valueFor(field: Field, pool: Pool): fc.Arbitrary<unknown> {
	const fitting = field.kind === 'ref' || field.kind === 'refs' ? field.to.flatMap((t) => pool[t] ?? []) : [];
	const ref = fc.oneof(
		{ weight: fitting.length ? 12 : 0, arbitrary: fc.constantFrom(...(fitting.length ? fitting : ['x'])) },
		{ weight: 1, arbitrary: fc.constantFrom(...anyId(pool)) },
		{ weight: 1, arbitrary: slug },
		{ weight: 1, arbitrary: hostile }
	);
	const valid = (() => {
		switch (field.kind) {
			case 'string':
			case 'text':
				return fc.oneof({ weight: 8, arbitrary: validText }, { weight: 1, arbitrary: hostile });
			case 'int':
				return fc.oneof(
					{ weight: 8, arbitrary: fc.integer({ min: field.min ?? -5, max: field.max ?? 3000 }) },
					{ weight: 1, arbitrary: fc.integer() },
					{ weight: 1, arbitrary: fc.double() }
				);
			case 'date':
				return fc.oneof(
					{
						weight: 8,
						arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
					},
					{ weight: 1, arbitrary: hostile }
				);
			case 'url':
				return fc.oneof(
					{ weight: 4, arbitrary: fc.webUrl() },
					{ weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://x.org/"onmouseover="alert(1)') }
				);
			case 'boolean':
				return fc.boolean();
			case 'enum':
				return fc.constantFrom(...field.values);
			case 'enums':
				return fc.array(fc.constantFrom(...field.values), { maxLength: 3 });
			case 'list':
				return fc.array(validText, { minLength: field.required ? 1 : 0, maxLength: 3 });
			case 'ref':
				return ref;
			case 'refs':
				return fc.array(ref, { maxLength: 3 });
			case 'object':
				return record(field.fields, pool);
			case 'objects':
				return fc.array(record(field.fields, pool), { maxLength: 2 });
		}
	})();
	// Now and then a value of the wrong type altogether.
	const wrong = fc.oneof(fc.integer(), hostile, fc.array(fc.integer(), { maxLength: 2 }), fc.constant(null), fc.dictionary(slug, fc.integer(), { maxKeys: 2 }));
	return fc.oneof({ weight: 30, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrong });
}

/** Frontmatter for a set of fields: optional ones come and go; rarely a required one is missing or an unknown one added. */
function record(fields: Record<string, Field>, pool: Pool): fc.Arbitrary<Record<string, unknown>> {
	const entries = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, valueFor(f, pool)]));
	const required = Object.entries(fields)
		.filter(([, f]) => f.required)
		.map(([k]) => k);
	const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
	return fc
		.tuple(fc.record(entries, { requiredKeys: required }), rarely(fc.constantFrom(...Object.keys(fields))), rarely(fc.tuple(slug, hostile)))
		.map(([r, drop, extra]) => {
			const out: Record<string, unknown> = { ...r };
			if (drop) delete out[drop];
			if (extra) out[extra[0]] = extra[1];
			return out;
		});
}

const body = (pool: Pool) =>
	fc
		.array(
			fc.oneof(
				{ weight: 6, arbitrary: hostile },
				{ weight: 3, arbitrary: fc.constantFrom(...anyId(pool)).map((id) => `[[${id}]]`) },
				{ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...anyId(pool)), hostile).map(([id, l]) => `[[${id}|${l}]]`) },
				{
					weight: 2,
					arbitrary: fc.constantFrom(
						'[x](javascript:alert(1))',
						'<a href="javascript:alert(1)">x</a>',
						'| a | b |\n| - | - |\n| 1 | 2 |',
						'[^1]\n\n[^1]: noot',
						'[ext](https://example.org/)'
					)
				},
				{
					weight: 1,
					arbitrary: fc.oneof(
						slug.map((s) => `[[${s}]]`),
						fc.constantFrom('[a](#nergens)', '<img src="foto.png">', '[b](verslag.pdf)', '[c](/project/)')
					)
				}
			),
			{ maxLength: 6 }
		)
		.map((parts) => parts.join('\n\n'));

/** Whole files: mostly frontmatter for the folder's type, plus every kind of broken file. */
function fileText(type: string, pool: Pool): fc.Arbitrary<string | Uint8Array> {
	const fm = fc.tuple(record(registry[type].fields, pool), body(pool)).map(([data, b]) => `---\n${stringify(data, { lineWidth: 0 })}---\n${b}\n`);
	return fc.oneof(
		{ weight: 16, arbitrary: fm },
		{
			weight: 1,
			arbitrary: fc.constantFrom(
				'',
				' \n\n',
				'---',
				'---\n',
				'---\ntitel: x\n',
				'titel: x\n---\n',
				'---\n---\n',
				'---\n- a\n- b\n---\n',
				'---\n"text"\n---\n',
				'---\nnull\n---\n'
			)
		},
		{ weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => `---\n${s}: [\n{ ${s}\n---\n`) },
		{
			weight: 1,
			arbitrary: fc.constantFrom(
				'---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n',
				'---\n!!set {a, b}\n---\n',
				'---\ntitel: !!binary aGk=\n---\n',
				'---\n__proto__: {titel: x}\n---\n',
				'---\ntitel: a\ntitel: b\n---\n',
				'---\ntitel: "a\u0001b"\n---\n',
				'\uFEFF---\r\ntitel: x\r\n---\r\n'
			)
		},
		{ weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])) },
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) }
	);
}

/** Where a file goes: its type folder mostly, sometimes somewhere the loader must refuse. */
const location = (n: string) =>
	fc.oneof(
		{ weight: 14, arbitrary: fc.constantFrom(...typeNames).map((t) => `${t}/${n}.md`) },
		{ weight: 1, arbitrary: fc.constantFrom(`${n}.md`, `onbekend/${n}.md`, `project/sub/${n}.md`, `project/${n}.txt`, `Project/${n}.md`) }
	);

/** A content folder: names first, then places, then contents that refer to the ids that exist. */
const corpus = fc
	.uniqueArray(name, { minLength: 1, maxLength: 10 })
	.chain((names) => fc.tuple(...names.map((n) => fc.tuple(location(n), fc.constantFrom(...typeNames)))))
	.chain((placed) => {
		const pool: Pool = {};
		for (const [path] of placed) {
			const m = /^([a-z]+)\/([a-z0-9-]+)\.md$/.exec(path);
			if (m && registry[m[1]]) (pool[m[1]] ??= []).push(m[2]);
		}
		return fc.tuple(
			...placed.map(([path, fallback]) => {
				const folder = path.split('/')[0];
				return fileText(path.split('/').length === 2 && registry[folder] ? folder : fallback, pool).map((text) => [path, text] as const);
			})
		);
	})
	.map((entries) => Object.fromEntries(entries) as Files);

function dangerousTags(html: string): string[] {
	const found: string[] = [];
	for (const [tag, name, attrs] of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
		if (/^(script|iframe|object|embed|base|form|style|meta|link)$/i.test(name)) found.push(tag);
		if (/\son[a-z]+\s*=/i.test(attrs) || /\s(href|src|action)\s*=\s*"\s*(javascript|vbscript|data):/i.test(attrs)) found.push(tag);
	}
	return found;
}

describe('random and malformed content through the loader (fast-check)', () => {
	it('finds the dangerous tags it looks for (the check itself can fail)', () => {
		expect(dangerousTags('<p>&lt;script>alert(1)&lt;/script> href="javascript:x"</p>')).toEqual([]);
		expect(dangerousTags('<p><img src="x" onerror="a()"><a href="javascript:x">y</a><script>z</script></p>')).toHaveLength(3);
	});

	it('ends every file as a node or as an error that names it, never a crash', () => {
		fc.assert(
			fc.property(corpus, (files) => {
				const root = writeCorpus(files);
				const { nodes, errors } = loadContent(root);
				const paths = Object.keys(files);
				for (const path of paths) {
					const named = nodes.some((n) => n.file === path) || errors.some((e) => e.file === path);
					expect(named, `${path} was dropped silently`).toBe(true);
				}
				for (const n of nodes) expect(paths, `node from an unknown file ${n.file}`).toContain(n.file);
				for (const e of errors) {
					expect(paths, `error names an unknown file: ${formatError(e)}`).toContain(e.file);
					expect(e.message.length && e.hint.length, formatError(e)).toBeTruthy();
					expect(e.line === undefined || (Number.isInteger(e.line) && e.line >= 1), formatError(e)).toBe(true);
				}
				// Whatever the body said, the HTML carries no script, handler or script URL (text has its "<" escaped).
				for (const n of nodes) expect(dangerousTags(n.html), n.file).toEqual([]);
				rmSync(root, { recursive: true, force: true });
			}),
			{ numRuns: 250, seed: Number(process.env.FC_SEED ?? 20261130) }
		);
		// 250 folders: about 15 s on an idle machine, several times that while builds run beside it.
	}, 150_000);

	it('treats ids that differ only in case or diacritics as errors, not as a second page', () => {
		const base = '---\nnaam: Org\nsoort: school\n---\n';
		const { nodes, errors } = loadContent(writeCorpus({ 'organisatie/school-a.md': base, 'organisatie/School-A.md': base, 'organisatie/schöol-a.md': base }));
		expect(nodes.map((n) => n.id)).toEqual(['school-a']);
		expect(errors.map((e) => `${e.file}:${e.code}`).sort()).toEqual(['organisatie/School-A.md:bad-id', 'organisatie/schöol-a.md:bad-id']);
	});

	it('accepts self-links and circular references without looping', () => {
		const files = {
			'organisatie/o.md': '---\nnaam: O\nsoort: school\n---\nZie [[o]] en [[p]].\n',
			'partnerschap/p.md': '---\nnaam: P\nsoort: opleidingsschool\nstatus: actief\npenvoerder: o\nleden: [o]\nsamenvatting: S\n---\n[[p|ik]] [[o]]\n'
		};
		const { nodes, relations, errors } = loadContent(writeCorpus(files));
		expect(errors).toEqual([]);
		expect(nodes).toHaveLength(2);
		expect(relations.filter((r) => r.source === r.target)).toHaveLength(2);
	});
});

/** One valid page per type, linked into a small graph, with hostile text in every text field and in the bodies. */
const validCorpus = fc
	.record({
		texts: fc.array(validText, { minLength: 12, maxLength: 12 }),
		lists: fc.array(fc.array(validText, { minLength: 1, maxLength: 3 }), { minLength: 4, maxLength: 4 }),
		bodies: fc.array(
			fc.array(
				fc.oneof(
					validText,
					fc.constantFrom('[[a]]', '[[p|<b>vet</b>]]', '[[o]]', '[^1]\n\n[^1]: noot', '[x](javascript:alert(1))', '<a href="javascript:alert(1)">x</a>')
				),
				{ maxLength: 5 }
			),
			{ minLength: 9, maxLength: 9 }
		)
	})
	.map(({ texts: t, lists: l, bodies }) => {
		const data: Record<string, Record<string, unknown>> = {
			'agenda/a': { titel: t[0], uitgever: t[1], jaar: 2022, samenvatting: t[2], url: 'https://example.org/"><script>alert(1)</script>' },
			'thema/t': { titel: t[3], agenda: 'a', nummer: 1, samenvatting: t[4], bron: { document: 'a', pagina: t[5] }, aliassen: l[0] },
			'gamechanger/g': { titel: t[6], thema: 't', nummer: 1, samenvatting: t[7], bron: { document: 'a' } },
			'kennisvraag/k': { vraag: t[8], thema: 't', gamechanger: 'g', bron: { document: 'a' }, trefwoorden: l[1] },
			'agendapunt/ap': {
				titel: t[9],
				agenda: 'a',
				soort: 'thema',
				themas: ['t'],
				citaten: [{ naar: 't', citaat: t[0] }],
				samenvatting: t[10],
				bron: { document: 'a' }
			},
			'organisatie/o': { naam: t[11], soort: 'hogeschool', plaats: t[1] },
			'lectoraat/l': { naam: t[2], lectoren: l[2], hogeschool: 'o', kennisvragen: ['k'], samenvatting: t[3] },
			'partnerschap/p': { naam: t[4], soort: 'opleidingsschool', status: 'actief', penvoerder: 'o', leden: ['o'], regio: t[5], samenvatting: t[6] },
			'project/pr': {
				titel: t[7],
				start: '2024-01-01',
				status: 'lopend',
				lectoraten: ['l'],
				partnerschap: 'p',
				kennisvragen: ['k'],
				outputs: [{ titel: t[8], jaar: 2025, type: 'rapport', doi: t[9] }],
				samenvatting: t[10],
				trefwoorden: l[3]
			}
		};
		return Object.fromEntries(
			Object.entries(data).map(([path, d], i) => [`${path}.md`, `---\n${stringify(d, { lineWidth: 0 })}---\n${bodies[i].join('\n\n')}\n`])
		) as Files;
	});

/** Runs the real build on a folder; VITEST is removed so the content plugin validates as in `npm run build`. */
function build(content: string, name: string) {
	// SvelteKit's output must sit inside the project, where node_modules resolves; both are removed afterwards.
	const kit = `.svelte-kit-robust-${name}-${process.pid}`;
	const dir = join(scratch, `build-${name}`);
	const env: NodeJS.ProcessEnv = { ...process.env, KENNISGRAAF_CONTENT: content, KIT_OUT_DIR: kit, BUILD_DIR: dir, BASE_PATH: '', KENNISGRAAF_PROGRESS: '0' };
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, encoding: 'utf8', timeout: 240_000 });
	rmSync(kit, { recursive: true, force: true });
	return { code: r.status, output: `${r.stdout}\n${r.stderr}`, dir };
}

describe('through the real build', () => {
	it('fails a malformed folder with exit code 1 and every error listed, not a stack trace', () => {
		const files: Files = {
			'agenda/ka.md': '---\ntitel: Agenda\nuitgever: X\njaar: 2022\nsamenvatting: S\n---\n',
			'project/kapot.md': '---\ntitel: Over: dingen\n---\n',
			'project/open.md': '---\ntitel: nooit gesloten\n',
			'project/leeg.md': '',
			'project/bytes.md': new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
			'project/velden.md':
				'---\ntitel: T\nstart: 2024-02-30\nstatus: bezig\nsamenvatting: S\nlectoraten: [nope]\nkleur: rood\n---\n<img src="foto.png"> [hier](#nergens) [[bestaat-niet]]\n',
			'thema/bom.md':
				'---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n',
			'Project/Hoofdletters.md': '---\n---\n',
			'losse-notitie.txt': 'x'
		};
		const root = writeCorpus(files);
		const expected = loadContent(root).errors;
		expect(new Set(expected.map((e) => e.file))).toEqual(new Set(Object.keys(files).filter((f) => f !== 'agenda/ka.md')));
		const { code, output } = build(root, 'malformed');
		expect(code, output).toBe(1);
		for (const e of expected) expect(output).toContain(`${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
		expect(output).toContain(`${expected.length} fouten in de inhoud`);
		expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
	}, 300_000);

	it('builds a folder of hostile but valid content, with a page for every node', () => {
		const [files] = fc.sample(validCorpus, { numRuns: 1, seed: Number(process.env.FC_SEED ?? 7) });
		// Just inside every limit (limits.ts): a 2 MB line once passed the checker and then hung the build.
		const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i % 997}`).join(' ');
		files['organisatie/aan-de-grens.md'] = [
			'---\nnaam: Aan de grens\nsoort: school\n---',
			...Array.from({ length: 11 }, () => words(2200)),
			Array.from({ length: 18 }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n'),
			Array.from({ length: 450 }, (_, i) => `- [bron ${i}](https://example.org/${i}) *nadruk* en **vet**`).join('\n'),
			`${'x'.repeat(19_990)}`
		].join('\n\n');
		const root = writeCorpus(files);
		const { nodes, errors } = loadContent(root);
		expect(errors.map(formatError)).toEqual([]);
		const { code, output, dir } = build(root, 'hostile');
		expect(code, output).toBe(0);
		for (const n of nodes) {
			const html = readFileSync(join(dir, n.type, n.id, 'index.html'), 'utf8');
			expect(html, n.file).toContain('<h1');
			expect(html, n.file).not.toMatch(/<script>alert|<img [^>]*onerror|<svg onload/);
		}
		expect(existsSync(join(dir, 'graph.json'))).toBe(true);
	}, 300_000);
});
