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
import { registry } from '../../registry/types.ts';
import type { ContentNode, Relation } from '../load/index.ts';
import { phase } from '../progress.ts';
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

/** How telling it is to share a neighbour of this type, before damping by frequency. */
export const TYPE_WEIGHT: Record<string, number> = {
	kennisvraag: 3,
	gamechanger: 2,
	thema: 1,
	lectoraat: 2.5,
	partnerschap: 2,
	organisatie: 1.5,
	project: 2,
	agendapunt: 1.5,
	agenda: 0.5
};
const DIRECT_WEIGHT = 3;
const TEXT_WEIGHT = 3;
const TEXT_REASON_MIN = 0.1;
/** Agenda levels from specific to broad: a reason names only the most specific one shared. */
const AGENDA_LEVELS = ['kennisvraag', 'gamechanger', 'thema'];
const REASON_ORDER = ['kennisvraag', 'gamechanger', 'thema', 'lectoraat', 'partnerschap', 'organisatie', 'project', 'agendapunt', 'agenda'];
/** Besides nodes of its own type, a kennisvraag lists projects working on similar questions. */
const EXTRA_TARGETS: Record<string, string[]> = { kennisvraag: ['project'] };
/** References to source documents connect nearly everything to the Kennisagenda: no signal. */
const IGNORED_RELATIONS = new Set(['bron']);

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
	for (const r of relations) {
		if (IGNORED_RELATIONS.has(r.type)) continue;
		const s = idx.get(r.source);
		const t = idx.get(r.target);
		if (s === undefined || t === undefined || s === t) continue;
		neighbours[s].add(t);
		neighbours[t].add(s);
		outgoing[s].add(t);
	}

	// Features: neighbours, plus the agenda ancestors of a kennisvraag or gamechanger neighbour,
	// so a project naming only a kennisvraag still shares its gamechanger and theme.
	const ancestors = (i: number): number[] => {
		const out: number[] = [];
		const data = nodes[i].data;
		for (const field of ['gamechanger', 'thema']) {
			const j = typeof data[field] === 'string' ? idx.get(data[field] as string) : undefined;
			if (j !== undefined) out.push(j, ...(field === 'gamechanger' ? ancestors(j) : []));
		}
		return out;
	};
	const features = nodes.map((n, i) => {
		const set = new Set<number>();
		for (const m of neighbours[i]) {
			set.add(m);
			const type = nodes[m].type;
			if (type === 'kennisvraag' || type === 'gamechanger') for (const a of ancestors(m)) set.add(a);
			// An agenda touches what its agendapunten touch.
			if (n.type === 'agenda' && type === 'agendapunt') for (const a of neighbours[m]) if (nodes[a].type === 'thema' || nodes[a].type === 'gamechanger') set.add(a);
		}
		set.delete(i);
		return set;
	});

	const df = new Int32Array(nodes.length);
	for (const set of features) for (const f of set) df[f]++;
	const featureWeight = new Float64Array(nodes.length);
	nodes.forEach((n, f) => (featureWeight[f] = df[f] > 1 ? (TYPE_WEIGHT[n.type] ?? 1) / Math.log(1 + df[f]) : 0));

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
	const raw = nodes.map((n) => {
		const text = [n.title, n.summary, ...((n.data.trefwoorden as string[] | undefined) ?? []), ...((n.data.aliassen as string[] | undefined) ?? [])].join(' ');
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

	return { nodes, typeOf, neighbours, outgoing, features, featureWeight, postings, termPostings, vectors, surface, typeIds };
}

const shorten = (s: string, max = 60) => (s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** "a", "a en b", "a, b en c" */
export const joinNl = (parts: string[]) => (parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);

function reasonFor(ix: Index, n: number, c: number, text: number): string {
	const shared = new Map<string, number[]>();
	const [small, large] = ix.features[n].size <= ix.features[c].size ? [ix.features[n], ix.features[c]] : [ix.features[c], ix.features[n]];
	for (const f of small) {
		if (!large.has(f)) continue;
		const type = ix.nodes[f].type;
		const list = shared.get(type) ?? [];
		list.push(f);
		shared.set(type, list);
	}
	const level = AGENDA_LEVELS.find((t) => shared.has(t));
	const named = REASON_ORDER.filter((t) => shared.has(t) && (!AGENDA_LEVELS.includes(t) || t === level)).map((t) => {
		const list = shared.get(t)!;
		const def = registry[t];
		if (list.length > 1) return `${list.length} ${def.plural.toLowerCase()}`;
		const title = shorten(ix.nodes[list[0]].title);
		// Kennisvragen are whole questions: quotes keep the sentence readable.
		if (t === 'kennisvraag') return `kennisvraag ‘${title}’`;
		// "lectoraat Lectoraat Leren" says the type twice.
		return title.toLowerCase().startsWith(def.label.toLowerCase()) ? title : `${def.label.toLowerCase()} ${title}`;
	});
	const parts: string[] = [];
	if (named.length) parts.push(`deelt ${joinNl(named)}`);
	if (ix.outgoing[n].has(c)) parts.push('deze pagina verwijst ernaar');
	else if (ix.outgoing[c].has(n)) parts.push('verwijst naar deze pagina');
	if (text >= TEXT_REASON_MIN) {
		const a = ix.vectors[n];
		const b = ix.vectors[c];
		const common: [number, number][] = [];
		for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
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

/** Related items of every node, in one pass. */
export function computeRelated(nodes: ContentNode[], relations: Relation[], options: RelatedOptions = {}): Map<string, RelatedGroup[]> {
	const limit = options.limit ?? 8;
	const cap = options.cap ?? 100;
	const ix = buildIndex(nodes, relations);
	const N = nodes.length;
	const structural = new Float64Array(N);
	const textual = new Float64Array(N);
	const seen = new Uint8Array(N);
	const out = new Map<string, RelatedGroup[]>();

	for (let n = 0; n < N; n++) {
		const node = nodes[n];
		const targets = [node.type, ...(EXTRA_TARGETS[node.type] ?? [])];
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
			for (const f of ix.features[n]) {
				const list = ix.postings[t].get(f);
				if (!list || ix.featureWeight[f] === 0) continue;
				if (list.length > cap) {
					hubs.push(f);
					continue;
				}
				for (const c of list) {
					if (excluded(c)) continue;
					touch(c);
					structural[c] += ix.featureWeight[f];
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
			const best: { c: number; score: number; text: number }[] = [];
			for (const c of touched) {
				let links = structural[c];
				for (const h of hubs) if (ix.features[c].has(h)) links += ix.featureWeight[h];
				const text = textual[c];
				const score = links + TEXT_WEIGHT * text;
				structural[c] = 0;
				textual[c] = 0;
				seen[c] = 0;
				// Faint word overlap alone is noise, and would come without a reason.
				if (links === 0 && text < TEXT_REASON_MIN) continue;
				if (best.length === limit && !better(score, c, best[limit - 1])) continue;
				let at = best.length;
				while (at > 0 && better(score, c, best[at - 1])) at--;
				best.splice(at, 0, { c, score, text });
				if (best.length > limit) best.pop();
			}
			groups.push({
				type: targetType,
				items: best.map(({ c, score, text }) => ({
					id: nodes[c].id,
					type: nodes[c].type,
					title: nodes[c].title,
					url: nodes[c].url,
					...(nodes[c].data.voorbeeld ? { voorbeeld: true } : {}),
					score: Math.round(score * 100) / 100,
					reason: reasonFor(ix, n, c, text)
				}))
			});
		}
		out.set(node.id, groups);
	}
	return out;

	function better(score: number, c: number, than: { c: number; score: number }) {
		return score > than.score + 1e-9 || (Math.abs(score - than.score) <= 1e-9 && nodes[c].id < nodes[than.c].id);
	}
}

const memo = new WeakMap<object, Map<string, RelatedGroup[]>>();

/** Related groups of one node; computed once for the whole site on first use. */
export function relatedFor(site: { nodes: ContentNode[]; relations: Relation[] }, id: string): RelatedGroup[] {
	let all = memo.get(site);
	if (!all) {
		const started = performance.now();
		all = computeRelated(site.nodes, site.relations);
		memo.set(site, all);
		phase('verwante items berekend', `voor ${site.nodes.length} knopen in ${Math.round(performance.now() - started)} ms`);
	}
	return all.get(id) ?? [];
}
