/**
 * The sharded index (src/lib/search/shards.ts) must rank exactly as the whole index does: every query below runs
 * against both, the sharded one loading only the shards it asks for, through JSON as the browser receives them.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { FIELDS } from '../../src/lib/search/options.ts';
import { ShardedIndex, complete, shardKey, shardOf, splitDocs, splitTermIndex } from '../../src/lib/search/shards.ts';
import type { TermIndexExport } from '../../src/lib/search/term-index.ts';
import type { SearchDocs } from '../../src/lib/search/data.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { buildSearchData } from '../../src/lib/server/emit/search-index.ts';

const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v));

let whole: SearchEngine;
let docs: SearchDocs;
let exported: TermIndexExport;

beforeAll(() => {
	const { nodes, relations } = loadContent(resolve('content'));
	const data = viaJson(buildSearchData(assembleSite(nodes, relations)));
	whole = SearchEngine.fromExport(viaJson(data.index), data.docs);
	docs = data.docs;
	exported = data.index;
});

/** A fresh sharded engine, and the shards it has fetched; a low `maxBytes` splits shards by their third letter. */
function sharded(maxBytes?: number) {
	const { shards, split } = splitTermIndex(viaJson(exported), maxBytes);
	const names = FIELDS.map((f) => f.name);
	const { manifest, blocks } = splitDocs(docs, names, [...shards.keys()], split);
	const idx = new ShardedIndex(manifest.shards, FIELDS, manifest.split);
	const engine = new SearchEngine(idx, { ...docs, id: blocks.flatMap((b) => b.id) }, '');
	const fetched: string[] = [];
	const load = async (key: string) => {
		fetched.push(key);
		idx.add(key, viaJson(shards.get(key)!));
	};
	return { engine, idx, load, fetched, split };
}

const queries = () => {
	const out = ['leesmotivatie', 'lees', 'l', 'feedback cultuur', 'feedbackcultuur', 'lerarentekort', 'leesmotivatei', 'burgerschp', 'kansengelijkheid', 'ø'];
	for (const title of docs.title.filter((_, i) => i % 7 === 0)) {
		const words = title.toLowerCase().split(/\s+/);
		out.push(title, words[0].slice(0, 3), words.slice(0, 2).join(' '), `${words[0].slice(1)}`);
	}
	return out;
};

describe('sharded search index', () => {
	// At the default size the shipped content's shards are whole; at 2 KB most are split by their third letter.
	for (const maxBytes of [undefined, 2048])
		it(`ranks every query exactly as the whole index (shards up to ${maxBytes ?? 'the default'} bytes)`, async () => {
			const { engine, idx, load, split } = sharded(maxBytes);
			expect(split.length > 0).toBe(maxBytes !== undefined);
			for (const q of queries()) {
				const expected = whole.search(q, {}, 10);
				const got = engine.rank(await complete(idx, () => engine.plan(q), load), {}, 10);
				// The plan asked for every shard the ranking reads: ranking once, after loading, missed nothing.
				expect([...idx.missing], q).toEqual([]);
				expect(got.docs, q).toEqual(expected.docs);
				expect(got.total, q).toBe(expected.total);
			}
		});

	it('fetches only the shards of the words typed (typo variants only when a word matches nothing)', async () => {
		const { engine, idx, load, fetched } = sharded();
		await complete(idx, () => engine.plan('leesmotivatie jongeren'), load);
		expect(fetched.sort()).toEqual(['jo', 'le']);
		expect(shardKey('Øresund'.toLowerCase())).toBe('_');
	});

	it('puts a term of a split shard in its three-letter shard, and a two-letter prefix spans them all', async () => {
		const { engine, idx, load, fetched, split } = sharded(2048);
		expect(split).toContain('le');
		await complete(idx, () => engine.plan('leesmotivatie'), load);
		// Index terms have double letters folded (lesmotivatie), so the word's one shard is "les".
		expect(fetched).toEqual(['les']);
		expect(shardOf('lesmotivatie', new Set(split))).toBe('les');
		fetched.length = 0;
		await complete(idx, () => engine.plan('le'), load);
		expect(fetched.length).toBeGreaterThan(1);
		expect(fetched.every((k) => k.startsWith('le'))).toBe(true);
	});

	it('loads the shards of typo variants when a word matches nothing', async () => {
		const { engine, idx, load, fetched } = sharded();
		const result = engine.rank(await complete(idx, () => engine.plan('leesmotivatei'), load));
		expect(result.docs).toEqual(whole.search('leesmotivatei').docs);
		expect(result.total).toBeGreaterThan(0);
		expect(fetched.length).toBeGreaterThan(1);
	});
});
