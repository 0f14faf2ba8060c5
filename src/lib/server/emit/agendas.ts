/**
 * /agendas: which Kennisagenda themes and gamechangers each other agenda touches, through
 * its agendapunten (agendapunt.themas and agendapunt.gamechangers).
 */
import type { ContentNode } from '../load/index.ts';
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
	rows: (NodeRef & { nummer: number; gamechangers: (NodeRef & { nummer: number })[] })[];
	agendas: (NodeRef & { korteTitel: string; jaar: number; uitgever: string; punten: AgendaColumn[] })[];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const SOORT_ORDER = ['kernambitie', 'uitgangspunt', 'thema', 'scenario', 'dialoogthema'];
const bySoort = (a: ContentNode, b: ContentNode) => SOORT_ORDER.indexOf(String(a.data.soort)) - SOORT_ORDER.indexOf(String(b.data.soort));
const byNumber = (a: ContentNode, b: ContentNode) => Number(a.data.nummer ?? 0) - Number(b.data.nummer ?? 0) || a.title.localeCompare(b.title, 'nl');

export function agendaComparison(site: Pick<Site, 'byType' | 'byId'>): AgendaComparison {
	const of = (type: string) => [...(site.byType.get(type) ?? [])];
	const themas = of('thema').sort(byNumber);
	const termSets = new Set(themas.map((t) => String(t.data.agenda)));
	const punten = of('agendapunt');
	const kennisagenda = site.byId.get(String(themas[0]?.data.agenda));
	return {
		...(kennisagenda ? { kennisagenda: toRef(kennisagenda) } : {}),
		rows: themas.map((t) => ({
			...toRef(t),
			nummer: Number(t.data.nummer),
			gamechangers: of('gamechanger')
				.filter((g) => g.data.thema === t.id)
				.sort(byNumber)
				.map((g) => ({ ...toRef(g), nummer: Number(g.data.nummer) }))
		})),
		agendas: of('agenda')
			.filter((a) => !termSets.has(a.id))
			.sort((a, b) => Number(b.data.jaar) - Number(a.data.jaar) || a.title.localeCompare(b.title, 'nl'))
			.map((a) => ({
				...toRef(a),
				korteTitel: String(a.data.korte_titel ?? a.title),
				jaar: Number(a.data.jaar),
				uitgever: String(a.data.uitgever),
				punten: punten
					.filter((p) => p.data.agenda === a.id)
					.sort((x, y) => bySoort(x, y) || byNumber(x, y))
					.map((p, i) => ({
						...toRef(p),
						short: `${String(p.data.soort).charAt(0).toUpperCase()}${p.data.nummer ?? i + 1}`,
						...(p.data.nummer != null ? { nummer: Number(p.data.nummer) } : {}),
						soort: String(p.data.soort),
						themas: list(p.data.themas),
						gamechangers: list(p.data.gamechangers)
					}))
			}))
	};
}
