/** The short facts shown with a node wherever a page lists it: what a reader needs to pick one from a list. */
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { vraagCoverage } from '../graph/coverage.ts';
import { toRef, type NodeRef } from './pages.ts';
import type { LinkQuote } from '../load/link-context.ts';

export interface ListItem extends NodeRef {
	/** Facts in reading order, e.g. ["2023–2025", "Lectoraat Leren", "Hogeschool Nergens"]. */
	meta: string[];
	/** Project status, for its chip. */
	status?: string;
	/** Kennisvraag without anyone on it (src/lib/white-spot.ts). */
	witteVlek?: boolean;
	/** The sentence in which the linking page names this one. */
	quote?: LinkQuote;
	/** The sentence from the source document that carries this link (an agendapunt's `citaten`). */
	citaat?: string;
}

/** Order of project statuses in lists: what runs now first. */
export const STATUS_ORDER = ['lopend', 'gepland', 'afgerond'];
const year = (date?: string) => date?.slice(0, 4);
const words = (s: string) => s.replace(/-/g, ' ');
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function years(p: ContentNode<'project'>): string {
	const [from, to] = [year(p.data.start), year(p.data.einde)];
	return to ? (to === from ? from! : `${from}–${to}`) : `vanaf ${from}`;
}

/** Facts of a node for a list entry, without its title. */
export function metaOf(site: Site, n: ContentNode): Pick<ListItem, 'meta' | 'status' | 'witteVlek'> {
	const titles = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => site.byId.get(id)?.title ?? []);
	switch (n.type) {
		case 'project': {
			const lectoraten = (n.data.lectoraten ?? []).flatMap((id) => site.byId.get(id) ?? []) as ContentNode<'lectoraat'>[];
			const hogescholen = [...new Set(lectoraten.flatMap((l) => site.byId.get(l.data.hogeschool)?.title ?? []))];
			return { status: n.data.status, meta: [years(n), ...lectoraten.map((l) => l.title), ...hogescholen] };
		}
		case 'lectoraat':
			return { meta: [...titles([n.data.hogeschool]), (n.data.lectoren ?? []).join(', ')].filter(Boolean) };
		case 'partnerschap':
			return { meta: [words(n.data.soort), n.data.status === 'actief' ? '' : words(n.data.status), n.data.regio ?? ''].filter(Boolean) };
		case 'organisatie':
			return { meta: [words(n.data.soort), n.data.plaats ?? ''].filter(Boolean) };
		case 'agendapunt':
			return { meta: [n.data.soort] };
		case 'kennisvraag': {
			const c = vraagCoverage(site, n.id);
			return c.witteVlek
				? { witteVlek: true, meta: [] }
				: {
						meta: [
							[c.projecten ? count(c.projecten, 'project', 'projecten') : '', c.lectoraten ? count(c.lectoraten, 'lectoraat', 'lectoraten') : '']
								.filter(Boolean)
								.join(' · ')
						]
					};
		}
		default:
			return { meta: [] };
	}
}

export const listItem = (site: Site, n: ContentNode): ListItem => ({ ...toRef(n), ...metaOf(site, n) });

/** Projects: running first, then planned, then finished; newest start first within each. Others in agenda order. */
export function sortItems(site: Site, nodes: ContentNode[]): ContentNode[] {
	return [...nodes].sort((a, b) => {
		if (a.type === 'project' && b.type === 'project')
			return (
				STATUS_ORDER.indexOf(a.data.status) - STATUS_ORDER.indexOf(b.data.status) ||
				b.data.start.localeCompare(a.data.start) ||
				a.title.localeCompare(b.title, 'nl')
			);
		return a.type === b.type ? site.hierarchy.compare(a, b) : a.type.localeCompare(b.type);
	});
}
