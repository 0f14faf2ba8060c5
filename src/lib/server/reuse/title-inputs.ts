/**
 * What a node page shows of titles: the titles of the nodes it can name, and its related items (whose ranking reads
 * every title through the text similarity, so they are taken as computed). Between two contents with the same frame
 * (frameHash in ../graph/site-model.ts: they differ only in bodies' text and titles) a node page's data can differ
 * only where its body inputs (./body-inputs.ts) or these do, so a second build after a title edit computes the data
 * of the pages that can show that title and keeps the rest (./kept-pages.ts).
 *
 * The nodes a page can name are found from the structure, not from the page's code, and generously:
 * - the node itself, the nodes it links to or is linked from, and every node id in its fields (blocks, suggestions);
 * - its place in the agenda: ancestors, descendants and the nodes under the same parent (a kennisvraag lists its
 *   siblings, a thema its tree, an agenda its themes and gamechangers);
 * - for each of those, what its entry in a list can show: the nodes two outgoing steps away (a project's lectoraten
 *   and their hogescholen), which also covers who works on a kennisvraag through a project.
 * Whatever sorts or cuts a list reads, the list's members are in this set. tests/unit/title-inputs.test.ts edits
 * titles of the shipped content and of a generated corpus and checks every page whose data changed: a page that
 * names more than this would fail it.
 */
import { createHash } from 'node:crypto';
import { relatedFor } from '../graph/related.ts';
import { still } from '../progress.ts';
import type { Site } from '../site.ts';

/** Every string in a node's fields that is a node id (a reference inside a block is no relation of the graph). */
function idsIn(value: unknown, index: Map<string, number>, found: (i: number) => void) {
	if (typeof value === 'string') {
		const i = index.get(value);
		if (i !== undefined) found(i);
	} else if (Array.isArray(value)) for (const v of value) idsIn(v, index, found);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) idsIn(v, index, found);
}

/** Node id → a hash of the titles its page can name (without its related items). */
export function namedTitles(site: Site): Map<string, string> {
	const { nodes } = site;
	const N = nodes.length;
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const out: number[][] = Array.from({ length: N }, () => []);
	const into: number[][] = Array.from({ length: N }, () => []);
	for (const r of site.relations) {
		const [s, t] = [index.get(r.source), index.get(r.target)];
		if (s === undefined || t === undefined) continue;
		out[s].push(t);
		into[t].push(s);
	}
	const parent = new Int32Array(N).fill(-1);
	const children: number[][] = Array.from({ length: N }, () => []);
	nodes.forEach((n, i) => {
		const p = site.hierarchy.parent(n);
		const at = p && index.get(p.id);
		if (at === undefined || at === i) return;
		parent[i] = at;
		children[at].push(i);
	});
	// Each node's id and title as 64 bits; a page's set of them is combined by xor, so its order costs no sort. Two
	// different sets that xor alike take two title changes whose hashes cancel: a chance of 1 in 2^64.
	const high = new Uint32Array(N);
	const low = new Uint32Array(N);
	nodes.forEach((n, i) => {
		const digest = createHash('sha256').update(`${n.id}\0${n.title}`).digest();
		high[i] = digest.readUInt32LE(0);
		low[i] = digest.readUInt32LE(4);
	});

	const named = new Int32Array(N).fill(-1);
	const entered = new Int32Array(N).fill(-1);
	const walked = new Int32Array(N).fill(-1);
	const result = new Map<string, string>();
	for (let x = 0; x < N; x++) {
		still(`titels per pagina ${x}/${N}`);
		let [h, l] = [0, 0];
		const name = (j: number) => {
			if (named[j] === x) return;
			named[j] = x;
			h ^= high[j];
			l ^= low[j];
		};
		/** A node listed on the page, and what its list entry can show. */
		const entry = (m: number) => {
			if (entered[m] === x) return;
			entered[m] = x;
			name(m);
			for (const a of out[m]) {
				name(a);
				for (const b of out[a]) name(b);
			}
		};
		entry(x);
		for (const m of out[x]) entry(m);
		for (const m of into[x]) entry(m);
		idsIn(nodes[x].data, index, entry);
		for (let p = parent[x], steps = 0; p >= 0 && steps < N; p = parent[p], steps++) entry(p);
		if (parent[x] >= 0) for (const s of children[parent[x]]) entry(s);
		// Descendants, walked on their own: a child is also a node linking here, so it may have been entered already. In
		// the shipped types every descendant also links to its ancestors, so this is a safety net for types that do not.
		const below = [...children[x]];
		for (let k = 0; k < below.length; k++) {
			const d = below[k];
			if (walked[d] === x) continue;
			walked[d] = x;
			entry(d);
			below.push(...children[d]);
		}
		result.set(nodes[x].id, `${(h >>> 0).toString(16)}:${(l >>> 0).toString(16)}`);
	}
	return result;
}

/** Node id → a hash of the titles its page can show: those it names and its related items. */
export function titleInputs(site: Site): Map<string, string> {
	const named = namedTitles(site);
	return new Map(
		site.nodes.map((n) => [
			n.id,
			createHash('sha256')
				.update(`${named.get(n.id)}:`)
				.update(JSON.stringify(relatedFor(site, n.id)))
				.digest('hex')
				.slice(0, 32)
		])
	);
}
