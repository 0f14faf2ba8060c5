/**
 * /dekking: who works on which part of the Kennisagenda, and where no one does (white spots).
 *
 * Rules (stated on the page too): who addresses a kennisvraag, and what a white spot is, is the one rule in
 * src/lib/white-spot.ts, counted in graph/coverage.ts.
 * - A gamechanger counts the projects of its kennisvragen plus the projects that name the
 *   gamechanger itself (project.gamechangers); with none of those and no lectoraat it is a white spot.
 * - Sectors: a kennisvraag's own sectoren, else its gamechanger's; none means all sectors.
 *   A project without sectoren counts for every sector.
 */
import { toCsv } from '../../csv.ts';
import { SECTOREN } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';
import { coverage } from '../graph/coverage.ts';
import { isWhiteSpot as whiteSpot } from '../../white-spot.ts';
import type { Site } from '../site.ts';

/** Per sector, and under "alle" for no sector filter. */
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
	projecten: SectorCounts;
	lectoraten: number;
}

export interface DekkingGamechanger {
	id: string;
	title: string;
	url: string;
	nummer: number;
	sectoren: string[];
	kennisvragen: string[];
	/** Distinct projects: of its kennisvragen, or naming the gamechanger itself. */
	projecten: SectorCounts;
	/** Of those, the ones naming the gamechanger itself. */
	direct: SectorCounts;
	lectoraten: number;
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
	sectoren: string[];
	themas: DekkingThema[];
	vragen: DekkingVraag[];
}

type DekkingSite = Pick<Site, 'of' | 'byId' | 'sectors'>;

function counts(site: DekkingSite, projects: Iterable<ContentNode>): SectorCounts {
	const out: SectorCounts = Object.fromEntries(['alle', ...SECTOREN].map((s) => [s, 0]));
	for (const p of projects) {
		out.alle++;
		const own = site.sectors(p);
		for (const s of SECTOREN) if (own.length === 0 || own.includes(s)) out[s]++;
	}
	return out;
}

function sectorsOf(site: DekkingSite, k: ContentNode<'kennisvraag'>): string[] {
	const own = k.data.sectoren ?? [];
	const gc = k.data.gamechanger ? site.byId.get(k.data.gamechanger) : undefined;
	return own.length ? own : gc ? site.sectors(gc) : [];
}

export function dekking(site: DekkingSite): Dekking {
	const a = coverage(site);
	const vragen: DekkingVraag[] = site.of('kennisvraag').map((k, order) => ({
		id: k.id,
		title: k.title,
		url: k.url,
		thema: k.data.thema,
		...(k.data.gamechanger ? { gamechanger: k.data.gamechanger } : {}),
		order,
		sectoren: sectorsOf(site, k),
		projecten: counts(site, a.projects.get(k.id)!),
		lectoraten: a.lectoraten.get(k.id)!.size
	}));
	const gamechangers = site.of('gamechanger');
	return {
		sectoren: [...SECTOREN],
		themas: site.of('thema').map((t) => ({
			id: t.id,
			title: t.title,
			url: t.url,
			nummer: t.data.nummer,
			gamechangers: gamechangers
				.filter((g) => g.data.thema === t.id)
				.map((g) => {
					const kv = vragen.filter((v) => v.gamechanger === g.id).map((v) => v.id);
					const direct = a.gcProjects.get(g.id)!;
					const all = new Map([...kv.flatMap((k) => a.projects.get(k)!), ...direct].map((p) => [p.id, p]));
					const lectoraten = new Set(kv.flatMap((k) => [...a.lectoraten.get(k)!]));
					return {
						id: g.id,
						title: g.title,
						url: g.url,
						nummer: g.data.nummer,
						sectoren: g.data.sectoren ?? [],
						kennisvragen: kv,
						projecten: counts(site, all.values()),
						direct: counts(site, direct),
						lectoraten: lectoraten.size
					};
				}),
			losseKennisvragen: vragen.filter((v) => v.thema === t.id && !v.gamechanger).map((v) => v.id)
		})),
		vragen
	};
}

/** Rows of the kennisvragen table on one screen; the page carries the first, /dekking.json all of them. */
export const DEKKING_PAGE = 50;

/** Relevant to a sector ("alle" = every question): the question's sectors include it, or it has none. */
const forSector = (v: DekkingVraag, sector: string) => sector === 'alle' || v.sectoren.length === 0 || v.sectoren.includes(sector);

/**
 * What /dekking shows before any interaction: the tiles, the counts per sector and the first rows in agenda order.
 * The whole table is /dekking.json, fetched when a reader filters, sorts or pages, so the page stays small at any
 * size (500 questions made 730 KB of HTML at 10,000 nodes).
 */
export function dekkingPage(site: DekkingSite) {
	const d = dekking(site);
	const keys = ['alle', ...d.sectoren];
	const byId = new Map(d.vragen.map((v) => [v.id, v]));
	const perSector = (list: DekkingVraag[], count: (relevant: DekkingVraag[], sector: string) => number): SectorCounts =>
		Object.fromEntries(
			keys.map((s) => [
				s,
				count(
					list.filter((v) => forSector(v, s)),
					s
				)
			])
		);
	const open = (list: DekkingVraag[]) => perSector(list, (relevant, s) => relevant.filter((v) => isWhiteSpot(v, s)).length);
	return {
		sectoren: d.sectoren,
		themas: d.themas.map(({ losseKennisvragen, ...t }) => ({
			...t,
			losseKennisvragen: losseKennisvragen.length,
			gamechangers: t.gamechangers.map(({ kennisvragen, ...g }) => ({
				...g,
				kennisvragen: kennisvragen.length,
				/** White kennisvragen under this gamechanger, per sector. */
				open: open(kennisvragen.map((k) => byId.get(k)!))
			}))
		})),
		/** Per sector: the questions that apply, and how many of them are white spots. */
		vragenPerSector: perSector(d.vragen, (relevant) => relevant.length),
		wittePerSector: open(d.vragen),
		vragen: d.vragen.slice(0, DEKKING_PAGE),
		total: d.vragen.length,
		pageSize: DEKKING_PAGE
	};
}
export type DekkingPage = ReturnType<typeof dekkingPage>;

/** White spot for a sector ("alle" = no filter): no project there and no lectoraat at all. */
export const isWhiteSpot = (v: { projecten: SectorCounts; lectoraten: number }, sector = 'alle') => whiteSpot(v.projecten[sector], v.lectoraten);

/** /dekking.csv: one row per kennisvraag, with the ids of who addresses it. */
export function dekkingCsv(site: DekkingSite): string {
	const a = coverage(site);
	const title = (id: unknown) => (typeof id === 'string' ? (site.byId.get(id)?.title ?? id) : '');
	return toCsv(
		[
			'thema',
			'thema_titel',
			'gamechanger',
			'gamechanger_titel',
			'kennisvraag',
			'kennisvraag_tekst',
			'sectoren',
			'projecten',
			'lectoraten',
			'witte_vlek',
			'project_ids',
			'lectoraat_ids'
		],
		site.of('kennisvraag').map((k) => {
			const projects = a.projects
				.get(k.id)!
				.map((p) => p.id)
				.sort();
			const lectoraten = [...a.lectoraten.get(k.id)!].sort();
			return [
				k.data.thema,
				title(k.data.thema),
				k.data.gamechanger ?? '',
				title(k.data.gamechanger),
				k.id,
				k.title,
				sectorsOf(site, k),
				projects.length,
				lectoraten.length,
				whiteSpot(projects.length, lectoraten.length) ? 'ja' : 'nee',
				projects,
				lectoraten
			];
		})
	);
}
