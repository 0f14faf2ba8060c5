/**
 * Emit: the data of a node page, shaped for its reader. Each relation shows once, under the human heading
 * the registry gives it (heading on the source's page, inverseHeading on the target's); a kennisvraag
 * opens with who works on it, a thema and an agenda with their part of the agenda, in agenda order.
 */
import { isRef } from '../../registry/fields.ts';
import { getType, LINK_RELATION, relationOf, SECTOR_LABELS, SECTOREN, typeNames } from '../../registry/registry.ts';
import { siteUrl } from '../config.ts';
import { coverage, vraagCoverage } from '../graph/coverage.ts';
import { relatedFor } from '../graph/related.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { SHOWN } from '../../node-list.ts';
import { exampleNotice } from './example-notice.ts';
import { pageJsonLd, serializeJsonLd } from './jsonld.ts';
import type { OpenDataLinks } from './open-data-links.ts';
import { listItem, sortItems, STATUS_ORDER, type ListItem } from './node-meta.ts';
import { breadcrumbs, toRef, type NodeRef } from './pages.ts';
import { provenanceOf, suggestionsOf } from './provenance.ts';

/** One formatter for every page: toLocaleDateString builds a new one per call (5 s at 10,000 nodes). */
const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export type { ListItem } from './node-meta.ts';

export interface ItemGroup {
	/** Shown above the group when a section has several (e.g. "Lopend"). */
	label?: string;
	/** The first GROUP_MAX, most relevant first. */
	items: ListItem[];
	total: number;
	/** The listing filtered to the whole group, when it holds more than the page does. */
	all?: string;
}

export interface Section {
	id: string;
	heading: string;
	total: number;
	groups: ItemGroup[];
}

const STATUS_LABELS: Record<string, string> = { lopend: 'Lopend', gepland: 'Gepland', afgerond: 'Afgerond' };

/**
 * A page holds at most this many entries of one group (the first SHOWN visible, the rest folded); a longer group links
 * to its listing, filtered, so a question with a thousand projects still makes a page of a sensible size.
 */
const GROUP_MAX = 30;

/** The listing of a type filtered on a field (e.g. /project/?kennisvragen=kv-…), optionally on status too. */
type ListUrl = (status?: string) => string;
const listUrl = (node: ContentNode, type: string, field: string): ListUrl => {
	const base = node.url.slice(0, -`/${node.type}/${node.id}/`.length);
	return (status) => `${base}/${type}/?${new URLSearchParams({ [field]: node.id, ...(status ? { status } : {}) })}`;
};

/** Long lists of projects are grouped by status; other lists stay one group. */
function groupsOf(site: Site, nodes: ContentNode[], decorate: (item: ListItem) => ListItem = (i) => i, all?: ListUrl): ItemGroup[] {
	const sorted = sortItems(site, nodes);
	const group = (list: ContentNode[], status?: string): ItemGroup => ({
		...(status ? { label: STATUS_LABELS[status] } : {}),
		items: list.slice(0, GROUP_MAX).map((n) => decorate(listItem(site, n))),
		total: list.length,
		...(list.length > GROUP_MAX && all ? { all: all(status) } : {})
	});
	if (sorted.length <= SHOWN || !sorted.every((n) => n.type === 'project')) return [group(sorted)];
	return STATUS_ORDER.map((s) =>
		group(
			sorted.filter((n) => n.type === 'project' && n.data.status === s),
			s
		)
	).filter((g) => g.total);
}

/** The sentence from its source that a node gives for linking to `target` through `field` (registry `quotedIn`). */
function citaatOf(node: ContentNode, field: string, target: string): string | undefined {
	const def = getType(node.type)!.fields[field];
	if (!def || !isRef(def) || !def.quotedIn) return undefined;
	const list = (node.data as Record<string, unknown>)[def.quotedIn];
	const hit = Array.isArray(list) ? (list as { naar?: string; citaat?: string }[]).find((q) => q.naar === target) : undefined;
	return hit?.citaat;
}

/** A quote that is only the link's own text (an item of a list of links) says nothing more. */
const informative = (q: NonNullable<ListItem['quote']>) => /\p{L}/u.test(q.before + q.after);

/** The sentence around each text link to this node, by the id of the page that links (none when it says nothing more). */
function backlinkQuotes(site: Site, node: ContentNode): Map<string, ListItem['quote']> {
	const quotes = new Map<string, ListItem['quote']>();
	for (const edge of site.graph.inEdges(node.id)) {
		const { type, context } = site.graph.getEdgeAttributes(edge);
		const source = site.graph.source(edge);
		if (type === LINK_RELATION && source !== node.id && !quotes.get(source)) quotes.set(source, context && informative(context) ? context : undefined);
	}
	return quotes;
}

const section = (id: string, heading: string, groups: ItemGroup[]): Section => ({ id, heading, total: groups.reduce((n, g) => n + g.total, 0), groups });

interface ShownElsewhere {
	/** Outgoing relations shown elsewhere on the page, by field name. */
	out?: string[];
	/** Incoming relations shown elsewhere, as "type.field". */
	in?: string[];
	/** Nodes shown elsewhere on the page (a tree, the hub): not listed again. */
	nodes?: Set<string>;
}

/** The node's relations under their registry headings, minus what the page shows elsewhere. */
export function relationSections(site: Site, node: ContentNode, omit: ShownElsewhere = {}): Section[] {
	const def = getType(node.type)!;
	const shown = new Set(omit.nodes ?? []);
	// The parent (breadcrumbs) and the source document (in the facts) are shown above.
	const skipOut = new Set([...(def.parent ?? []), 'bron', ...(omit.out ?? [])]);
	const outgoing = new Map<string, ContentNode[]>();
	const incoming = new Map<string, Set<ContentNode>>();
	const quotes = backlinkQuotes(site, node);
	const linkedTo: ContentNode[] = [];
	for (const edge of site.graph.outEdges(node.id)) {
		const type = site.graph.getEdgeAttribute(edge, 'type');
		const target = site.byId.get(site.graph.target(edge))!;
		if (target === node) continue;
		if (type === LINK_RELATION) linkedTo.push(target);
		else if (!skipOut.has(type)) {
			const list = outgoing.get(type);
			if (list) list.push(target);
			else outgoing.set(type, [target]);
		}
	}
	for (const edge of site.graph.inEdges(node.id)) {
		const type = site.graph.getEdgeAttribute(edge, 'type');
		const source = site.byId.get(site.graph.source(edge))!;
		if (source === node) continue;
		if (type === LINK_RELATION) continue;
		const key = `${source.type}.${type}`;
		if (omit.in?.includes(key)) continue;
		const set = incoming.get(key) ?? new Set();
		incoming.set(key, set.add(source));
	}

	const sections: Section[] = [];
	const add = (id: string, heading: string, nodes: ContentNode[], all?: ListUrl, cite?: (other: ContentNode) => string | undefined) => {
		const fresh = [...new Set(nodes)].filter((n) => !shown.has(n.id));
		if (!fresh.length) return;
		// This page's own title says nothing in the facts of its list entries ("Lectoraat X" on Lectoraat X's page).
		const decorate = (i: ListItem): ListItem => {
			const citaat = cite?.(site.byId.get(i.id)!);
			return {
				...i,
				meta: i.meta.filter((m) => m !== node.title),
				...(quotes.get(i.id) ? { quote: quotes.get(i.id) } : {}),
				...(citaat ? { citaat } : {})
			};
		};
		sections.push(section(id, heading, groupsOf(site, fresh, decorate, all)));
	};
	for (const [name, field] of Object.entries(def.fields)) {
		const targets = outgoing.get(name);
		if (targets && isRef(field)) add(`naar-${name}`, field.heading, targets, undefined, (t) => citaatOf(node, name, t.id));
	}
	for (const t of typeNames) {
		for (const [name, field] of Object.entries(getType(t)!.fields)) {
			const sources = incoming.get(`${t}.${name}`);
			const rel = sources && relationOf(t, name);
			// A reference inside a block (bron.document) is no listing filter.
			if (rel)
				add(`van-${t}-${name}`, rel.field.inverseHeading, [...sources], isRef(field) ? listUrl(node, t, name) : undefined, (src) =>
					citaatOf(src, name, node.id)
				);
		}
	}
	// Text links last, and only to and from pages not shown elsewhere on the page (breadcrumbs included).
	const listed = () =>
		new Set([...shown, ...site.hierarchy.ancestors(node).map((a) => a.id), ...sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)))]);
	const link = relationOf(node.type, LINK_RELATION)!.field;
	const shownAbove = listed();
	add(
		'genoemd',
		link.heading,
		linkedTo.filter((n) => !shownAbove.has(n.id))
	);
	const before = listed();
	add(
		'noemen',
		link.inverseHeading,
		[...quotes.keys()].filter((id) => !before.has(id)).map((id) => site.byId.get(id)!)
	);
	return sections;
}

/** "Wie werkt hieraan?" and "Waar hoort deze vraag bij?" for a kennisvraag. */
function kennisvraagHub(site: Site, k: ContentNode<'kennisvraag'>) {
	const c = coverage(site);
	const projects = c.projects.get(k.id) ?? [];
	const naming = new Set(site.sources(k, { type: 'lectoraat', field: 'kennisvragen' }).map((l) => l.id));
	const lectoraten = [...(c.lectoraten.get(k.id) ?? [])].flatMap((id) => site.byId.get(id) ?? []);
	const partnerschappen = [...new Set(projects.flatMap((p) => (p.data.partnerschap ? [p.data.partnerschap] : [])))].flatMap((id) => site.byId.get(id) ?? []);
	const gamechanger = k.data.gamechanger ? (site.byId.get(k.data.gamechanger) as ContentNode<'gamechanger'>) : undefined;
	const thema = site.byId.get(k.data.thema)!;
	const sectoren = k.data.sectoren?.length ? k.data.sectoren : (gamechanger?.data.sectoren ?? []);
	// What a project's own text says about the question is the quickest answer to "what do they do with it?".
	const quotes = backlinkQuotes(site, k);
	const quoted = (i: ListItem): ListItem => (quotes.get(i.id) ? { ...i, quote: quotes.get(i.id) } : i);
	return {
		witteVlek: vraagCoverage(site, k.id).witteVlek,
		/** Where the work happens, which can differ from the sectors the question was asked for. */
		projectSectoren: SECTOREN.filter((s) => projects.some((p) => p.data.sectoren?.includes(s))).map((s) => SECTOR_LABELS[s]),
		projecten: section('wie-projecten', 'Projecten', groupsOf(site, projects, quoted, listUrl(k, 'project', 'kennisvragen'))),
		lectoraten: section(
			'wie-lectoraten',
			'Lectoraten',
			groupsOf(site, lectoraten, (i) => quoted({ ...i, meta: [...i.meta, naming.has(i.id) ? 'noemt deze vraag' : 'via een project'] }))
		),
		partnerschappen: section('wie-partnerschappen', 'Partnerschappen', groupsOf(site, partnerschappen)),
		plaats: {
			thema: toRef(thema),
			gamechanger: gamechanger && toRef(gamechanger),
			sectoren: sectoren.map((s) => SECTOR_LABELS[s] ?? s),
			/** Other questions under the same gamechanger (else the same thema), with who works on them. */
			anderen: site
				.of('kennisvraag')
				.filter((o) => o !== k && (gamechanger ? o.data.gamechanger === gamechanger.id : o.data.thema === thema.id && !o.data.gamechanger))
				.map((o) => listItem(site, o))
		}
	};
}

/** A thema's gamechangers with their kennisvragen, each with who works on it. */
export function themaTree(site: Site, thema: ContentNode) {
	const kv = site.of('kennisvraag').filter((k) => k.data.thema === thema.id);
	const withCounts = (list: ContentNode[]) => list.map((k) => ({ ...listItem(site, k), ...vraagCoverage(site, k.id) }));
	return {
		gamechangers: site
			.of('gamechanger')
			.filter((g) => g.data.thema === thema.id)
			.map((g) => ({
				...toRef(g),
				nummer: g.data.nummer,
				...(g.data.bronnummer ? { bronnummer: g.data.bronnummer } : {}),
				sectoren: g.data.sectoren ?? [],
				kennisvragen: withCounts(kv.filter((k) => k.data.gamechanger === g.id)),
				projecten: coverage(site).gcProjects.get(g.id)?.length ?? 0
			})),
		losseKennisvragen: withCounts(kv.filter((k) => !k.data.gamechanger))
	};
}
export type ThemaTreeData = ReturnType<typeof themaTree>;

/** An agenda's themes with their gamechangers, in agenda order (the Kennisagenda); empty for other agendas. */
function agendaTree(site: Site, agenda: ContentNode) {
	return site
		.of('thema')
		.filter((t) => t.data.agenda === agenda.id)
		.map((t) => {
			const tree = themaTree(site, t);
			const vragen = [...tree.gamechangers.flatMap((g) => g.kennisvragen), ...tree.losseKennisvragen];
			return {
				...toRef(t),
				nummer: t.data.nummer,
				kennisvragen: vragen.length,
				witteVlekken: vragen.filter((v) => v.witteVlek).length,
				gamechangers: tree.gamechangers.map((g) => ({
					...g,
					kennisvragen: g.kennisvragen.length,
					witteVlekken: g.kennisvragen.filter((v) => v.witteVlek).length
				}))
			};
		});
}

/** A project's facts before the field table: status, when, where, and whom to ask. */
function projectFacts(site: Site, p: ContentNode<'project'>) {
	const lectoraten = site.targets(p, 'lectoraten') as ContentNode<'lectoraat'>[];
	const hogescholen = [...new Set(lectoraten.flatMap((l) => site.byId.get(l.data.hogeschool) ?? []))] as ContentNode<'organisatie'>[];
	const partnerschap = p.data.partnerschap ? (site.byId.get(p.data.partnerschap) as ContentNode<'partnerschap'>) : undefined;
	const waar = [
		...hogescholen.map((h) => (h.data.plaats ? `${h.title} (${h.data.plaats})` : h.title)),
		...(partnerschap?.data.regio ? [`regio ${partnerschap.data.regio}`] : [])
	];
	const own = p.data.contact;
	const contact = [
		// The project's own contact (a role with an organisational address) comes before its lectoraten's lectors.
		...(own ? [{ text: [own.rol, own.email].filter(Boolean).join(': '), url: own.email ? `mailto:${own.email}` : own.website }] : []),
		...(own?.email && own.website ? [{ text: own.website.replace(/^https?:\/\//, ''), url: own.website }] : []),
		...lectoraten.map((l) => ({ text: l.data.lectoren?.length ? `${l.data.lectoren.join(', ')} (${l.title})` : l.title, url: l.data.website }))
	];
	const month = (d: string) => MONTH.format(new Date(d));
	return [
		{ label: 'Status', items: [{ text: STATUS_LABELS[p.data.status] ?? p.data.status }] },
		{ label: 'Looptijd', items: [{ text: p.data.einde ? `${month(p.data.start)} – ${month(p.data.einde)}` : `vanaf ${month(p.data.start)}` }] },
		...(waar.length ? [{ label: 'Waar', items: waar.map((text) => ({ text })) }] : []),
		...(contact.length ? [{ label: 'Contact', items: contact }] : [])
	];
}
export type ExtraFacts = ReturnType<typeof projectFacts>;

export function nodePage(site: Site, id: string) {
	const node = site.byId.get(id)!;
	const def = getType(node.type)!;
	const refs: Record<string, NodeRef> = {};
	for (const edge of site.graph.outEdges(id)) {
		const target = site.byId.get(site.graph.target(edge))!;
		refs[target.id] = toRef(target);
	}
	// Reference fields show as sections, under their headings; the field table keeps the rest.
	const facts = Object.fromEntries(Object.entries(node.data).filter(([name]) => !isRef(def.fields[name] ?? { kind: 'string' })));
	const hub = node.type === 'kennisvraag' ? kennisvraagHub(site, node) : undefined;
	const tree = node.type === 'thema' ? themaTree(site, node) : undefined;
	const agenda = node.type === 'agenda' ? agendaTree(site, node) : undefined;
	const shownInTree = new Set(agenda?.flatMap((t) => [t.id, ...t.gamechangers.map((g) => g.id)]) ?? []);
	const inHub = hub && [...hub.projecten.groups, ...hub.lectoraten.groups, ...hub.partnerschappen.groups].flatMap((g) => g.items.map((i) => i.id));
	const omit: ShownElsewhere =
		node.type === 'kennisvraag'
			? { in: ['project.kennisvragen', 'lectoraat.kennisvragen'], nodes: new Set(inHub) }
			: node.type === 'thema'
				? { in: ['gamechanger.thema', 'kennisvraag.thema'] }
				: { nodes: shownInTree };
	if (node.type === 'kennisvraag') delete facts.sectoren;
	// Said by its status, looptijd and contact above.
	if (node.type === 'project') for (const name of ['status', 'start', 'einde', 'contact']) delete facts[name];
	return {
		node: { ...toRef(node), html: node.html, summary: node.summary, data: facts, file: node.file },
		refs,
		extraFacts: node.type === 'project' ? projectFacts(site, node) : [],
		voorbeeld: exampleNotice(site, node),
		herkomst: provenanceOf(node),
		suggesties: suggestionsOf(site, node),
		hub,
		themaTree: tree,
		agendaTree: agenda?.length ? agenda : undefined,
		sections: relationSections(site, node, omit),
		breadcrumbs: breadcrumbs(site, node),
		related: relatedFor(site, id),
		jsonLd: serializeJsonLd(pageJsonLd(site, node, siteUrl()))
	};
}
export type NodePageData = ReturnType<typeof nodePage>;
/** What a node page's article renders: the page data and what it offers to follow or embed. */
export type NodeArticleData = NodePageData & { openData: OpenDataLinks };
