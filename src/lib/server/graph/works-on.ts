/**
 * Who works on a part of the agenda: the projects and lectoraten whose references reach it or a node below it (a
 * project on a kennisvraag works on its gamechanger and thema too). For a kennisvraag this is the counting of
 * ./coverage.ts: projects naming it, lectoraten naming it or running such a project. Feeds and widgets read it.
 */
import { LINK_RELATION } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from './site-model.ts';

export interface Workers {
	projects: ContentNode<'project'>[];
	lectoraten: ContentNode<'lectoraat'>[];
}

type WorkSite = Pick<Site, 'relations' | 'byId' | 'hierarchy' | 'of'>;
const memo = new WeakMap<object, Map<string, { projects: Set<string>; lectoraten: Set<string> }>>();

function index(site: WorkSite) {
	const hit = memo.get(site);
	if (hit) return hit;
	const reach = new Map<string, { projects: Set<string>; lectoraten: Set<string> }>();
	const add = (target: ContentNode, kind: 'projects' | 'lectoraten', id: string) => {
		for (const n of [target, ...site.hierarchy.ancestors(target)]) {
			const entry = reach.get(n.id) ?? reach.set(n.id, { projects: new Set(), lectoraten: new Set() }).get(n.id)!;
			entry[kind].add(id);
		}
	};
	for (const r of site.relations) {
		const source = site.byId.get(r.source);
		const target = site.byId.get(r.target);
		// A mention in running text is not a claim to work on something.
		if (!source || !target || r.type === LINK_RELATION) continue;
		if (source.type === 'lectoraat') add(target, 'lectoraten', source.id);
		if (source.type !== 'project') continue;
		add(target, 'projects', source.id);
		for (const l of (source as ContentNode<'project'>).data.lectoraten ?? []) add(target, 'lectoraten', l);
	}
	memo.set(site, reach);
	return reach;
}

const positions = new WeakMap<object, Map<string, number>>();

/** The nodes with these ids in the site's agenda order: sorting the few found, not filtering all of a type per call. */
function inOrder<T extends 'project' | 'lectoraat'>(site: WorkSite, type: T, ids: Set<string> | undefined): ContentNode<T>[] {
	if (!ids?.size) return [];
	let at = positions.get(site);
	if (!at) {
		at = new Map();
		for (const t of ['project', 'lectoraat'] as const) site.of(t).forEach((n, i) => at!.set(n.id, i));
		positions.set(site, at);
	}
	return [...ids]
		.filter((id) => site.byId.get(id)?.type === type)
		.sort((a, b) => at.get(a)! - at.get(b)!)
		.map((id) => site.byId.get(id) as ContentNode<T>);
}

/** Projects and lectoraten working on this node, in agenda order of the site (projects newest first is the caller's choice). */
export function workersOn(site: WorkSite, node: ContentNode): Workers {
	const entry = index(site).get(node.id);
	return { projects: inOrder(site, 'project', entry?.projects), lectoraten: inOrder(site, 'lectoraat', entry?.lectoraten) };
}

/** The kennisvragen a lectoraat works on, itself or through its projects, in agenda order. */
export function questionsOf(site: WorkSite, lectoraat: ContentNode): ContentNode<'kennisvraag'>[] {
	const reach = index(site);
	return site.of('kennisvraag').filter((k) => reach.get(k.id)?.lectoraten.has(lectoraat.id));
}
