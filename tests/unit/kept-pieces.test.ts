/**
 * graph.ttl is written one object at a time, each object's Turtle a piece that a second build takes from the file the
 * first kept when its key is the same (src/lib/server/reuse/kept-pieces.ts). Whatever was kept, the file must be the
 * text written from scratch: after a title edit, after objects moved to other places (their blank nodes are named by
 * place), from other code, and from a kept file that does not match its index.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getType } from '../../src/lib/registry/registry.ts';
import { graphJsonLdParts } from '../../src/lib/server/emit/linked-data.ts';
import { writeTurtle } from '../../src/lib/server/emit/turtle.ts';
import { assembleSite, type Site } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { KeptPieces } from '../../src/lib/server/reuse/kept-pieces.ts';
import { Utf8Sink } from '../../src/lib/server/utf8-sink.ts';

const ORIGIN = 'https://kennisgraaf.example';
const BASE = '/kg';
const root = mkdtempSync(join(tmpdir(), 'kg-kept-pieces-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function load(dir: string): Site {
	const { nodes, relations, errors } = loadContent(dir, { base: BASE });
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}

type Parts = ReturnType<typeof graphJsonLdParts>;

/** The file's text, written with `pieces` when given, and the pieces to make the next one from. */
async function write(parts: Parts, salt: string, previous?: { text: Buffer; pieces: KeptPieces }) {
	const pieces = previous ? new KeptPieces(salt, previous.text, previous.pieces.index()) : new KeptPieces(salt);
	const sink = new Utf8Sink();
	await writeTurtle(parts, ORIGIN, BASE, sink, undefined, pieces);
	return { text: sink.bytes(), pieces };
}

async function fresh(parts: Parts) {
	const sink = new Utf8Sink();
	await writeTurtle(parts, ORIGIN, BASE, sink);
	return sink.bytes().toString('utf8');
}

const parts = (site: Site) => graphJsonLdParts(site, ORIGIN, BASE);
/** The parts with their objects as a list, to move them about. */
const listed = (site: Site) => ({ ...parts(site), objects: [...parts(site).objects] });

describe('graph.ttl made of kept pieces', () => {
	const dir = join(root, 'content');
	cpSync('content', dir, { recursive: true });
	const site = load(dir);
	const count = [...parts(site).objects].length;

	it('is the text written from scratch, and takes every piece of unchanged content', async () => {
		const first = await write(parts(site), 'code');
		expect(first.text.toString('utf8')).toBe(await fresh(parts(site)));
		expect(first.pieces.taken).toBe(0);
		const second = await write(parts(site), 'code', first);
		expect(second.text.equals(first.text)).toBe(true);
		expect([second.pieces.taken, second.pieces.remade]).toEqual([count, 0]);
	});

	it('after a title edit makes again the objects that changed, and only those', async () => {
		const first = await write(parts(site), 'code');
		const file = join(dir, 'lectoraat', readdirSync(join(dir, 'lectoraat')).sort()[0]);
		const text = readFileSync(file, 'utf8');
		const field = getType('lectoraat')!.titleField;
		const edited = text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: "Een andere titel"`);
		expect(edited).not.toBe(text);
		writeFileSync(file, edited);
		const next = load(dir);
		writeFileSync(file, text);
		const second = await write(parts(next), 'code', first);
		expect(second.text.toString('utf8')).toBe(await fresh(parts(next)));
		const json = (s: Site) => [...parts(s).objects].map((o) => JSON.stringify(o));
		const [was, is] = [json(site), json(next)];
		const changed = is.filter((o, i) => o !== was[i]).length;
		// The lectoraat's own object and those that name it (its projects, its hogeschool).
		expect(changed).toBeGreaterThan(1);
		expect([second.pieces.remade, second.pieces.taken]).toEqual([changed, count - changed]);
	});

	it('after objects moved to other places is the text written from scratch (their blank nodes are named by place)', async () => {
		const before = listed(site);
		const first = await write(before, 'code');
		// The shipped content has objects with blank nodes (a lectoraat's members): moved, they are named anew.
		expect(first.text.toString('utf8')).toMatch(/_:o\d+_b0\b/);
		const moved = { ...before, objects: [before.objects.at(-1)!, ...before.objects.slice(0, -1)] };
		const second = await write(moved, 'code', first);
		expect(second.text.toString('utf8')).toBe(await fresh(moved));
	});

	it('takes nothing from other code, or from a kept file that does not add up to its index', async () => {
		const first = await write(parts(site), 'code');
		const other = await write(parts(site), 'other code', first);
		expect(other.pieces.taken).toBe(0);
		const cut = await write(parts(site), 'code', { text: first.text.subarray(0, first.text.length - 1), pieces: first.pieces });
		expect(cut.pieces.taken).toBe(0);
		expect(cut.text.equals(first.text)).toBe(true);
	});
});
