/**
 * /agendas: which Kennisagenda themes and gamechangers each other agenda touches, through
 * its agendapunten (agendapunt.themas and agendapunt.gamechangers).
 */
import { TYPES } from '../../registry/types.ts';
import type { Site } from '../site.ts';
import { toRef, type NodeRef } from './pages.ts';

export interface AgendaColumn extends NodeRef {
	/** Short column label: first letter of the kind plus the number, e.g. K2 for kernambitie 2. */
	short: string;
	nummer?: number;
	soort: string;
	themas: string[];
	gamechangers: string[];
}

export interface AgendaComparison {
	/** The agenda the themes belong to. */
	kennisagenda?: NodeRef;
	/** The Kennisagenda's themes with their gamechangers: the rows of every table. */
	rows: (NodeRef & { nummer: number; gamechangers: (NodeRef & { nummer: number; bronnummer?: string })[] })[];
	agendas: (NodeRef & { korteTitel: string; jaar: number; uitgever: string; punten: AgendaColumn[] })[];
}

/** Agendapunten by kind in the order the registry lists the kinds, then by number. */
const SOORT_ORDER: readonly string[] = TYPES.find((t) => t.name === 'agendapunt')!.fields.soort.values;

export function agendaComparison(site: Pick<Site, 'of' | 'hierarchy'>): AgendaComparison {
	const themas = site.of('thema');
	const termSets = new Set(themas.map((t) => t.data.agenda));
	const kennisagenda = themas.map((t) => site.hierarchy.parent(t)).find((a) => a !== undefined);
	return {
		...(kennisagenda ? { kennisagenda: toRef(kennisagenda) } : {}),
		rows: themas.map((t) => ({
			...toRef(t),
			nummer: t.data.nummer,
			gamechangers: site
				.of('gamechanger')
				.filter((g) => g.data.thema === t.id)
				.map((g) => ({ ...toRef(g), nummer: g.data.nummer, ...(g.data.bronnummer ? { bronnummer: g.data.bronnummer } : {}) }))
		})),
		agendas: site
			.of('agenda')
			.filter((a) => !termSets.has(a.id))
			.sort((a, b) => b.data.jaar - a.data.jaar || a.title.localeCompare(b.title, 'nl'))
			.map((a) => ({
				...toRef(a),
				korteTitel: a.data.korte_titel ?? a.title,
				jaar: a.data.jaar,
				uitgever: a.data.uitgever,
				punten: site
					.of('agendapunt')
					.filter((p) => p.data.agenda === a.id)
					.sort((x, y) => SOORT_ORDER.indexOf(x.data.soort) - SOORT_ORDER.indexOf(y.data.soort) || site.hierarchy.compare(x, y))
					.map((p, i) => ({
						...toRef(p),
						short: `${p.data.soort.charAt(0).toUpperCase()}${p.data.nummer ?? i + 1}`,
						...(p.data.nummer != null ? { nummer: p.data.nummer } : {}),
						soort: p.data.soort,
						themas: p.data.themas ?? [],
						gamechangers: p.data.gamechangers ?? []
					}))
			}))
	};
}
