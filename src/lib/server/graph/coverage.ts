/**
 * Who works on each kennisvraag and gamechanger: the counting behind white spots (src/lib/white-spot.ts),
 * worked out once per site and read by /dekking, thema pages, kennisvraag pages and the graph data.
 */
import type { ContentNode } from '../load/index.ts';
import type { Site } from './site-model.ts';
import { isWhiteSpot } from '../../white-spot.ts';

export interface Coverage {
	/** Projects naming each kennisvraag. */
	projects: Map<string, ContentNode<'project'>[]>;
	/** Lectoraten naming each kennisvraag or running a project on it. */
	lectoraten: Map<string, Set<string>>;
	/** Projects naming each gamechanger itself. */
	gcProjects: Map<string, ContentNode<'project'>[]>;
	/** Lectoraten naming each kennisvraag themselves (the rest of `lectoraten` comes through projects). */
	lectoratenDirect: Map<string, Set<string>>;
}

type CoverageSite = Pick<Site, 'of'>;
const memo = new WeakMap<object, Coverage>();

export function coverage(site: CoverageSite): Coverage {
	const hit = memo.get(site);
	if (hit) return hit;
	const projects = new Map<string, ContentNode<'project'>[]>(site.of('kennisvraag').map((k) => [k.id, []]));
	const lectoraten = new Map<string, Set<string>>(site.of('kennisvraag').map((k) => [k.id, new Set()]));
	const gcProjects = new Map<string, ContentNode<'project'>[]>(site.of('gamechanger').map((g) => [g.id, []]));
	for (const p of site.of('project')) {
		for (const k of new Set(p.data.kennisvragen)) {
			projects.get(k)?.push(p);
			for (const l of p.data.lectoraten ?? []) lectoraten.get(k)?.add(l);
		}
		for (const g of new Set(p.data.gamechangers)) gcProjects.get(g)?.push(p);
	}
	const lectoratenDirect = new Map<string, Set<string>>(site.of('kennisvraag').map((k) => [k.id, new Set()]));
	for (const l of site.of('lectoraat'))
		for (const k of l.data.kennisvragen ?? []) {
			lectoraten.get(k)?.add(l.id);
			lectoratenDirect.get(k)?.add(l.id);
		}
	const out = { projects, lectoraten, gcProjects, lectoratenDirect };
	memo.set(site, out);
	return out;
}

/** Counts for one kennisvraag, and whether it is a white spot. */
export function vraagCoverage(site: CoverageSite, id: string) {
	const c = coverage(site);
	const projecten = c.projects.get(id)?.length ?? 0;
	const lectoraten = c.lectoraten.get(id)?.size ?? 0;
	return { projecten, lectoraten, witteVlek: isWhiteSpot(projecten, lectoraten) };
}
