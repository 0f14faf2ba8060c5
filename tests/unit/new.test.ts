/** npm run new: valid files with unique ids, from flags or from answers, against a copy of the shipped content. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { field } from '../../src/lib/server/graph/hierarchy.ts';
import { runNew, type NewIO } from '../../src/lib/server/publish/new.ts';
import { slugify, uniqueId } from '../../src/lib/server/publish/slug.ts';

function copyContent(): string {
	const root = join(mkdtempSync(join(tmpdir(), 'kennisgraaf-new-')), 'content');
	cpSync('content', root, { recursive: true });
	return root;
}

/** Runs the command with scripted answers; collects what it prints. */
async function run(argv: string[], opts: { root?: string; answers?: string[] } = {}) {
	const root = opts.root ?? copyContent();
	const out: string[] = [];
	const err: string[] = [];
	const questions: string[] = [];
	const answers = [...(opts.answers ?? [])];
	const io: NewIO = {
		root,
		repoRoot: process.cwd(),
		interactive: opts.answers !== undefined,
		ask: async (q) => {
			questions.push(q);
			return answers.length ? answers.shift()! : null;
		},
		out: (t) => out.push(t),
		err: (t) => err.push(t)
	};
	const result = await runNew(argv, io);
	return { ...result, root, out: out.join('\n'), err: err.join('\n'), questions, unanswered: answers };
}

const errorsFor = (root: string, file: string) => loadContent(root).errors.filter((e) => e.file === file);

describe('slugify and uniqueId', () => {
	it('makes an id the loader accepts from any title', () => {
		expect(slugify('Feedback in de brugklas')).toBe('feedback-in-de-brugklas');
		expect(slugify('Één café: “Ouders & school” — ïn 2025!')).toBe('een-cafe-ouders-school-in-2025');
		expect(slugify('   ')).toBe('');
		expect(slugify('Straße Ærø')).toBe('strasse-aero');
		const long = slugify('Een heel erg lange titel die maar doorgaat over onderwijs en onderzoek in de regio');
		expect(long.length).toBeLessThanOrEqual(60);
		expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('appends -2, -3 … when the id is taken', () => {
		expect(uniqueId('a', new Set())).toBe('a');
		expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
	});
});

describe('npm run new with flags (no terminal)', () => {
	it('writes a valid project with references, and says where it went and how to preview it', async () => {
		const r = await run([
			'project',
			'Feedback in de brugklas: wat werkt?',
			'--start',
			'2025-02-01',
			'--status',
			'lopend',
			'--lectoraten',
			'lectoraat-feedback-en-formatief-evalueren,lectoraat-digitale-geletterdheid',
			'--kennisvragen=kv-feedbackcultuur-in-teams',
			'--sectoren',
			'vo, mbo',
			'--samenvatting',
			'Onderzoekt feedback: in de klas.'
		]);
		expect(r.code, r.err).toBe(0);
		expect(r.id).toBe('feedback-in-de-brugklas-wat-werkt');
		const text = readFileSync(r.file!, 'utf8');
		expect(text).toMatch(/^---\n# yaml-language-server: \$schema=(\.\.\/)+.*static\/schema\/project\.json\n/);
		expect(errorsFor(r.root, 'project/feedback-in-de-brugklas-wat-werkt.md')).toEqual([]);
		const node = loadContent(r.root).nodes.find((n) => n.id === r.id)!;
		expect(node.title).toBe('Feedback in de brugklas: wat werkt?');
		expect(node.data).toMatchObject({ start: '2025-02-01', sectoren: ['vo', 'mbo'], samenvatting: 'Onderzoekt feedback: in de klas.' });
		expect(field(node, 'lectoraten')).toEqual(['lectoraat-feedback-en-formatief-evalueren', 'lectoraat-digitale-geletterdheid']);
		expect(r.out).toContain('project/feedback-in-de-brugklas-wat-werkt.md');
		expect(r.out).toContain('npm run dev');
		expect(r.out).toContain('http://localhost:5173/project/feedback-in-de-brugklas-wat-werkt/');
	});

	it('gives a second page with the same title the next free id', async () => {
		const root = copyContent();
		const args = ['lectoraat', 'Leren met AI', '--lectoren', 'A. Jansen', '--hogeschool', 'hogeschool-duinmark', '--samenvatting', 'Over AI.'];
		expect((await run(args, { root })).id).toBe('leren-met-ai');
		expect((await run(args, { root })).id).toBe('leren-met-ai-2');
		expect(loadContent(root).errors).toEqual([]);
	});

	it('keeps ids unique across types, not only within one', async () => {
		const r = await run(['project', 'Gelijke kansen', '--start', '2025-01-01', '--status', 'gepland', '--samenvatting', 'S.']);
		expect(r.id).toBe('gelijke-kansen-2'); // thema/gelijke-kansen exists
	});

	it('writes nested blocks from dotted flags (kennisvraag with bron)', async () => {
		const r = await run([
			'kennisvraag',
			'Hoe werkt feedback in het mbo?',
			'--thema',
			'gelijke-kansen',
			'--bron.document',
			'kennisagenda',
			'--bron.pagina',
			'12'
		]);
		expect(r.code, r.err).toBe(0);
		const node = loadContent(r.root).nodes.find((n) => n.id === r.id)!;
		expect(node.data.bron).toEqual({ document: 'kennisagenda', pagina: '12' });
	});

	it('lists every missing required field and writes nothing', async () => {
		const root = copyContent();
		const before = readdirSync(join(root, 'project')).length;
		const r = await run(['project', 'Iets nieuws'], { root });
		expect(r.code).toBe(1);
		for (const flag of ['--start', '--status', '--samenvatting']) expect(r.err).toContain(`${flag} ontbreekt`);
		expect(r.err).toContain('npm run new -- project "Titel"');
		expect(readdirSync(join(root, 'project')).length).toBe(before);
	});

	it('rejects wrong values with a fix, suggesting the closest existing id', async () => {
		const r = await run(['project', 'X', '--start', '2025-13-01', '--status', 'lopnd', '--samenvatting', 'S', '--lectoraten', 'lectoraat-feedbak']);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/--start: "2025-13-01" is geen datum/);
		expect(r.err).toMatch(/--status: "lopnd" kan niet; kies uit: gepland, lopend, afgerond\. Bedoelde je "lopend"\?/);
		expect(r.err).toMatch(/Bedoelde je "lectoraat-feedback-en-formatief-evalueren"/);
		expect(r.err).not.toContain('ontbreekt');
	});

	it('rejects a reference to a page of the wrong type', async () => {
		const r = await run(['project', 'X', '--start', '2025-01-01', '--status', 'lopend', '--samenvatting', 'S', '--lectoraten', 'hogeschool-duinmark']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('"hogeschool-duinmark" is een organisatie, geen lectoraat');
	});

	it('explains unknown types and fields, with a suggestion', async () => {
		expect((await run(['projekt', 'X'])).err).toContain('Bedoelde je "project"?');
		const r = await run(['project', 'X', '--statsu', 'lopend']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('Onbekend veld --statsu voor project. Bedoelde je "status"?');
	});

	it('accepts an explicit id, but not a taken or malformed one', async () => {
		const args = ['project', 'X', '--start', '2025-01-01', '--status', 'lopend', '--samenvatting', 'S'];
		expect((await run([...args, '--id', 'mijn-project'])).id).toBe('mijn-project');
		expect((await run([...args, '--id', 'gelijke-kansen'])).err).toContain('bestaat al');
		expect((await run([...args, '--id', 'Mijn Project'])).err).toContain('kan niet');
	});

	it('lists the ids of a type, to look references up', async () => {
		const r = await run(['--ids', 'lectoraat']);
		expect(r.code).toBe(0);
		expect(r.out).toContain('lectoraat-feedback-en-formatief-evalueren  Feedback en Formatief Evalueren');
	});
});

describe('npm run new in a terminal (scripted answers)', () => {
	it('asks for the required fields, then offers references found by name, and writes a valid file', async () => {
		const r = await run(['lectoraat'], {
			answers: [
				'Leren met technologie', // naam
				'A. Jansen, B. de Vries', // lectoren
				'duinmark', // hogeschool: search …
				'1', // … pick hogeschool-duinmark
				'', // samenvatting is required: an empty answer is asked again
				'Onderzoekt technologie in de klas.',
				'kansen', // themas: search
				'1',
				'', // done with themas
				'werkdruk', // kennisvragen: search
				'1',
				'' // done
			]
		});
		expect(r.code, r.err).toBe(0);
		expect(r.unanswered).toEqual([]);
		expect(r.err).toContain('Dit veld is verplicht.');
		const node = loadContent(r.root).nodes.find((n) => n.id === 'leren-met-technologie')!;
		expect(node.data).toMatchObject({
			lectoren: ['A. Jansen', 'B. de Vries'],
			hogeschool: 'hogeschool-duinmark',
			themas: ['gelijke-kansen'],
			kennisvragen: ['kv-technologie-en-werkdruk']
		});
		expect(r.out).toMatch(/1\. hogeschool-duinmark {2}\(Hogeschool Duinmark\)/);
	});

	it('asks for the type and title when they are missing, and takes numbers for choices', async () => {
		const r = await run([], { answers: ['1', 'Lezen in groep 8', 'vandaag', '2', 'Over lezen.', '', '', '', '', '', ''] });
		expect(r.code, r.err).toBe(0);
		const node = loadContent(r.root).nodes.find((n) => n.id === 'lezen-in-groep-8')!;
		expect(node.type).toBe('project');
		expect(field(node, 'status')).toBe('lopend');
		expect(field(node, 'start')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('asks again after a wrong answer, and stops cleanly when the input ends', async () => {
		const r = await run(['project', 'Iets'], { answers: ['morgen', '2025-01-01'] });
		expect(r.err).toContain('"morgen" is geen datum');
		expect(r.code).toBe(1);
		expect(r.err).toContain('Gestopt: er is niets bewaard.');
		expect(existsSync(join(r.root, 'project', 'iets.md'))).toBe(false);
	});
});

describe('the npm script itself', () => {
	it('without a terminal and without required fields: exit code 1 and what to pass', () => {
		const root = copyContent();
		const p = spawnSync('npx', ['tsx', 'scripts/new.ts', 'partnerschap', 'Netwerk Noord'], {
			env: { ...process.env, KENNISGRAAF_CONTENT: root },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
		expect(p.status).toBe(1);
		for (const flag of ['--soort', '--status', '--penvoerder', '--samenvatting']) expect(p.stderr).toContain(`${flag} ontbreekt`);
	});
});
