/**
 * The coverage lens: who works on each kennisvraag and gamechanger within a time window, counted
 * from the data file's `cover` lists by the rule of server/graph/coverage.ts and judged by the one
 * white-spot rule (src/lib/white-spot.ts). With the full window the counts are the build's, so the
 * graph, /dekking and the kennisvraag pages agree (tests/unit/graph-lens.test.ts checks that).
 */
import { isWhiteSpot } from '../../white-spot.ts';
import type { GraphData } from './format.ts';

/** A span of years; null ends are open. */
export interface YearWindow {
	from: number | null;
	to: number | null;
}

export interface Coverage {
	/** Per node index: projects working on it in the window (kennisvragen and gamechangers; 0 elsewhere). */
	projecten: Int32Array;
	lectoraten: Int32Array;
	/** Kennisvragen and gamechangers that are white spots in the window, in data order. */
	white: number[];
}

/** Smallest and largest year in the data's time spans (an open end counts as its start), or null without any. */
export function yearRange(data: GraphData): { min: number; max: number } | null {
	let min = Infinity;
	let max = -Infinity;
	for (let k = 0; k < data.years.length; k += 3) {
		const start = data.years[k + 1];
		const end = data.years[k + 2] || start;
		min = Math.min(min, start);
		max = Math.max(max, end);
	}
	return Number.isFinite(min) ? { min, max } : null;
}

/** Per node: 0 when its time span lies outside the window, else 1 (nodes without a span always count). */
export function inWindow(data: GraphData, window: YearWindow): Uint8Array {
	const out = new Uint8Array(data.ids.length).fill(1);
	if (window.from === null && window.to === null) return out;
	const from = window.from ?? -Infinity;
	const to = window.to ?? Infinity;
	for (let k = 0; k < data.years.length; k += 3) {
		const start = data.years[k + 1];
		// An open end: still running, so it reaches every later window.
		const end = data.years[k + 2] || Infinity;
		if (start > to || end < from) out[data.years[k]] = 0;
	}
	return out;
}

/**
 * Counts per kennisvraag and gamechanger for the projects `running` in the time window. With
 * `sectorBits` (the sector filter, bits as in `data.sector`), projects count as on /dekking: those in
 * one of the sectors, and those without any sector; lectoraten have no sector and always count.
 */
export function coverageIn(data: GraphData, running: Uint8Array, sectorBits = 0): Coverage {
	const n = data.ids.length;
	const projecten = new Int32Array(n);
	const lectoraten = new Int32Array(n);
	const counted = (p: number) => running[p] && (!sectorBits || !data.sector[p] || (data.sector[p] & sectorBits) !== 0);
	const lectorsOf = new Map(data.cover.lectoraten);
	const vraagProjects = new Map<number, number[]>();
	const vraagLectors = new Map<number, Set<number>>();
	for (const [k, projects, direct] of data.cover.vragen) {
		const lectors = new Set(direct);
		for (const p of projects) if (running[p]) for (const l of lectorsOf.get(p) ?? []) lectors.add(l);
		const live = projects.filter(counted);
		vraagProjects.set(k, live);
		vraagLectors.set(k, lectors);
		projecten[k] = live.length;
		lectoraten[k] = lectors.size;
	}
	// As /dekking: a gamechanger's projects are its questions' and those naming it; its lectoraten its questions'.
	for (const [g, vragen, direct] of data.cover.gamechangers) {
		const projects = new Set(direct.filter(counted));
		const lectors = new Set<number>();
		for (const k of vragen) {
			for (const p of vraagProjects.get(k) ?? []) projects.add(p);
			for (const l of vraagLectors.get(k) ?? []) lectors.add(l);
		}
		projecten[g] = projects.size;
		lectoraten[g] = lectors.size;
	}
	const white = [...data.cover.vragen.map(([k]) => k), ...data.cover.gamechangers.map(([g]) => g)]
		.filter((i) => isWhiteSpot(projecten[i], lectoraten[i]))
		.sort((a, b) => a - b);
	return { projecten, lectoraten, white };
}

/** Lens classes: a white spot, then how many projects and lectoraten together work on it. */
export const LENS_CLASSES = [
	{ label: 'Witte vlek: niemand', min: 0, color: '#ffffff' },
	{ label: '1–2 projecten of lectoraten', min: 1, color: '#5e8fc4' },
	{ label: '3–5', min: 3, color: '#2a5f9e' },
	{ label: '6 of meer', min: 6, color: '#0c2f5c' }
] as const;
/** Nodes the lens says nothing about. */
export const LENS_OTHER = '#d5d9df';

export function lensClass(c: Coverage, i: number): number {
	const n = c.projecten[i] + c.lectoraten[i];
	let k = 0;
	while (k + 1 < LENS_CLASSES.length && n >= LENS_CLASSES[k + 1].min) k++;
	return k;
}

/** Per node: its colour under the lens (kennisvragen and gamechangers by class, the rest muted). */
export function lensColours(data: GraphData, c: Coverage): string[] {
	const measured = new Uint8Array(data.ids.length);
	for (const [k] of data.cover.vragen) measured[k] = 1;
	for (const [g] of data.cover.gamechangers) measured[g] = 1;
	return data.ids.map((_, i) => (measured[i] ? LENS_CLASSES[lensClass(c, i)].color : LENS_OTHER));
}

/** Is node i invented example content? */
export function isExample(data: GraphData, i: number): boolean {
	for (let k = 0; k < data.voorbeeld.length; k += 2) if (i >= data.voorbeeld[k] && i < data.voorbeeld[k + 1]) return true;
	return false;
}
