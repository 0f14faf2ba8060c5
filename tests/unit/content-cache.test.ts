/**
 * The loader's per-file cache (src/lib/server/load/cache.ts): a second run gives exactly what a run without it gives,
 * and no change (to a file, or to a file it links to) can leave old content in place.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentCache, type CachedParse } from '../../src/lib/server/load/cache.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';

let root: string;
const saved = process.env.KENNISGRAAF_CONTENT_CACHE_DIR;

beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'kg-cache-'));
	root = join(dir, 'content');
	cpSync(resolve('content'), root, { recursive: true });
	process.env.KENNISGRAAF_CONTENT_CACHE_DIR = join(dir, 'cache');
});
afterAll(() => {
	rmSync(join(root, '..'), { recursive: true, force: true });
	if (saved === undefined) delete process.env.KENNISGRAAF_CONTENT_CACHE_DIR;
	else process.env.KENNISGRAAF_CONTENT_CACHE_DIR = saved;
});

const TARGET = 'agendapunt/ds-flexibele-opleiders-scholen-en-besturen.md';
const LINKER = 'dialoogsessies';
const edit = (file: string, from: string, to: string) => writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));
const fresh = () => loadContent(root, { base: '/kg' });
const cached = () => loadContent(root, { base: '/kg', cache: 'disk' });

describe('content cache', () => {
	it('gives what an uncached run gives, from the cache on disk', () => {
		const first = cached();
		expect(first.errors).toEqual([]);
		const second = cached();
		expect(second).toEqual(fresh());
		expect(second.nodes.length).toBeGreaterThan(100);
	});

	// Each test starts from the cache the one before left.
	it('shows a changed title in the pages that link to it, though those files did not change', () => {
		edit(TARGET, 'titel: "Flexibele opleidingen', 'titel: "Wendbare opleidingen');
		const after = cached();
		const linker = after.nodes.find((n) => n.id === LINKER)!;
		expect(linker.html).toContain('Wendbare opleidingen vragen om');
		expect(linker.html).not.toContain('Flexibele opleidingen vragen om');
		expect(after).toEqual(fresh());
	});

	it('reports a reference to a deleted file at the right line of an unchanged file', () => {
		const text = readFileSync(join(root, TARGET), 'utf8');
		rmSync(join(root, 'gamechanger/gc-opleiden-in-de-school.md'));
		const after = cached();
		expect(after.errors).toEqual(fresh().errors);
		expect(after.errors.find((e) => e.file === TARGET)).toMatchObject({ line: text.split('\n').findIndex((l) => l.startsWith('gamechangers:')) + 1 });
	});
});

describe('the cache file', () => {
	const parse = (title: string): CachedParse => ({ data: { titel: title }, valid: true, errors: [], body: `Tekst met ’ en\nregels.`, bodyLine: 4 });
	const file = () =>
		join(
			process.env.KENNISGRAAF_CONTENT_CACHE_DIR!,
			readdirSync(process.env.KENNISGRAAF_CONTENT_CACHE_DIR!).find((f) => f.endsWith('.json'))!
		);

	it('gives back every stored entry in a later run, and nothing from a damaged file or one of other code', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kg-cache-file-'));
		process.env.KENNISGRAAF_CONTENT_CACHE_DIR = join(dir, 'cache');
		const writing = new ContentCache(join(dir, 'inhoud'), '').open();
		const keys = ['a.md', 'b.md', 'c.md'].map((f) => writing.key(f, f));
		keys.forEach((k, i) => writing.storeParse(k, parse(`Titel ${i}`)));
		writing.save();

		const reading = new ContentCache(join(dir, 'inhoud'), '').open();
		expect(keys.map((k) => reading.parse(k)?.data.titel)).toEqual(['Titel 0', 'Titel 1', 'Titel 2']);
		expect(reading.parse(keys[0])).toEqual(parse('Titel 0'));
		expect(reading.hits).toBe(4);

		const good = readFileSync(file(), 'utf8');
		appendFileSync(file(), '["kapot"\n');
		expect(new ContentCache(join(dir, 'inhoud'), '').open().parse(keys[0])).toBeUndefined();
		writeFileSync(file(), good.replace(/"version":"[0-9a-f]+"/, '"version":"andere-code"'));
		expect(new ContentCache(join(dir, 'inhoud'), '').open().parse(keys[0])).toBeUndefined();
		rmSync(dir, { recursive: true, force: true });
	});
});
