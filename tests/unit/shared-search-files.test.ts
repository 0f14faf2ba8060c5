/** A build's threads share one making of the search files (src/lib/server/emit/shared-search-files.ts). */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchFiles } from '../../src/lib/server/emit/search-index.ts';
import { sharedSearchFiles } from '../../src/lib/server/emit/shared-search-files.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kennisgraaf-search-files-'));
	dirs.push(dir);
	return dir;
};
const load = () => {
	const { nodes, relations } = loadContent(resolve('content'));
	return assembleSite(nodes, relations);
};
const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Map ? [...x] : x)));

describe('search files shared between threads', () => {
	it('the second thread reads what the first made, equal to making them', () => {
		const dir = folder();
		const first = load();
		const made = sharedSearchFiles(first, 'v1', dir);
		expect(plain(made)).toEqual(plain(searchFiles(first)));
		// Another site object, as another thread loads: nothing is made again, the file is read.
		const other = assembleSite([], []);
		expect(plain(sharedSearchFiles(other, 'v1', dir))).toEqual(plain(made));
		expect(sharedSearchFiles(other, 'v1', dir).shards).toBeInstanceOf(Map);
	});

	it('another data version makes its own and removes the old file', () => {
		const dir = folder();
		sharedSearchFiles(load(), 'v1', dir);
		const empty = assembleSite([], []);
		expect(plain(sharedSearchFiles(empty, 'v2', dir))).toEqual(plain(searchFiles(empty)));
		expect(readdirSync(dir)).toEqual(['search-files-v2.json']);
	});

	it('an unreadable file is made again', () => {
		const dir = folder();
		writeFileSync(join(dir, 'search-files-v1.json'), '{"manifest":');
		const site = load();
		expect(plain(sharedSearchFiles(site, 'v1', dir))).toEqual(plain(searchFiles(site)));
	});
});
