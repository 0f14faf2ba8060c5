/**
 * A second build reuses what did not change: the previous bundles when the code and settings are the same
 * (scripts/build.js, scripts/bundle-reuse.js), and the node pages whose inputs are the same (scripts/page-record.js).
 * Neither may ever show old content: after content edits (a title shown on other pages, a node added, a node removed;
 * then a body's text alone, which takes the shorter way of src/lib/server/reuse/body-inputs.ts) a build without
 * bundling that keeps pages writes exactly what a build from scratch writes, byte for byte. Code and
 * settings changes must bundle again: checked on the decision, which the real builds here run too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputHash, previousPages, recordPath, splitKept, takePending, writePending } from '../../scripts/page-record.js';
import { INPUTS, buildVersion, thisBuildVersion } from '../../scripts/build-version.js';
import { KitShapeError, kitInternals, whyBundle, writeStamp } from '../../scripts/bundle-reuse.js';
import { buildSite } from '../../scripts/build.js';

const work = mkdtempSync(join(tmpdir(), 'kg-reuse-'));
const kitOut = (name: string) => `.svelte-kit-reuse-${name}-${process.pid}`;
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	for (const name of ['warm', 'cold']) rmSync(kitOut(name), { recursive: true, force: true });
});

/** Runs `npm run build`'s script with its own folders and caches; returns its output. */
function build(out: string, content: string, kit: string, env: Record<string, string> = {}) {
	// Without vitest's NODE_ENV=test and VITEST* markers (which turn the content check and progress lines off), as
	// `npm run build` runs.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
	const r = spawnSync('node', ['scripts/build.js', '--logLevel', 'info'], {
		env: {
			...inherited,
			KENNISGRAAF_CONTENT: content,
			BUILD_DIR: out,
			KIT_OUT_DIR: kit,
			KENNISGRAAF_PAGE_CACHE_DIR: join(work, 'pages-cache'),
			KENNISGRAAF_CONTENT_CACHE_DIR: join(work, 'content-cache'),
			KENNISGRAAF_FILE_CACHE_DIR: join(work, 'file-cache'),
			...env
		},
		encoding: 'utf8',
		timeout: 400_000,
		maxBuffer: 64 * 1024 * 1024
	});
	if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
	return r.stdout;
}

/** Sets environment variables for the length of `fn`. */
function withEnv<T>(env: Record<string, string | undefined>, fn: () => T): T {
	const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
	const set = (values: Record<string, string | undefined>) => {
		for (const [k, v] of Object.entries(values)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
	};
	set(env);
	try {
		return fn();
	} finally {
		set(saved);
	}
}

describe('page-record', () => {
	it('renders a page again when its hash changes or its file is gone, and keeps the rest', () => {
		const dir = join(work, 'unit-build');
		const kit = join(work, 'unit-kit');
		withEnv({ BUILD_DIR: dir, KENNISGRAAF_PAGE_CACHE_DIR: join(work, 'unit-cache') }, () => {
			for (const p of ['a', 'b', 'c']) mkdirSync(join(dir, p), { recursive: true });
			mkdirSync(join(work, 'unit-cache'), { recursive: true });
			for (const p of ['a', 'b']) writeFileSync(join(dir, p, 'index.html'), 'x');
			const pages = { 'a/index.html': '1', 'b/index.html': '1', 'c/index.html': '1' };
			writeFileSync(recordPath(resolve(dir)), JSON.stringify({ code: 'v1', pages }));
			// A record made by other code does not count: every page renders, hashed as it does.
			expect(previousPages('v2')).toBeUndefined();
			const previous = previousPages('v1')!;
			const hashes = new Map([
				['a/index.html', '1'],
				['b/index.html', '2'],
				['c/index.html', '1']
			]);
			// b changed; c's file is missing; a is kept.
			const { render, kept } = splitKept(hashes, previous);
			expect([...render].sort()).toEqual(['b/index.html', 'c/index.html']);
			expect(kept).toEqual(['a/index.html']);
			// A page with a server load is kept only with its data file, and keeps both.
			const withData = () =>
				splitKept(
					new Map([
						['a/index.html', '1'],
						['b/index.html', '1']
					]),
					previous,
					(file) => [file.replace('index.html', '__data.json')]
				);
			expect(withData()).toEqual({ render: new Set(['a/index.html', 'b/index.html']), kept: [] });
			writeFileSync(join(dir, 'a', '__data.json'), '{}');
			expect(withData()).toEqual({ render: new Set(['b/index.html']), kept: ['a/index.html', 'a/__data.json'] });
			withEnv({ KENNISGRAAF_PAGE_CACHE: '0' }, () => expect(previousPages('v1')).toBeUndefined());
			// A record whose pages were still being hashed as they rendered (a build that stopped) is not kept.
			writePending(kit, 'v1', new Map([['a/index.html', '1']]), [], ['b/index.html']);
			expect(takePending(kit, dir)).toBeUndefined();
			writePending(kit, 'v1', new Map([['a/index.html', '1']]), []);
			expect(takePending(kit, dir)?.pages).toEqual({ 'a/index.html': '1' });
		});
	});

	it('hashes what Maps and Sets hold', () => {
		expect(inputHash(new Map([['a', 1]]))).not.toBe(inputHash(new Map([['a', 2]])));
		expect(inputHash(new Set(['a']))).not.toBe(inputHash(new Set(['b'])));
	});
});

describe('reusing the bundles', () => {
	it('takes a new code version for a code edit (src, docs, build scripts) and a settings change, not for content', () => {
		const root = join(work, 'project');
		for (const dir of ['src', 'docs', 'scripts', 'content']) mkdirSync(join(root, dir), { recursive: true });
		writeFileSync(join(root, 'src', 'a.ts'), 'export {};');
		writeFileSync(join(root, 'content', 'x.md'), 'x');
		const code = () => buildVersion({ root, content: false });
		const first = code();
		writeFileSync(join(root, 'content', 'x.md'), 'y');
		expect(code()).toBe(first);
		const changed = (file: string) => {
			writeFileSync(join(root, file), `// ${file}`);
			const version = code();
			unlinkSync(join(root, file));
			return version;
		};
		for (const file of ['src/b.ts', 'docs/publiceren.md', 'scripts/page-record.js', '.env']) expect(changed(file), file).not.toBe(first);
		for (const env of [{ BASE_PATH: '/kennisgraaf' }, { SITE_URL: 'https://example.org' }, { VITE_KG_TEST_HOOK: '1' }])
			expect(withEnv(env, code)).not.toBe(first);
	});

	it('takes a new data version for a content edit, also when the content folder is a link', () => {
		const root = join(work, 'linked');
		const real = join(work, 'linked-content');
		mkdirSync(join(root, 'src'), { recursive: true });
		mkdirSync(real, { recursive: true });
		writeFileSync(join(real, 'x.md'), 'x');
		symlinkSync(real, join(root, 'content'));
		const data = () => buildVersion({ root });
		const first = data();
		writeFileSync(join(real, 'x.md'), 'y');
		expect(data()).not.toBe(first);
	});

	it('counts every build script the server code imports in the code version (the bundles hold it)', () => {
		const sources = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
				d.isDirectory() ? sources(join(dir, d.name)) : /\.(ts|js|svelte)$/.test(d.name) ? [join(dir, d.name)] : []
			);
		const imported = new Set(
			sources('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"](?:\.\.\/)+(scripts\/[\w-]+\.js)['"]/g)].map((m) => m[1]))
		);
		expect(imported.size).toBeGreaterThan(2);
		for (const script of imported) expect(INPUTS, script).toContain(script);
	});

	it('bundles again without a finished build, after a settings change, or when turned off; else reuses', () => {
		const out = join(work, 'kit-out');
		// vitest sets NODE_ENV=test, which asks for another kind of bundle.
		expect(whyBundle(out)).toMatch(/NODE_ENV/);
		withEnv({ BASE_PATH: undefined, NODE_ENV: undefined }, () => {
			expect(whyBundle(out)).toMatch(/geen afgeronde vorige build/);
			writeStamp(out);
			expect(whyBundle(out)).toMatch(/onvolledig/);
			for (const file of ['server/index.js', 'server/internal.js', 'server/env.js', 'server/manifest-full.js', 'server/.vite/manifest.json'])
				mkdirSync(join(out, 'output', file), { recursive: true });
			mkdirSync(join(out, 'output', 'client'), { recursive: true });
			expect(whyBundle(out)).toBeUndefined();
			withEnv({ KENNISGRAAF_BUNDLE_CACHE: '0' }, () => expect(whyBundle(out)).toMatch(/staat uit/));
		});
		// The stamp was written without BASE_PATH: a sub-path build must bundle.
		withEnv({ BASE_PATH: '/kennisgraaf', NODE_ENV: undefined }, () => {
			expect(thisBuildVersion('code')).not.toBe(withEnv({ BASE_PATH: undefined }, () => thisBuildVersion('code')));
			expect(whyBundle(out)).toMatch(/gewijzigd/);
		});
	});

	it('finds the SvelteKit internals it needs, and refuses a SvelteKit without them', async () => {
		const found = await kitInternals();
		for (const name of ['load_svelte_config', 'create_manifest_data', 'get_env', 'analyse', 'prerender', 'generate_manifest', 'adapt', 'logger'])
			expect(typeof found[name], name).toBe('function');
		await expect(kitInternals({ dir: join(work, 'no-kit'), version: '9.0.0' })).rejects.toBeInstanceOf(KitShapeError);
	});

	it('falls back to bundling, saying why, when the path without bundling cannot be taken or fails', async () => {
		const run = async (why: string | undefined, fast: () => Promise<void>) => {
			const lines: string[] = [];
			let full = 0;
			const code = await buildSite({ why: () => why, fast, full: () => (full++, 0), log: (l) => lines.push(l) });
			return { code, full, lines };
		};
		expect(await run('de code is gewijzigd', async () => {})).toMatchObject({ full: 1, lines: [expect.stringMatching(/volledige build.*gewijzigd/)] });
		expect(await run(undefined, async () => {})).toMatchObject({ full: 0, lines: [expect.stringMatching(/zonder bundelen/)] });
		const shape = await run(undefined, () => Promise.reject(new KitShapeError('geen prerender()')));
		expect(shape.full).toBe(1);
		expect(shape.lines[1]).toMatch(/toch een volledige build met bundelen: geen prerender\(\)/);
		const failed = await run(undefined, () => Promise.reject(new TypeError('x is undefined')));
		expect(failed.full).toBe(1);
		expect(failed.lines[1]).toMatch(/mislukte: x is undefined/);
	});
});

describe('a second build after content edits', () => {
	it('skips bundling and writes the same site as a build from scratch', { timeout: 1_200_000 }, () => {
		const content = join(work, 'content');
		execFileSync('npx', ['tsx', 'scripts/generate-corpus.ts', '--nodes', '300', '--out', content], { stdio: 'ignore' });
		const [warm, cold] = [join(work, 'warm'), join(work, 'cold')];
		expect(build(warm, content, kitOut('warm'))).toMatch(/volledige build met bundelen: er is geen afgeronde vorige build/);

		const graph = JSON.parse(readFileSync(join(warm, 'graph.json'), 'utf8')) as {
			nodes: { id: string; type: string }[];
			edges: { source: string; target: string; type: string }[];
		};
		const projects = graph.nodes.filter((n) => n.type === 'project').map((n) => n.id);
		const targets = new Set(graph.edges.map((e) => e.target));
		// A project with a lectoraat and a kennisvraag: the lectoraat's page and the kennisvraag's widget list it by title
		// (the kennisvraag with the fewest projects, so the widget's short list has it).
		const projectsOn = (kv: string) => graph.edges.filter((e) => e.type === 'kennisvragen' && e.target === kv).length;
		const [edge, question] = graph.edges
			.filter((e) => projects.includes(e.source) && e.type === 'lectoraten')
			.flatMap((e) => graph.edges.filter((k) => k.source === e.source && k.type === 'kennisvragen').map((k) => [e, k.target] as const))
			.sort(([, a], [, b]) => projectsOn(a) - projectsOn(b))[0];
		const file = (id: string) => join(content, 'project', `${id}.md`);
		writeFileSync(file(edge.source), readFileSync(file(edge.source), 'utf8').replace(/^titel: .*$/m, 'titel: "Gewijzigde titel voor de hergebruiktest"'));
		// A project nothing points at is removed; a new one, a copy of the edited one, joins the same lectoraat.
		const removed = projects.find((id) => id !== edge.source && !targets.has(id))!;
		unlinkSync(file(removed));
		writeFileSync(
			file('project-hergebruiktest-nieuw'),
			readFileSync(file(edge.source), 'utf8').replace(/^titel: .*$/m, 'titel: "Nieuw project voor de hergebruiktest"')
		);

		const log = build(warm, content, kitOut('warm'));
		expect(log).toMatch(/build zonder bundelen/);
		// Titles changed: the large files and the small site-wide ones are made anew.
		expect(log).not.toMatch(/graph\.json uit de vorige build behouden/);
		expect(log).not.toMatch(/feeds, exports en de data van lijsten en graaf uit de vorige build behouden/);
		// The first build hashed its feeds and search files as it made them: those whose text stayed the same are kept.
		for (const what of ['feeds', 'zoekbestanden \\(documenten\\)']) expect(log).toMatch(new RegExp(`${what} uit de vorige build behouden [1-9]\\d* van \\d+`));
		// graph.ttl takes the objects that stayed the same, and where they stayed: the comparison below checks the file.
		expect(log).toMatch(/graph\.ttl: [1-9]\d* stukken uit de vorige build behouden, [1-9]\d* opnieuw gemaakt/);
		// Node pages, and the widget and embedding pages (with their data files) whose data did not change.
		const kept = log.match(/\d+ bestanden uit de vorige build behouden \((.*)\)/)?.[1] ?? '';
		for (const folder of ['project', 'widget', 'insluiten']) expect(kept).toMatch(new RegExp(`\\b${folder} \\d+`));
		expect(readFileSync(join(warm, 'widget', question, 'index.html'), 'utf8')).toContain('Gewijzigde titel voor de hergebruiktest');
		const lectoraat = readFileSync(join(warm, 'lectoraat', edge.target, 'index.html'), 'utf8');
		expect(lectoraat).toContain('Gewijzigde titel voor de hergebruiktest');
		expect(lectoraat).toContain('Nieuw project voor de hergebruiktest');
		expect(existsSync(join(warm, 'project', 'project-hergebruiktest-nieuw', 'index.html'))).toBe(true);
		expect(existsSync(join(warm, 'project', removed))).toBe(false);

		// Then an edit to a body's text alone: words before a text link, so the quote on the linked page changes. The build
		// renders the pages whose part of the bodies changed and keeps the others without computing their data; the
		// comparison below, with a build from scratch, checks what it kept as well as what it rendered.
		const bodyOf = (f: string) => readFileSync(f, 'utf8').split('\n---')[1];
		const linking = readdirSync(join(content, 'project'))
			.map((f) => join(content, 'project', f))
			.find((f) => /^samenvatting:/m.test(readFileSync(f, 'utf8')) && /\S \[\[/.test(bodyOf(f)))!;
		const target = bodyOf(linking).match(/\S \[\[([^\]|]+)/)![1];
		writeFileSync(linking, readFileSync(linking, 'utf8').replace(/(\n---[\s\S]*?\S) \[\[/, '$1 zoals de hergebruiktest zegt [['));
		const textLog = build(warm, content, kitOut('warm'));
		const linked = graph.nodes.find((n) => n.id === target)!;
		expect(textLog).toMatch(/knooppagina’s uit de vorige build behouden \d+ van \d+, alleen tekst gewijzigd/);
		for (const file of ['graph.json', 'graph.jsonld', 'graph.ttl']) expect(textLog).toContain(`${file} uit de vorige build behouden`);
		// Feeds and search files whose text is what it was are not even asked for: the comparison below checks them.
		for (const what of ['feeds', 'zoekbestanden \\(termen\\)', 'zoekbestanden \\(documenten\\)'])
			expect(textLog).toMatch(new RegExp(`${what} uit de vorige build behouden [1-9]\\d* van \\d+`));
		const versionOf = (file: string) => /<meta name="kennisgraaf-data" content="([^"]+)"/.exec(readFileSync(join(warm, file), 'utf8'))?.[1];
		expect(textLog).toMatch(/feeds, exports en de data van lijsten en graaf uit de vorige build behouden, alleen tekst gewijzigd/);
		// The fallback page is the previous build's with this build's data version: the comparison below checks it.
		expect(textLog).toContain('404-pagina uit de vorige build behouden');
		expect(versionOf('404.html')).toBe(versionOf('index.html'));
		// Every page, kept or rendered, carries this build's data version (hashed, never the dev server's).
		expect(versionOf('index.html')).toMatch(/^[0-9a-f]{12}$/);
		expect(versionOf(join(linked.type, target, 'index.html'))).toBe(versionOf('index.html'));
		expect(readFileSync(join(warm, linked.type, target, 'index.html'), 'utf8')).toContain('zoals de hergebruiktest zegt');

		const off = { KENNISGRAAF_PAGE_CACHE: '0', KENNISGRAAF_CONTENT_CACHE: '0', KENNISGRAAF_LAYOUT_CACHE: '0', KENNISGRAAF_BUNDLE_CACHE: '0' };
		build(cold, content, kitOut('cold'), off);
		const diff = spawnSync('diff', ['-r', '--brief', warm, cold], { encoding: 'utf8' });
		expect(diff.stdout).toBe('');
	});
});
