/**
 * keptResponse (src/lib/server/reuse/kept-files.ts): a small site-wide file is taken from the previous build only when
 * the code, the address and the content's shape are what it was made from, and never from a damaged cache file.
 * tests/unit/page-reuse.test.ts checks whole builds after a body edit against builds from scratch.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentNode } from '../../src/lib/server/load/index.ts';

const state = vi.hoisted(() => ({ site: undefined as unknown }));
vi.mock('$app/environment', () => ({ building: true, version: 'test-code', browser: false, dev: false }));
vi.mock('../../src/lib/server/site.ts', () => ({ getSite: () => state.site }));

const { keptResponse } = await import('../../src/lib/server/reuse/kept-files.ts');

const work = mkdtempSync(join(tmpdir(), 'kg-kept-response-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (id: string, title: string) =>
	({ id, type: 'project', file: `project/${id}.md`, title, summary: '', url: `/project/${id}/`, data: { titel: title } }) as unknown as ContentNode;
const siteOf = (title: string) => ({ nodes: [node('een', title)], relations: [] });

const url = new URL('https://kennisgraaf.example/feed.xml');
let made = 0;
const make = (body: string) => () => {
	made++;
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
const read = async (response: Response) => ({ body: await response.text(), type: response.headers.get('content-type') });

beforeEach(() => {
	process.env.KENNISGRAAF_FILE_CACHE_DIR = join(work, `cache-${Math.random()}`);
	delete process.env.KENNISGRAAF_PAGE_CACHE;
	made = 0;
});

describe('keptResponse', () => {
	it('takes the file it made before for the same shape, code and address, with its content type', async () => {
		state.site = siteOf('Titel');
		expect(await read(await keptResponse('feed.xml', url, make('<feed>een</feed>')))).toEqual({
			body: '<feed>een</feed>',
			type: 'application/atom+xml; charset=utf-8'
		});
		state.site = siteOf('Titel');
		expect(await read(await keptResponse('feed.xml', url, make('<feed>anders</feed>')))).toEqual({
			body: '<feed>een</feed>',
			type: 'application/atom+xml; charset=utf-8'
		});
		expect(made).toBe(1);
	});

	it('makes the file again after a title change, at another address, or for another file', async () => {
		state.site = siteOf('Titel');
		await keptResponse('feed.xml', url, make('<feed>een</feed>'));
		state.site = siteOf('Andere titel');
		expect((await read(await keptResponse('feed.xml', url, make('<feed>twee</feed>')))).body).toBe('<feed>twee</feed>');
		expect((await read(await keptResponse('feed.xml', new URL('https://elders.example/feed.xml'), make('<feed>drie</feed>')))).body).toBe('<feed>drie</feed>');
		expect((await read(await keptResponse('feed/een.xml', url, make('<feed>vier</feed>')))).body).toBe('<feed>vier</feed>');
		expect(made).toBe(4);
	});

	it('never takes a damaged cache file, and keeps nothing when reuse is off', async () => {
		state.site = siteOf('Titel');
		await keptResponse('feed.xml', url, make('<feed>een</feed>'));
		const dir = join(process.env.KENNISGRAAF_FILE_CACHE_DIR!, readdirSync(process.env.KENNISGRAAF_FILE_CACHE_DIR!)[0], 'klein');
		for (const damaged of ['', 'geen sleutel', '\n\n<feed>oud</feed>']) {
			writeFileSync(join(dir, 'feed.xml'), damaged);
			expect((await read(await keptResponse('feed.xml', url, make('<feed>nieuw</feed>')))).body).toBe('<feed>nieuw</feed>');
		}
		process.env.KENNISGRAAF_PAGE_CACHE = '0';
		expect((await read(await keptResponse('feed.xml', url, make('<feed>zonder</feed>')))).body).toBe('<feed>zonder</feed>');
		expect(made).toBe(5);
	});

	it('keeps no error response', async () => {
		state.site = siteOf('Titel');
		const missing = () => {
			made++;
			return new Response('weg', { status: 404 });
		};
		expect((await keptResponse('feed.xml', url, missing)).status).toBe(404);
		expect((await keptResponse('feed.xml', url, missing)).status).toBe(404);
		expect(made).toBe(2);
	});
});
