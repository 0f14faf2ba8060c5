/**
 * Hostile input (issue 12): every fixture ends as an error that names its file, quickly, never as a hang or a stack
 * trace; the checker (scripts/check.ts) and the build report the same errors; non-regular files are skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatError, type ContentError } from '../../src/lib/server/load/errors.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { LIMITS } from '../../src/lib/server/load/limits.ts';
import { contentDir, validFiles } from './helpers.ts';
import { errorFixtures, type Fixture } from './hostile-fixtures.ts';

const fixtures = errorFixtures();
const corpus = () => ({ ...validFiles(), ...Object.fromEntries(fixtures.map((f) => [f.file, f.text])) });

/** `npm run check --json` on a folder, as a lector runs it; bounded, so a hang fails the test instead of stalling it. */
function check(root: string, timeout = 60_000) {
	const started = performance.now();
	const r = spawnSync('npx', ['tsx', 'scripts/check.ts', '--json'], {
		env: { ...process.env, KENNISGRAAF_CONTENT: root },
		encoding: 'utf8',
		timeout,
		maxBuffer: 64 * 1024 * 1024
	});
	const ms = performance.now() - started;
	expect(r.signal, `the checker did not finish within ${timeout} ms`).toBeNull();
	expect(r.stderr, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	return { code: r.status, ms, result: JSON.parse(r.stdout) as { ok: boolean; nodes: number; errors: ContentError[] } };
}

describe('hostile fixtures through the loader', () => {
	const root = contentDir(corpus());
	const started = performance.now();
	const { nodes, errors } = loadContent(root);
	const ms = performance.now() - started;

	it('loads them all within a bound, the valid files still as pages', () => {
		expect(ms, `${fixtures.length} fixtures took ${Math.round(ms)} ms`).toBeLessThan(20_000);
		const pages = nodes.map((n) => n.file);
		for (const file of Object.keys(validFiles())) expect(pages).toContain(file);
	});

	it.each(fixtures.map((f) => [`${f.kind}: ${f.name}`, f] as [string, Fixture]))('%s is an error naming the file, with a Dutch hint', (_, f) => {
		const mine = errors.filter((e) => e.file === f.file);
		expect(mine.length, `${f.file} was accepted`).toBeGreaterThan(0);
		expect(f.codes, mine.map(formatError).join('\n')).toContain(mine[0].code);
		if (f.line !== undefined) expect(mine[0].line, formatError(mine[0])).toBe(f.line);
		for (const e of mine) {
			expect(e.message + e.hint, formatError(e)).not.toMatch(/\b(the|must|not allowed|Unexpected|Maximum call stack)\b/);
			expect(e.hint.length).toBeGreaterThan(10);
		}
	});

	it('covers several variants of every class', () => {
		const perKind = new Map<string, number>();
		for (const f of fixtures) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
		for (const [kind, n] of perKind) expect(n, kind).toBeGreaterThanOrEqual(5);
	});

	it('turns a file over its time budget into an error', () => {
		const budget = LIMITS.fileMs;
		LIMITS.fileMs = 0;
		try {
			const slow = loadContent(contentDir(validFiles()));
			expect(slow.nodes).toEqual([]);
			expect(new Set(slow.errors.map((e) => e.code))).toEqual(new Set(['too-slow']));
			expect(slow.errors.map((e) => e.file).sort()).toEqual(Object.keys(validFiles()).sort());
		} finally {
			LIMITS.fileMs = budget;
		}
	});
	it('counts only a file’s own work against its budget, not the time spent on the other files', () => {
		// A clock that jumps a second at every reading: the whole corpus takes far longer than one file's budget,
		// as a 10,000-file corpus does on a busy machine, while each file's own work stays within it.
		let now = 0;
		const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
		const budget = LIMITS.fileMs;
		LIMITS.fileMs = 30_000;
		try {
			const files = validFiles();
			const loaded = loadContent(contentDir(files));
			expect(now, 'the corpus took longer than one budget').toBeGreaterThan(LIMITS.fileMs);
			expect(loaded.errors.map(formatError)).toEqual([]);
			expect(loaded.nodes.length).toBe(Object.keys(files).length);
		} finally {
			LIMITS.fileMs = budget;
			clock.mockRestore();
		}
	});
});

describe('limits count what the parsers see, not lookalikes', () => {
	it('accepts brackets in quoted YAML text and comments, long reference lists, and links whose address is spelled out', () => {
		const deep = '['.repeat(30);
		const files = {
			'organisatie/q.md': `---\nnaam: "${deep}"\nsoort: school # ${deep}\nplaats: 'Agenda''s ${deep}'\n---\n`,
			'organisatie/bronnen.md': `---\nnaam: Bronnen\nsoort: school\n---\n${Array.from({ length: 450 }, (_, i) => `- [https://example.org/${i}](https://example.org/${i}) *${i}*`).join('\n')}\n`,
			'organisatie/diep-genoeg.md': `---\nnaam: Diep\nsoort: school\n---\n${Array.from({ length: 15 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')}\n\n${'> '.repeat(15)}citaat\n\n${'<div>'.repeat(15)}x${'</div>'.repeat(15)}\n`
		};
		const { nodes, errors } = loadContent(contentDir({ ...validFiles(), ...files }));
		expect(errors.map(formatError)).toEqual([]);
		for (const file of Object.keys(files))
			expect(
				nodes.some((n) => n.file === file),
				file
			).toBe(true);
	});
});

describe('pipes, sockets, devices and links in the content folder', () => {
	let server: Server | undefined;
	afterAll(() => server?.close());

	it('are named and skipped, and the checker never blocks on them', async () => {
		const root = contentDir(validFiles());
		execFileSync('mkfifo', [join(root, 'project/pijp.md')]);
		execFileSync('mkfifo', [join(root, 'losse-pijp')]);
		mkdirSync(join(root, 'lectoraat/sub'), { recursive: true });
		execFileSync('mkfifo', [join(root, 'lectoraat/sub/diep.md')]);
		symlinkSync('/dev/zero', join(root, 'project/nul.md'));
		symlinkSync(join(root, 'project/pijp.md'), join(root, 'project/naar-pijp.md'));
		symlinkSync(join(root, 'nergens.md'), join(root, 'project/dood.md'));
		symlinkSync(join(root, 'project/lus-b.md'), join(root, 'project/lus-a.md'));
		symlinkSync(join(root, 'project/lus-a.md'), join(root, 'project/lus-b.md'));
		symlinkSync(root, join(root, 'project/map.md'));
		symlinkSync(join(root, 'organisatie/hs.md'), join(root, 'organisatie/hs-link.md'));
		server = createServer();
		await new Promise<void>((resolve) => server!.listen(join(root, 'project/stopcontact.md'), resolve));

		const { code, ms, result } = check(root);
		expect(code).toBe(1);
		expect(ms).toBeLessThan(30_000);
		const byFile = new Map(result.errors.map((e) => [e.file, e]));
		expect(byFile.get('project/pijp.md')?.message).toMatch(/named pipe/);
		expect(byFile.get('losse-pijp')?.message).toMatch(/named pipe/);
		expect(byFile.get('lectoraat/sub/diep.md')?.message).toMatch(/named pipe/);
		expect(byFile.get('project/naar-pijp.md')?.message).toMatch(/named pipe/);
		expect(byFile.get('project/nul.md')?.message).toMatch(/apparaatbestand/);
		expect(byFile.get('project/stopcontact.md')?.message).toMatch(/socket/);
		expect(byFile.get('project/map.md')?.message).toMatch(/koppeling naar een map/);
		for (const f of ['project/dood.md', 'project/lus-a.md', 'project/lus-b.md']) expect(byFile.get(f)?.code, f).toBe('unreadable');
		// A link to a regular file is read like the file (its id is then taken twice).
		expect(byFile.get('organisatie/hs-link.md')).toBeUndefined();
		expect(result.nodes).toBe(Object.keys(validFiles()).length + 1);
	}, 90_000);
});

describe('the checker and the build agree', () => {
	it('every error fixture alone: the checker names it', () => {
		for (const f of fixtures) {
			const { errors } = loadContent(contentDir({ ...validFiles(), [f.file]: f.text }));
			expect(
				errors.map((e) => e.file),
				f.name
			).toContain(f.file);
			expect(
				errors.every((e) => e.file === f.file),
				f.name
			).toBe(true);
		}
	});

	it('the build rejects all fixtures with exactly the errors `npm run check` lists first', () => {
		const root = contentDir(corpus());
		// Also what no fixture text can be: the build version hashes the folder before the loader runs.
		execFileSync('mkfifo', [join(root, 'project/pijp.md')]);
		symlinkSync(root, join(root, 'project/lus.md'));
		symlinkSync('/dev/zero', join(root, 'project/nul.md'));
		const checked = check(root);
		expect(checked.code).toBe(1);
		const expected = checked.result.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
		for (const f of fixtures) expect(expected.some((e) => e.startsWith(`${f.file}:`))).toBe(true);

		const env: NodeJS.ProcessEnv = {
			...process.env,
			KENNISGRAAF_CONTENT: root,
			KIT_OUT_DIR: `.svelte-kit-hostile-${process.pid}`,
			BUILD_DIR: join(root, '..', `build-hostile-${process.pid}`),
			KENNISGRAAF_PROGRESS: '0'
		};
		for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
		const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
		spawnSync('rm', ['-rf', env.KIT_OUT_DIR!, env.BUILD_DIR!]);
		const output = `${r.stdout}\n${r.stderr}`;
		expect(r.status, output.slice(0, 2000)).toBe(1);
		const built = output.split('\n').filter((l) => /^[^\s].*?(:\d+)?: /.test(l) && expected.some((e) => l === e));
		expect(new Set(built)).toEqual(new Set(expected));
		expect(output).toContain(`${expected.length} fouten in de inhoud`);
		expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
	}, 300_000);
});
