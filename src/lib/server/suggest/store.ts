/**
 * Stored suggestions: `npm run suggest` writes each project's best-matching kennisvragen and gamechangers into its
 * `suggesties` (a suggestion, never a relation), keeps what an author rejected, and leaves out what is linked already.
 * Accepting one moves it into the real field; rejecting marks it, so it is not proposed again.
 */
import { getType } from '../../registry/registry.ts';
import { frontmatterYaml } from '../publish/render.ts';
import type { ContentFile } from '../import/content/existing.ts';
import type { Change } from '../import/plan.ts';
import type { Site } from '../site.ts';
import { Suggester } from './scorer.ts';
import { nodeText, targetsFor } from './texts.ts';

export interface StoredSuggestion {
	doel: string;
	woorden?: string[];
	status?: 'open' | 'afgewezen';
}

/** How many of each target type a node keeps as suggestions, and how close to the best one each must score. */
export const PER_TYPE = 3;
const CLOSE_TO_BEST = 0.5;

const stored = (data: Record<string, unknown>): StoredSuggestion[] => (Array.isArray(data.suggesties) ? (data.suggesties as StoredSuggestion[]) : []);

export const fileText = (f: ContentFile, data: Record<string, unknown>) => `---\n${frontmatterYaml(getType(f.type)!, data)}---\n${f.body}`;

/** New suggestions for every node of a type with `suggest` fields; the files whose suggestions changed. */
export function suggestAll(site: Site, files: ContentFile[]): { changes: Change[]; suggested: number } {
	const changes: Change[] = [];
	let suggested = 0;
	const suggesters = new Map<string, Suggester>();
	for (const f of files) {
		const def = getType(f.type);
		const node = site.byId.get(f.id);
		if (!def?.suggest?.length || !node) continue;
		let suggester = suggesters.get(f.type);
		if (!suggester) suggesters.set(f.type, (suggester = new Suggester(targetsFor(site, f.type))));
		const linked = new Set(def.suggest.flatMap((field) => site.targets(node, field).map((n) => n.id)));
		const rejected = stored(f.data).filter((s) => s.status === 'afgewezen');
		const skip = new Set([...linked, ...rejected.map((s) => s.doel)]);
		const text = nodeText(node);
		const fresh: StoredSuggestion[] = def.suggest.flatMap((field) => {
			const ref = def.fields[field];
			const types = ref && (ref.kind === 'ref' || ref.kind === 'refs') ? ref.to : [];
			const ranked = suggester!.rank(text, types).filter((s) => !skip.has(s.id));
			return ranked
				.filter((s) => s.score >= CLOSE_TO_BEST * ranked[0].score)
				.slice(0, PER_TYPE)
				.map((s) => ({ doel: s.id, woorden: s.woorden }));
		});
		suggested += fresh.length;
		const next = [...fresh, ...rejected];
		const data = { ...f.data };
		if (next.length) data.suggesties = next;
		else delete data.suggesties;
		if (JSON.stringify(data) !== JSON.stringify(f.data)) changes.push({ file: f.file, text: fileText(f, data) });
	}
	return { changes, suggested };
}

/** An author's decision on one suggestion of a file's data: accepted into its field, or marked rejected. */
export function decide(f: ContentFile, data: Record<string, unknown>, doel: string, targetType: string, accept: boolean): Record<string, unknown> {
	const def = getType(f.type)!;
	const field = (def.suggest ?? []).find((name) => {
		const ref = def.fields[name];
		return ref && (ref.kind === 'ref' || ref.kind === 'refs') && ref.to.includes(targetType);
	});
	const rest = stored(data).filter((s) => s.doel !== doel);
	const out: Record<string, unknown> = { ...data };
	if (accept && field) {
		const current = Array.isArray(data[field]) ? (data[field] as string[]) : [];
		out[field] = [...new Set([...current, doel])];
		if (rest.length) out.suggesties = rest;
		else delete out.suggesties;
	} else out.suggesties = [...rest, { ...stored(data).find((s) => s.doel === doel), doel, status: 'afgewezen' }];
	return out;
}
