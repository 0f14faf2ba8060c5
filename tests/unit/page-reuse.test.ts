/**
 * Node pages kept from the previous build (scripts/page-record.js) can never show old content: after one content
 * file changes, a build that keeps pages writes exactly what a build from scratch writes, byte for byte, so every
 * page that shows the changed node (its own, the relations and "Verwant" of others, previews, listings, the search
 * index, graph data) is new. Three real builds of a small generated corpus.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputHash, pagesToRender, recordPath } from '../../scripts/page-record.js';

const work = mkdtempSync(join(tmpdir(), 'kg-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(out: string, content: string, env: Record<string, string> = {}) {
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'info'], {
		env: {
			...process.env,
			KENNISGRAAF_CONTENT: content,
			BUILD_DIR: out,
			KIT_OUT_DIR: `.svelte-kit-reuse-${process.pid}`,
			KENNISGRAAF_PAGE_CACHE_DIR: join(work, 'pages-cache'),
			KENNISGRAAF_CONTENT_CACHE_DIR: join(work, 'content-cache'),
			...env
		},
		encoding: 'utf8',
		timeout: 400_000,
		maxBuffer: 64 * 1024 * 1024
	});
	if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
	return r.stdout;
}

describe('page-record', () => {
	it('renders a page again when its hash changes or its file is gone, and keeps the rest', () => {
		const dir = join(work, 'unit-build');
		const kit = join(work, 'unit-kit');
		process.env.BUILD_DIR = dir;
		process.env.KENNISGRAAF_PAGE_CACHE_DIR = join(work, 'unit-cache');
		try {
			execFileSync('mkdir', ['-p', join(dir, 'a'), join(dir, 'b'), join(dir, 'c'), join(work, 'unit-cache')]);
			for (const p of ['a', 'b']) writeFileSync(join(dir, p, 'index.html'), 'x');
			writeFileSync(recordPath(resolve(dir)), JSON.stringify({ pages: { 'a/index.html': '1', 'b/index.html': '1', 'c/index.html': '1' } }));
			const render = pagesToRender(
				new Map([
					['a/index.html', '1'],
					['b/index.html', '2'],
					['c/index.html', '1']
				]),
				kit
			);
			// b changed; c's file is missing; a is kept.
			expect([...render].sort()).toEqual(['b/index.html', 'c/index.html']);
			process.env.KENNISGRAAF_PAGE_CACHE = '0';
			expect(pagesToRender(new Map([['a/index.html', '1']]), kit).size).toBe(1);
		} finally {
			delete process.env.BUILD_DIR;
			delete process.env.KENNISGRAAF_PAGE_CACHE;
			delete process.env.KENNISGRAAF_PAGE_CACHE_DIR;
		}
	});

	it('hashes what Maps and Sets hold', () => {
		expect(inputHash(new Map([['a', 1]]))).not.toBe(inputHash(new Map([['a', 2]])));
		expect(inputHash(new Set(['a']))).not.toBe(inputHash(new Set(['b'])));
	});
});

describe('a second build after a content edit', () => {
	it('writes the same site as a build from scratch, with the changed title everywhere', { timeout: 1_200_000 }, () => {
		const content = join(work, 'content');
		execFileSync('npx', ['tsx', 'scripts/generate-corpus.ts', '--nodes', '300', '--out', content], { stdio: 'ignore' });
		const [warm, cold] = [join(work, 'warm'), join(work, 'cold')];
		build(warm, content);

		// A project with a lectoraat: the lectoraat's page lists the project by title.
		const graph = JSON.parse(readFileSync(join(warm, 'graph.json'), 'utf8')) as {
			nodes: { id: string; type: string }[];
			edges: { source: string; target: string; type: string }[];
		};
		const projects = new Set(graph.nodes.filter((n) => n.type === 'project').map((n) => n.id));
		const edge = graph.edges.find((e) => projects.has(e.source) && e.type === 'lectoraten')!;
		const file = join(content, 'project', `${edge.source}.md`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel: .*$/m, 'titel: "Gewijzigde titel voor de hergebruiktest"'));

		const log = build(warm, content);
		expect(log).toMatch(/knooppagina’s uit de vorige build behouden/);
		expect(readFileSync(join(warm, 'lectoraat', edge.target, 'index.html'), 'utf8')).toContain('Gewijzigde titel voor de hergebruiktest');

		build(cold, content, { KENNISGRAAF_PAGE_CACHE: '0', KENNISGRAAF_CONTENT_CACHE: '0', KENNISGRAAF_LAYOUT_CACHE: '0' });
		const diff = spawnSync('diff', ['-r', '--brief', warm, cold], { encoding: 'utf8' });
		expect(diff.stdout).toBe('');
		rmSync(`.svelte-kit-reuse-${process.pid}`, { recursive: true, force: true });
	});
});
