/**
 * Search index emit: every node's fields into the term index (options from
 * src/lib/search/options.ts, shared with the browser), exported once per build, plus
 * the compact stored fields the result list shows and filters on.
 */
import type { SearchSlot } from '../../registry/fields.ts';
import { SECTOREN, getType, registry } from '../../registry/registry.ts';
import { sectorMask } from '../../sectors.ts';
import type { SearchDocs, SearchIndexExport } from '../../search/data.ts';
import { splitDocs, splitTermIndex, type DocBlock, type SearchManifest } from '../../search/shards.ts';
import { WORD, buildTermIndex, fold, splitCompound, titleTermCount, type SearchDocument } from '../../search/options.ts';
import { field } from '../graph/hierarchy.ts';
import type { ContentNode } from '../load/index.ts';
import { still } from '../progress.ts';
import type { Site } from '../site.ts';

export type SearchSite = Pick<Site, 'nodes' | 'byId' | 'graph' | 'themes' | 'sectors' | 'of'>;

export interface SearchData {
	index: SearchIndexExport;
	docs: SearchDocs;
}

/** Snippets are cut at a word near this many characters: enough for a line or two under a result. */
const SNIPPET_LENGTH = 160;

const strings = (v: unknown): string[] => (v == null ? [] : Array.isArray(v) ? v.flatMap(strings) : typeof v === 'object' ? [] : [String(v)]);
const join = (...parts: unknown[]) => parts.flatMap(strings).join(' \n ');

export function snippet(text: string, max = SNIPPET_LENGTH) {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max).replace(/[\s,;:]+\S*$/, '')}…`;
}

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * Extra words for the text field: the parts of compounds (feedbackcultuur → feedback cultuur)
 * and hyphenated words written as one (reken-wiskundeonderwijs → rekenwiskundeonderwijs).
 */
function compoundParts(text: string, isWord: (w: string) => boolean, memo: Map<string, string[]>): string {
	const folded = fold(text);
	const parts = new Set<string>();
	for (const word of folded.match(WORD) ?? []) {
		let split = memo.get(word);
		if (!split) memo.set(word, (split = splitCompound(word, isWord)));
		for (const p of split) parts.add(p);
	}
	for (const word of joinedHyphens(folded)) parts.add(word);
	return [...parts].join(' ');
}

const joinedHyphens = (text: string) => (text.match(HYPHENATED) ?? []).map((w) => w.replaceAll('-', ''));

/** The values of a node's fields that the registry puts in this search slot, blocks included. */
function slot(n: ContentNode, name: SearchSlot): unknown[] {
	const out: unknown[] = [];
	for (const [key, f] of Object.entries(getType(n.type)?.fields ?? {})) {
		const value = field(n, key);
		if (f.search?.includes(name)) out.push(value);
		if ((f.kind === 'object' || f.kind === 'objects') && value != null)
			for (const item of [value].flat() as Record<string, unknown>[])
				for (const [sub, g] of Object.entries(f.fields)) if (g.search?.includes(name)) out.push(item[sub]);
	}
	return out;
}

/** The text fields of one node; see FIELDS in src/lib/search/options.ts for what each is for. */
function fields(site: SearchSite, n: ContentNode): SearchDocument {
	// Names of the nodes it refers to whose names people search by (registry: search.nameFindsNeighbours).
	const related = new Set<string>();
	for (const target of site.graph.outNeighbors(n.id)) if (registry[site.byId.get(target)?.type ?? '']?.search.nameFindsNeighbours) related.add(target);
	for (const thema of site.themes(n)) if (thema !== n.id) related.add(thema);
	return {
		title: n.title,
		prefix: join(n.title, slot(n, 'prefix')),
		// A hyphenated title also answers to its joined spelling, with the weight of an alias.
		keys: join(slot(n, 'keys'), joinedHyphens(fold(n.title))),
		text: join(n.summary, n.body, slot(n, 'text')),
		rel: join(
			[...related].map((r) => site.byId.get(r)?.title),
			slot(n, 'rel')
		)
	};
}

export function buildSearchData(site: SearchSite): SearchData {
	const nodes = site.nodes;
	const docs = nodes.map((n, i) => {
		still(`zoekindex: documenten ${i}/${nodes.length}`);
		return fields(site, n);
	});

	// A compound splits only into words the content itself uses.
	const vocabulary = new Set<string>();
	for (const d of docs) for (const w of fold(`${d.title} ${d.keys} ${d.text}`).match(WORD) ?? []) vocabulary.add(w);
	const memo = new Map<string, string[]>();
	const index = buildTermIndex(
		docs.map((d, i) => {
			still(`zoekindex: samenstellingen ${i}/${docs.length}`);
			return { ...d, text: `${d.text} \n ${compoundParts(`${d.title} ${d.keys} ${d.text}`, (w) => vocabulary.has(w), memo)}` };
		}),
		(done, total) => still(`zoekindex: termen ${done}/${total}`)
	);

	const types = [...new Set(nodes.map((n) => n.type))];
	const themas = site.of('thema').map((t) => ({ id: t.id, title: t.title }));
	const themaIndex = new Map(themas.map((t, i) => [t.id, i]));
	const sectors = [...SECTOREN];
	return {
		index,
		docs: {
			types,
			themas,
			sectors,
			id: nodes.map((n) => n.id),
			type: nodes.map((n) => types.indexOf(n.type)),
			title: nodes.map((n) => n.title),
			snippet: nodes.map((n) => snippet(n.summary)),
			thema: nodes.map((n) => site.themes(n).map((t) => themaIndex.get(t)!)),
			sector: nodes.map((n) => sectorMask(site.sectors(n))),
			degree: nodes.map((n) => site.graph.degree(n.id)),
			titleTerms: nodes.map((n) => titleTermCount(n.title))
		}
	};
}

/** What the site ships (src/lib/search/shards.ts): a manifest, term shards by key, stored fields by block. */
export interface SearchFiles {
	manifest: SearchManifest;
	shards: Map<string, SearchIndexExport>;
	blocks: DocBlock[];
}

const cache = new WeakMap<SearchSite, SearchFiles>();

/** Built once per loaded site: every prerendered part comes from the same build. */
export function searchFiles(site: SearchSite): SearchFiles {
	let files = cache.get(site);
	if (!files) {
		const { index, docs } = buildSearchData(site);
		still('zoekindex: verdelen in bestanden');
		const { shards, split } = splitTermIndex(index);
		cache.set(site, (files = { shards, ...splitDocs(docs, index.fields, [...shards.keys()], split) }));
	}
	return files;
}
