/**
 * "Verwant": for every node, the most related nodes with a reason in Dutch.
 *
 * Cost stays about linear in the corpus: candidates come from inverted indexes
 * (shared neighbour → nodes, term → nodes), never from all pairs. A neighbour
 * shared by more than `cap` nodes of a type (a theme, an organisation in thousands
 * of projects) is a hub: it does not generate candidates, it only adds to the score
 * of candidates found otherwise. Shared neighbours are weighted by type and damped by
 * how common they are (Adamic–Adar: w / ln(1 + df)), and text similarity is TF-IDF
 * cosine over title, summary and keywords.
 */
import { asList } from '../../registry/fields.ts';
import { registry, relationOf } from '../../registry/registry.ts';
import type { ContentNode, Relation } from '../load/index.ts';
import { phase, still } from '../progress.ts';
import { hierarchy as siteHierarchy } from './hierarchy.ts';
import { terms } from './text.ts';

export interface RelatedItem {
	id: string;
	type: string;
	title: string;
	url: string;
	voorbeeld?: boolean;
	score: number;
	reason: string;
}

export interface RelatedGroup {
	type: string;
	items: RelatedItem[];
}

export interface RelatedOptions {
	/** Items per group. */
	limit?: number;
	/** A neighbour or term shared by more nodes of a type than this is a hub (no candidate generation). */
	cap?: number;
	/** Filled in with the number of candidate pairs scored, to check the cost stays linear. */
	stats?: { candidates: number };
}

// Per-type weights, reason order and extra targets are in the registry (TypeDef.related); a relation
// field with `related: false` (bron) gives no signal.
const DIRECT_WEIGHT = 3;
const TEXT_WEIGHT = 3;
const TEXT_REASON_MIN = 0.1;
/** How specific a direct link and similar words are, on the scale of TypeDef.related.specificity. */
const DIRECT_SPECIFICITY = 3;
const TEXT_SPECIFICITY = 1.5;
/** Sharing only something this broad (a thema, an agenda) lists a candidate only when nothing more specific exists. */
const BROAD = 1;
const specificityOf = (type: string) => registry[type]?.related.specificity ?? 2;

interface Vector {
	ids: Int32Array;
	weights: Float64Array;
}
interface Postings {
	nodes: number[];
	weights: number[];
}

interface Index {
	nodes: ContentNode[];
	typeOf: Int32Array;
	neighbours: Set<number>[];
	outgoing: Set<number>[];
	features: Set<number>[];
	featureWeight: Float64Array;
	/** per node type: feature → nodes of that type having it */
	postings: Map<number, number[]>[];
	/** per node type: term → nodes of that type using it, with the term's weight there */
	termPostings: Map<number, Postings>[];
	vectors: Vector[];
	surface: Map<number, string>;
	typeIds: Map<string, number>;
	/** Agenda ancestors of each node (its parent chain), for naming only the most specific shared level. */
	ancestors: Set<number>[];
	/** How specific sharing each node is (its type's TypeDef.related.specificity). */
	specificity: Float64Array;
}

function buildIndex(nodes: ContentNode[], relations: Relation[]): Index {
	const idx = new Map(nodes.map((n, i) => [n.id, i]));
	const typeIds = new Map<string, number>();
	const typeOf = new Int32Array(nodes.length);
	nodes.forEach((n, i) => {
		if (!typeIds.has(n.type)) typeIds.set(n.type, typeIds.size);
		typeOf[i] = typeIds.get(n.type)!;
	});
	const neighbours = nodes.map(() => new Set<number>());
	const outgoing = nodes.map(() => new Set<number>());
	const hierarchy = siteHierarchy(new Map(nodes.map((n) => [n.id, n])));
	const hierarchyParent = nodes.map((n) => {
		const p = hierarchy.parent(n);
		return p ? (idx.get(p.id) ?? -1) : -1;
	});
	const hasChildren = new Set(hierarchyParent);
	const ignored = (r: Relation) => relationOf(nodes[idx.get(r.source)!]?.type ?? '', r.type)?.field.related === false;
	for (const r of relations) {
		if (ignored(r)) continue;
		const s = idx.get(r.source);
		const t = idx.get(r.target);
		if (s === undefined || t === undefined || s === t) continue;
		neighbours[s].add(t);
		neighbours[t].add(s);
		outgoing[s].add(t);
	}

	// Features: neighbours, plus their agenda ancestors below the agenda itself, so a project
	// naming only a kennisvraag still shares its gamechanger and theme.
	const ancestors = nodes.map((n) => new Set(hierarchy.ancestors(n).flatMap((a) => idx.get(a.id) ?? [])));
	const isRoot = (i: number) => ancestors[i].size === 0;
	const rootOf = (i: number) => [...ancestors[i]].find(isRoot);
	const features = nodes.map((_, i) => {
		still(`verwante items: kenmerken ${i}/${nodes.length}`);
		const set = new Set<number>();
		for (const m of neighbours[i]) {
			set.add(m);
			for (const a of ancestors[m]) if (!isRoot(a)) set.add(a);
			// An agenda touches what its own items touch in another agenda (VH's ambitions → Kennisagenda themes);
			// items that have items of their own (the Kennisagenda's themes) are a hierarchy, not a list of points.
			if (hierarchyParent[m] === i && !hasChildren.has(m))
				for (const a of neighbours[m]) if (!isRoot(a) && rootOf(a) !== undefined && rootOf(a) !== i) set.add(a);
		}
		set.delete(i);
		return set;
	});

	const df = new Int32Array(nodes.length);
	for (const set of features) for (const f of set) df[f]++;
	const featureWeight = new Float64Array(nodes.length);
	nodes.forEach((n, f) => (featureWeight[f] = df[f] > 1 ? (registry[n.type]?.related.weight ?? 1) / Math.log(1 + df[f]) : 0));

	const postings = [...typeIds.keys()].map(() => new Map<number, number[]>());
	features.forEach((set, i) => {
		const p = postings[typeOf[i]];
		for (const f of set) {
			const list = p.get(f);
			if (list) list.push(i);
			else p.set(f, [i]);
		}
	});

	// TF-IDF vectors, unit length, as term ids sorted ascending with their weights.
	const termIds = new Map<string, number>();
	const surface = new Map<number, string>();
	const raw = nodes.map((n, i) => {
		still(`verwante items: woorden ${i}/${nodes.length}`);
		const text = [n.title, n.summary, ...asList(n.data.trefwoorden), ...asList(n.data.aliassen)].join(' ');
		const t = terms(text);
		const entries: [number, number][] = [];
		for (const [stem, count] of t.counts) {
			let id = termIds.get(stem);
			if (id === undefined) {
				id = termIds.size;
				termIds.set(stem, id);
				surface.set(id, t.surface.get(stem)!);
			}
			entries.push([id, 1 + Math.log(count)]);
		}
		return entries.sort((a, b) => a[0] - b[0]);
	});
	const termDf = new Int32Array(termIds.size);
	for (const entries of raw) for (const [id] of entries) termDf[id]++;
	const vectors: Vector[] = raw.map((entries) => {
		const ids = Int32Array.from(entries, ([id]) => id);
		const weights = Float64Array.from(entries, ([id, tf]) => tf * Math.log(1 + nodes.length / termDf[id]));
		let norm = 0;
		for (const w of weights) norm += w * w;
		norm = Math.sqrt(norm) || 1;
		for (let k = 0; k < weights.length; k++) weights[k] /= norm;
		return { ids, weights };
	});
	const termPostings = [...typeIds.keys()].map(() => new Map<number, Postings>());
	vectors.forEach(({ ids, weights }, i) => {
		const p = termPostings[typeOf[i]];
		for (let k = 0; k < ids.length; k++) {
			let list = p.get(ids[k]);
			if (!list) p.set(ids[k], (list = { nodes: [], weights: [] }));
			list.nodes.push(i);
			list.weights.push(weights[k]);
		}
	});

	const specificity = Float64Array.from(nodes, (n) => specificityOf(n.type));
	return { nodes, typeOf, neighbours, outgoing, features, featureWeight, postings, termPostings, vectors, surface, typeIds, ancestors, specificity };
}

const shorten = (s: string, max = 60) => (s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** "a", "a en b", "a, b en c" */
export const joinNl = (parts: string[]) => (parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);

function reasonFor(ix: Index, n: number, c: number, text: number, broadOnly: boolean): string {
	const shared = new Map<string, number[]>();
	const [small, large] = ix.features[n].size <= ix.features[c].size ? [ix.features[n], ix.features[c]] : [ix.features[c], ix.features[n]];
	const common = [...small].filter((f) => large.has(f));
	// A shared kennisvraag implies its gamechanger and theme: only the most specific node of a chain is named.
	const implied = new Set(common.flatMap((f) => [...ix.ancestors[f]]));
	for (const f of common) {
		if (implied.has(f)) continue;
		const type = ix.nodes[f].type;
		const list = shared.get(type) ?? [];
		list.push(f);
		shared.set(type, list);
	}
	// The most specific shared thing first: a kennisvraag or lectoraat before a gamechanger before a thema.
	const named = [...shared.keys()]
		.sort((a, b) => specificityOf(b) - specificityOf(a) || (registry[a]?.related.reasonRank ?? 99) - (registry[b]?.related.reasonRank ?? 99))
		.map((t) => {
			const list = shared.get(t)!;
			const def = registry[t];
			if (list.length > 1) return `${list.length} ${def.plural.toLowerCase()}`;
			const title = shorten(ix.nodes[list[0]].title);
			if (def.related.quoteTitle) return `${def.label.toLowerCase()} ‘${title}’`;
			// "lectoraat Lectoraat Leren" says the type twice.
			return title.toLowerCase().startsWith(def.label.toLowerCase()) ? title : `${def.label.toLowerCase()} ${title}`;
		});
	const parts: string[] = [];
	if (named.length) parts.push(broadOnly ? `deelt alleen ${joinNl(named)}; niets specifiekers gevonden` : `deelt ${joinNl(named)}`);
	if (ix.outgoing[n].has(c)) parts.push('deze pagina verwijst ernaar');
	else if (ix.outgoing[c].has(n)) parts.push('verwijst naar deze pagina');
	if (text >= TEXT_REASON_MIN) {
		const a = ix.vectors[n];
		const b = ix.vectors[c];
		const common: [number, number][] = [];
		for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
			if (a.ids[i] < b.ids[j]) i++;
			else if (a.ids[i] > b.ids[j]) j++;
			else common.push([a.ids[i], a.weights[i++] * b.weights[j++]]);
		}
		const words = common
			.sort((x, y) => y[1] - x[1] || x[0] - y[0])
			.slice(0, 3)
			.map(([id]) => ix.surface.get(id)!);
		if (words.length) parts.push(`vergelijkbare woorden: ${words.join(', ')}`);
	}
	return parts.join('; ');
}

/**
 * The scorer of one corpus: the indexes are built once, then each call ranks one node's related items (by its index
 * in `nodes`). A build asks for every node; `npm run dev` and a rebuild only for the pages they render.
 */
function relatedScorer(nodes: ContentNode[], relations: Relation[], options: RelatedOptions = {}): (n: number) => RelatedGroup[] {
	// Six per group: enough to choose from at a glance, and every item is bytes on each of 10,000 pages (issue 17).
	const limit = options.limit ?? 6;
	const cap = options.cap ?? 100;
	const ix = buildIndex(nodes, relations);
	const N = nodes.length;
	const structural = new Float64Array(N);
	const textual = new Float64Array(N);
	/** The most specific thing each candidate shares with the node. */
	const tier = new Float64Array(N);
	const seen = new Uint8Array(N);
	// Which nodes of a type have a hub feature, as flags: every candidate is checked against every hub of the node, and
	// a Set lookup there was a third of the scoring (issue 17). Made when a hub is first met; hubs are few.
	const hubMembers = [...ix.typeIds.keys()].map(() => new Map<number, Uint8Array>());
	const membersOf = (t: number, h: number) => {
		let flags = hubMembers[t].get(h);
		if (!flags) {
			flags = new Uint8Array(N);
			for (const c of ix.postings[t].get(h)!) flags[c] = 1;
			hubMembers[t].set(h, flags);
		}
		return flags;
	};

	return (n: number) => {
		const node = nodes[n];
		const targets = [node.type, ...(registry[node.type]?.related.alsoSuggest ?? [])];
		const groups: RelatedGroup[] = [];
		for (const targetType of targets) {
			const t = ix.typeIds.get(targetType);
			if (t === undefined) {
				groups.push({ type: targetType, items: [] });
				continue;
			}
			const sameType = targetType === node.type;
			// Cross-type: direct neighbours already show under the page's relations.
			const excluded = (c: number) => c === n || (!sameType && ix.neighbours[n].has(c));
			const touched: number[] = [];
			const touch = (c: number) => {
				if (!seen[c]) {
					seen[c] = 1;
					touched.push(c);
				}
			};
			const hubs: number[] = [];
			const hubFlags: Uint8Array[] = [];
			for (const f of ix.features[n]) {
				const list = ix.postings[t].get(f);
				if (!list || ix.featureWeight[f] === 0) continue;
				if (list.length > cap) {
					hubs.push(f);
					hubFlags.push(membersOf(t, f));
					continue;
				}
				for (const c of list) {
					if (excluded(c)) continue;
					touch(c);
					structural[c] += ix.featureWeight[f];
					if (ix.specificity[f] > tier[c]) tier[c] = ix.specificity[f];
				}
			}
			const vec = ix.vectors[n];
			for (let k = 0; k < vec.ids.length; k++) {
				const list = ix.termPostings[t].get(vec.ids[k]);
				if (!list || list.nodes.length > cap) continue;
				for (let m = 0; m < list.nodes.length; m++) {
					const c = list.nodes[m];
					if (excluded(c)) continue;
					touch(c);
					textual[c] += vec.weights[k] * list.weights[m];
				}
			}
			if (sameType) {
				let k = 0;
				for (const m of ix.neighbours[n]) {
					if (ix.typeOf[m] !== t) continue;
					if (k++ >= cap) break;
					touch(m);
					structural[m] += DIRECT_WEIGHT;
					tier[m] = Math.max(tier[m], DIRECT_SPECIFICITY);
				}
			}
			// Only hubs in common: take a slice of each hub, rotated per node so no few nodes show up everywhere.
			if (touched.length < limit) {
				for (const h of hubs) {
					const list = ix.postings[t].get(h)!;
					const start = (n * 2654435761) % list.length;
					for (let k = 0; k < cap; k++) {
						const c = list[(start + k) % list.length];
						if (!excluded(c)) touch(c);
					}
				}
			}

			if (options.stats) options.stats.candidates += touched.length;
			const best: { c: number; score: number; text: number; tier: number }[] = [];
			for (const c of touched) {
				let links = structural[c];
				let specific = tier[c];
				for (let k = 0; k < hubs.length; k++)
					if (hubFlags[k][c]) {
						links += ix.featureWeight[hubs[k]];
						specific = Math.max(specific, ix.specificity[hubs[k]]);
					}
				if (ix.neighbours[n].has(c)) specific = Math.max(specific, DIRECT_SPECIFICITY);
				const text = textual[c];
				if (text >= TEXT_REASON_MIN) specific = Math.max(specific, TEXT_SPECIFICITY);
				// Specificity comes first: sharing a kennisvraag outranks sharing any number of themes.
				const score = 100 * specific + links + TEXT_WEIGHT * text;
				structural[c] = 0;
				textual[c] = 0;
				tier[c] = 0;
				seen[c] = 0;
				// Faint word overlap alone is noise, and would come without a reason.
				if (links === 0 && text < TEXT_REASON_MIN) continue;
				if (best.length === limit && !better(score, c, best[limit - 1])) continue;
				let at = best.length;
				while (at > 0 && better(score, c, best[at - 1])) at--;
				best.splice(at, 0, { c, score, text, tier: specific });
				if (best.length > limit) best.pop();
			}
			// Only broad things in common: listed only when nothing more specific was found, and the reason says so.
			const broadOnly = best.length > 0 && best[0].tier <= BROAD;
			groups.push({
				type: targetType,
				items: best
					.filter((b) => broadOnly || b.tier > BROAD)
					.map(({ c, score, text }) => ({
						id: nodes[c].id,
						type: nodes[c].type,
						title: nodes[c].title,
						url: nodes[c].url,
						...(nodes[c].data.voorbeeld ? { voorbeeld: true } : {}),
						score: Math.round(score * 100) / 100,
						reason: reasonFor(ix, n, c, text, broadOnly)
					}))
			});
		}
		return groups;
	};

	function better(score: number, c: number, than: { c: number; score: number }) {
		return score > than.score + 1e-9 || (Math.abs(score - than.score) <= 1e-9 && nodes[c].id < nodes[than.c].id);
	}
}

/** Related items of every node, in one pass. */
export function computeRelated(nodes: ContentNode[], relations: Relation[], options: RelatedOptions = {}): Map<string, RelatedGroup[]> {
	const score = relatedScorer(nodes, relations, options);
	return new Map(nodes.map((node, n) => [node.id, score(n)]));
}

const memo = new WeakMap<object, { score: (n: number) => RelatedGroup[]; index: Map<string, number>; done: Map<string, RelatedGroup[]> }>();

/** Related groups of one node. The indexes are built once per site, on first use; each node is ranked when asked for. */
export function relatedFor(site: { nodes: ContentNode[]; relations: Relation[] }, id: string): RelatedGroup[] {
	let all = memo.get(site);
	if (!all) {
		const started = performance.now();
		// Seconds at 50,000 nodes, in the middle of the prerender: the line says what the build is doing.
		phase('verwante items voorbereiden', `voor ${site.nodes.length} knopen`);
		all = { score: relatedScorer(site.nodes, site.relations), index: new Map(site.nodes.map((n, i) => [n.id, i])), done: new Map() };
		memo.set(site, all);
		phase('verwante items voorbereid', `voor ${site.nodes.length} knopen in ${Math.round(performance.now() - started)} ms`);
	}
	let groups = all.done.get(id);
	if (!groups) {
		const n = all.index.get(id);
		if (n === undefined) return [];
		all.done.set(id, (groups = all.score(n)));
	}
	return groups;
}

/**
 * The related items of a site before an edit, for the site after it, when the edit changed only bodies' text
 * (onlyBodiesChanged in site-model.ts: the nodes' fields, titles, summaries and addresses and the relations are what
 * they are computed from), so `npm run dev` does not rebuild the index (0.6 s of each edit at 10,000 nodes).
 */
export function carryRelated(from: object, to: object) {
	const all = memo.get(from);
	if (all) memo.set(to, all);
}
