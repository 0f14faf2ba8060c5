/**
 * /dekking: who works on which part of the Kennisagenda, and where no one does (white spots).
 *
 * Rules (stated on the page too):
 * - A project addresses a kennisvraag when it lists it (project.kennisvragen).
 * - A lectoraat addresses a kennisvraag when it lists it (lectoraat.kennisvragen) or runs a
 *   project that does.
 * - A kennisvraag no project and no lectoraat addresses is a white spot.
 * - Projects that name a gamechanger itself (project.gamechangers) are counted with that
 *   gamechanger, not with its kennisvragen.
 * - Sectors: a kennisvraag's own sectoren, else its gamechanger's; none means all sectors.
 *   A project without sectoren counts for every sector.
 */
import { toCsv } from '../../csv.ts';
import { SECTOREN } from '../../registry/types.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

export type SectorCounts = Record<string, number>;

export interface DekkingVraag {
	id: string;
	title: string;
	url: string;
	thema: string;
	gamechanger?: string;
	/** Position in agenda order (thema, gamechanger, vraag), for the default sort. */
	order: number;
	sectoren: string[];
	projecten: string[];
	/** Projects per sector (projects without sectoren count for each). */
	projectenPerSector: SectorCounts;
	lectoraten: string[];
}

export interface DekkingGamechanger {
	id: string;
	title: string;
	url: string;
	nummer: number;
	sectoren: string[];
	kennisvragen: string[];
	/** Projects naming the gamechanger itself. */
	projecten: string[];
	projectenPerSector: SectorCounts;
}

export interface DekkingThema {
	id: string;
	title: string;
	url: string;
	nummer: number;
	gamechangers: DekkingGamechanger[];
	/** Kennisvragen under the theme as a whole (no gamechanger). */
	losseKennisvragen: string[];
}

export interface Dekking {
	themas: DekkingThema[];
	vragen: DekkingVraag[];
	/** Titles of projects and lectoraten named in the rows, for the CSV and tooltips. */
	names: Record<string, string>;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v == null ? [] : [String(v)]);
const byNumber = (a: ContentNode, b: ContentNode) => Number(a.data.nummer ?? 0) - Number(b.data.nummer ?? 0) || a.title.localeCompare(b.title, 'nl');

function perSector(projects: ContentNode[]): SectorCounts {
	return Object.fromEntries(SECTOREN.map((s) => [s, projects.filter((p) => list(p.data.sectoren).length === 0 || list(p.data.sectoren).includes(s)).length]));
}

export function dekking(site: Pick<Site, 'byType' | 'byId'>): Dekking {
	const of = (type: string) => site.byType.get(type) ?? [];
	const projectsOf = new Map<string, ContentNode[]>(of('kennisvraag').map((k) => [k.id, []]));
	const lectoratenOf = new Map<string, Set<string>>(of('kennisvraag').map((k) => [k.id, new Set()]));
	const gcProjects = new Map<string, ContentNode[]>(of('gamechanger').map((g) => [g.id, []]));
	const names: Record<string, string> = {};
	for (const p of of('project')) {
		for (const k of list(p.data.kennisvragen)) {
			projectsOf.get(k)?.push(p);
			for (const l of list(p.data.lectoraten)) lectoratenOf.get(k)?.add(l);
		}
		for (const g of list(p.data.gamechangers)) gcProjects.get(g)?.push(p);
	}
	for (const l of of('lectoraat')) for (const k of list(l.data.kennisvragen)) lectoratenOf.get(k)?.add(l.id);

	const themas = [...of('thema')].sort(byNumber);
	const themaOrder = new Map(themas.map((t, i) => [t.id, i]));
	const gamechangers = [...of('gamechanger')].sort(byNumber);
	const vragen: DekkingVraag[] = [...of('kennisvraag')]
		.map((k) => {
			const gc = typeof k.data.gamechanger === 'string' ? site.byId.get(k.data.gamechanger) : undefined;
			const projects = projectsOf.get(k.id)!;
			const lectoraten = [...lectoratenOf.get(k.id)!].sort();
			for (const p of projects) names[p.id] = p.title;
			for (const l of lectoraten) names[l] = site.byId.get(l)?.title ?? l;
			const own = list(k.data.sectoren);
			return {
				id: k.id,
				title: k.title,
				url: k.url,
				thema: String(k.data.thema),
				...(gc ? { gamechanger: gc.id } : {}),
				order: 0,
				sectoren: own.length ? own : list(gc?.data.sectoren),
				projecten: projects.map((p) => p.id).sort(),
				projectenPerSector: perSector(projects),
				lectoraten,
				sort: [themaOrder.get(String(k.data.thema)) ?? 99, gc ? Number(gc.data.nummer) : 999, k.title] as const
			};
		})
		.sort((a, b) => a.sort[0] - b.sort[0] || a.sort[1] - b.sort[1] || a.sort[2].localeCompare(b.sort[2], 'nl'))
		.map(({ sort: _, ...v }, i) => ({ ...v, order: i }));

	return {
		themas: themas.map((t) => ({
			id: t.id,
			title: t.title,
			url: t.url,
			nummer: Number(t.data.nummer),
			gamechangers: gamechangers
				.filter((g) => g.data.thema === t.id)
				.map((g) => {
					const projects = gcProjects.get(g.id)!;
					for (const p of projects) names[p.id] = p.title;
					return {
						id: g.id,
						title: g.title,
						url: g.url,
						nummer: Number(g.data.nummer),
						sectoren: list(g.data.sectoren),
						kennisvragen: vragen.filter((v) => v.gamechanger === g.id).map((v) => v.id),
						projecten: projects.map((p) => p.id).sort(),
						projectenPerSector: perSector(projects)
					};
				}),
			losseKennisvragen: vragen.filter((v) => v.thema === t.id && !v.gamechanger).map((v) => v.id)
		})),
		vragen,
		names
	};
}

export const isWhiteSpot = (v: Pick<DekkingVraag, 'projecten' | 'lectoraten'>) => v.projecten.length === 0 && v.lectoraten.length === 0;

export function dekkingCsv(d: Dekking, titles: Map<string, string>): string {
	return toCsv(
		['thema', 'thema_titel', 'gamechanger', 'gamechanger_titel', 'kennisvraag', 'kennisvraag_tekst', 'sectoren', 'projecten', 'lectoraten', 'witte_vlek', 'project_ids', 'lectoraat_ids'],
		d.vragen.map((v) => [
			v.thema,
			titles.get(v.thema),
			v.gamechanger,
			v.gamechanger ? titles.get(v.gamechanger) : '',
			v.id,
			v.title,
			v.sectoren,
			v.projecten.length,
			v.lectoraten.length,
			isWhiteSpot(v) ? 'ja' : 'nee',
			v.projecten,
			v.lectoraten
		])
	);
}
