/**
 * Search index emit: every node's fields into the term index (options from
 * src/lib/search/options.ts, shared with the browser), exported once per build, plus
 * the compact stored fields the result list shows and filters on.
 */
import { SECTOREN } from '../../registry/types.ts';
import type { SearchDocs, SearchIndexExport } from '../../search/data.ts';
import { FRONTMATTER_FIELDS, RELATED_TYPES } from '../../search/per-type.ts';
import { WORD, buildTermIndex, fold, splitCompound, titleTermCount, type SearchDocument } from '../../search/options.ts';
import { themesOf } from '../graph/facets.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

export type SearchSite = Pick<Site, 'nodes' | 'byId' | 'graph'>;

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

const related = new Set<string>(RELATED_TYPES);

/** A frontmatter value by path: `outputs.titel` is the titel of each output. */
const pick = (data: unknown, path: string): unknown =>
	path.split('.').reduce((v, key) => (Array.isArray(v) ? v.map((item) => pick(item, key)) : (v as Record<string, unknown> | undefined)?.[key]), data);

/** The text fields of one node; see FIELDS in src/lib/search/options.ts for what each is for. */
function fields(site: SearchSite, n: ContentNode): SearchDocument {
	const from = (field: keyof typeof FRONTMATTER_FIELDS) => FRONTMATTER_FIELDS[field].map((path) => pick(n.data, path));
	const names = new Set<string>();
	for (const target of site.graph.outNeighbors(n.id)) if (related.has(site.byId.get(target)?.type ?? '')) names.add(target);
	for (const thema of themesOf(n, site.byId)) if (thema !== n.id) names.add(thema);
	return {
		title: n.title,
		prefix: join(n.title, from('prefix')),
		// A hyphenated title also answers to its joined spelling, with the weight of an alias.
		keys: join(from('keys'), joinedHyphens(fold(n.title))),
		text: join(n.summary, n.body, from('text')),
		rel: join([...names].map((r) => site.byId.get(r)?.title), from('rel'))
	};
}

export function buildSearchData(site: SearchSite): SearchData {
	const nodes = site.nodes;
	const docs = nodes.map((n) => fields(site, n));

	// A compound splits only into words the content itself uses.
	const vocabulary = new Set<string>();
	for (const d of docs) for (const w of fold(`${d.title} ${d.keys} ${d.text}`).match(WORD) ?? []) vocabulary.add(w);
	const memo = new Map<string, string[]>();
	const index = buildTermIndex(docs.map((d) => ({ ...d, text: `${d.text} \n ${compoundParts(`${d.title} ${d.keys} ${d.text}`, (w) => vocabulary.has(w), memo)}` })));

	const types = [...new Set(nodes.map((n) => n.type))];
	const themas = nodes
		.filter((n) => n.type === 'thema')
		.sort((a, b) => Number(a.data.nummer ?? 0) - Number(b.data.nummer ?? 0))
		.map((t) => ({ id: t.id, title: t.title }));
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
			thema: nodes.map((n) => themesOf(n, site.byId).map((t) => themaIndex.get(t)!)),
			sector: nodes.map((n) => strings(n.data.sectoren).reduce((bits, s) => bits | (1 << sectors.indexOf(s as (typeof SECTOREN)[number])), 0)),
			degree: nodes.map((n) => site.graph.degree(n.id)),
			titleTerms: nodes.map((n) => titleTermCount(n.title))
		}
	};
}

const cache = new WeakMap<SearchSite, SearchData>();

/** Built once per loaded site: both prerendered parts come from the same build. */
export function searchData(site: SearchSite): SearchData {
	let data = cache.get(site);
	if (!data) cache.set(site, (data = buildSearchData(site)));
	return data;
}
