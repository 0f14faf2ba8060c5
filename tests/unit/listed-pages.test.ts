/**
 * Page routes list their pages to SvelteKit by address, trailing slash included (scripts/listed-pages.js): the route
 * analysis notes them, and svelte.config.js, loaded again for the prerender step of the same build, lists them in
 * prerender.entries. Where SvelteKit's prerender step does not load its configuration itself, the routes give their
 * entries to SvelteKit as before. (The builds in page-reuse.test.ts and the browser tests run the whole path.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kitTakesListedPages, listedPages, listedPagesPath, listPages } from '../../scripts/listed-pages.js';
import { addressOf, fileEntries, pageEntries } from '../../src/lib/server/emit/listed-entries.ts';

const work = mkdtempSync(join(tmpdir(), 'kg-listed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TOKEN = 'KENNISGRAAF_LISTED_PAGES_TOKEN';
const kitPrerender = () =>
	readFileSync(join(dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json')), 'src/core/postbuild/prerender.js'), 'utf8');

/** Runs `fn` with KIT_OUT_DIR and the build token set, then restores them. */
function inBuild<T>(kitOut: string, token: string, fn: () => T): T {
	const saved = { kit: process.env.KIT_OUT_DIR, token: process.env[TOKEN] };
	process.env.KIT_OUT_DIR = kitOut;
	process.env[TOKEN] = token;
	try {
		return fn();
	} finally {
		for (const [key, value] of [
			['KIT_OUT_DIR', saved.kit],
			[TOKEN, saved.token]
		] as const)
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
	}
}

describe('pages listed by address', () => {
	it('holds for the installed SvelteKit, and not for a prerender step that takes its configuration from elsewhere', () => {
		const source = kitPrerender();
		expect(kitTakesListedPages()).toBe(true);
		expect(kitTakesListedPages(source)).toBe(true);
		expect(kitTakesListedPages(source.replace('(await load_config()).kit', 'options.config'))).toBe(false);
		expect(kitTakesListedPages(source.replaceAll('config.prerender.entries', 'config.prerender.pages'))).toBe(false);
		expect(kitTakesListedPages('')).toBe(false);
	});

	it('a route hands its pages over and gives SvelteKit none; the same build reads them back, another build does not', () => {
		const kitOut = join(work, 'kit-a');
		const nodes = [
			{ type: 'project', id: 'een' },
			{ type: 'thema', id: 'twee' }
		];
		inBuild(kitOut, 'build-1', () => {
			expect(pageEntries('/[type]/[id]', nodes, true)).toEqual([]);
			expect(pageEntries('/widget/[id]', [{ id: 'twee' }], true)).toEqual([]);
			expect(listedPages(kitOut)).toEqual(['/project/een/', '/thema/twee/', '/widget/twee/']);
			// The node pages come last, whenever their route is analysed.
			pageEntries('/[type=contenttype]/[id]', [{ type: 'project', id: 'drie' }], true);
			expect(listedPages(kitOut)).toEqual(['/project/een/', '/thema/twee/', '/widget/twee/', '/project/drie/']);
			fileEntries('/zoeken/data/term/[key].json', [{ key: 'ab' }], true);
			expect(listedPages(kitOut).at(-1)).toBe('/project/drie/');
			for (const route of ['/[type=contenttype]/[id]', '/zoeken/data/term/[key].json']) pageEntries(route, [], true);
			// A route's entries() called again replaces its pages, it does not add to them.
			pageEntries('/widget/[id]', [], true);
			expect(listedPages(kitOut)).toEqual(['/project/een/', '/thema/twee/']);
		});
		expect(inBuild(kitOut, 'build-2', () => listedPages(kitOut))).toEqual([]);
		expect(inBuild(join(work, 'kit-none'), 'build-1', () => listedPages(join(work, 'kit-none')))).toEqual([]);
	});

	it('without the listing, a route gives SvelteKit its entries as they are and writes nothing', () => {
		const kitOut = join(work, 'kit-b');
		const nodes = [{ type: 'project', id: 'een' }];
		inBuild(kitOut, 'build-3', () => {
			expect(pageEntries('/[type]/[id]', nodes, false)).toBe(nodes);
			expect(() => statSync(listedPagesPath(kitOut))).toThrow();
		});
	});

	it('refuses an address without its leading slash (SvelteKit would reject the whole configuration)', () => {
		inBuild(join(work, 'kit-c'), 'build-4', () => {
			expect(() => listPages(join(work, 'kit-c'), '/widget/[id]', ['widget/x/'])).toThrow(/begint niet met \//);
			// An address is the route's id filled in, as SvelteKit fills it; a missing parameter is an error.
			expect(addressOf('/[type=contenttype]/[...pad=listingpad]', { type: 'project', pad: 'sorteer/titel/pagina/2' })).toBe('/project/sorteer/titel/pagina/2');
			expect(addressOf('/[type=contenttype].csv', { type: 'project' })).toBe('/project.csv');
			expect(() => addressOf('/widget/[id]', {})).toThrow(/parameter id ontbreekt/);
		});
	});

	it('svelte.config.js lists the pages of its own build in prerender.entries, after every static route', () => {
		const kitOut = join(work, 'kit-d');
		inBuild(kitOut, 'build-5', () => pageEntries('/[type]/[id]', [{ type: 'project', id: 'een' }], true));
		const entriesIn = (token: string) => {
			const r = spawnSync(
				'node',
				['--input-type=module', '-e', "const c = (await import('./svelte.config.js')).default; console.log(JSON.stringify(c.kit.prerender.entries));"],
				{ env: { ...process.env, KIT_OUT_DIR: kitOut, [TOKEN]: token, KENNISGRAAF_CONTENT: 'tests/fixtures/xss' }, encoding: 'utf8' }
			);
			expect(r.status, r.stderr).toBe(0);
			return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
		};
		expect(entriesIn('build-5')).toEqual(['*', '/project/een/']);
		expect(entriesIn('build-6')).toEqual(['*']);
	});

	it('every route with parameters lists its pages through pageEntries or its files through fileEntries', () => {
		const routes: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/^\+(page|server)(\.server)?\.ts$/.test(name) && /export const entries\b/.test(readFileSync(path, 'utf8'))) routes.push(path);
			}
		};
		walk('src/routes');
		expect(routes.filter((r) => r.includes('+page')).length).toBeGreaterThanOrEqual(6);
		expect(routes.filter((r) => r.includes('+server')).length).toBeGreaterThanOrEqual(10);
		for (const file of routes) {
			const source = readFileSync(file, 'utf8');
			// A page by an address with the trailing slash (directly, or through keptPageEntries for pages kept from the
			// previous build); a file by its own name (or through keptFileEntries).
			const lister = file.includes('+page') ? '(pageEntries|keptPageEntries)' : '(fileEntries|keptFileEntries)';
			// The route id given is the route's own folder, so the addresses are its own.
			const id = `/${dirname(file).replace(/^src\/routes\/?/, '')}`;
			expect(source, file).toMatch(new RegExp(`export const entries = \\(\\) =>\\s*${lister}\\(\\s*'${id.replace(/[[\]().*+?=]/g, '\\$&')}'`));
		}
	});
});
