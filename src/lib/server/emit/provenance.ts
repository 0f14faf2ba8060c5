/**
 * Where an imported node's data comes from ("Bron: NWOpen, opgehaald 30-11-2026"), and a project's stored link
 * suggestions ("Mogelijk relevant"): both read from the registry's herkomst and suggesties fields, both small.
 */
import { getType } from '../../registry/registry.ts';
import { BRON_LABELS } from '../../registry/sources.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { toRef, type NodeRef } from './pages.ts';

export interface ProvenanceLine {
	label: string;
	url?: string;
	opgehaald: string;
	verwijderd?: string;
}

/** 2026-11-30 → 30-11-2026, as the line on the page says it. */
export const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

type Item = Record<string, unknown>;
const items = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);

export function provenanceOf(node: ContentNode): ProvenanceLine[] {
	return items((node.data as Item).herkomst).map((h) => ({
		label: BRON_LABELS[String(h.bron)] ?? String(h.bron),
		...(typeof h.url === 'string' ? { url: h.url } : {}),
		opgehaald: dutchDate(String(h.opgehaald)),
		...(typeof h.verwijderd === 'string' ? { verwijderd: dutchDate(h.verwijderd) } : {})
	}));
}

export interface Suggestion extends NodeRef {
	/** The words the project shares with it, the reason it is suggested. */
	woorden: string[];
}

/** Open suggestions whose target exists and is not linked yet: a suggestion, never a fact. */
export function suggestionsOf(site: Site, node: ContentNode): Suggestion[] {
	const fields = getType(node.type)?.suggest ?? [];
	if (!fields.length) return [];
	const linked = new Set(fields.flatMap((f) => site.targets(node, f).map((n) => n.id)));
	return items((node.data as Item).suggesties).flatMap((s) => {
		const target = site.byId.get(String(s.doel));
		if (!target || s.status === 'afgewezen' || linked.has(target.id)) return [];
		return [{ ...toRef(target), woorden: Array.isArray(s.woorden) ? s.woorden.map(String) : [] }];
	});
}
