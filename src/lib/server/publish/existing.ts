/** The ids already in the content folder, with titles, for unique ids and for finding references. */
import fuzzysort from 'fuzzysort';
import { getType } from '../../registry/registry.ts';
import { parseFrontmatter } from '../load/frontmatter.ts';
import { readContent } from '../load/read.ts';
import { suggest } from '../load/suggest.ts';

export interface Existing {
	id: string;
	type: string;
	title: string;
}

/** Every file with a valid id, also files with errors: their ids are taken all the same. */
export function existingNodes(root: string): Existing[] {
	return readContent(root).sources.map((src) => {
		const data = parseFrontmatter(src.file, src.text).parsed?.data;
		const title = data?.[getType(src.type)!.titleField];
		return { id: src.id, type: src.type, title: typeof title === 'string' ? title : src.id };
	});
}

/** Best matches for what someone typed, by id or title; a near-miss typo still finds its id. */
export function findIds(query: string, candidates: readonly Existing[], limit = 8): Existing[] {
	const q = query.trim();
	if (!q) return [];
	const exact = candidates.find((c) => c.id === q);
	if (exact) return [exact];
	const all = fuzzysort.go(q, candidates, { keys: ['id', 'title'], limit, threshold: 0 });
	// Good matches only, unless there are none: then the few closest beat an empty list.
	const good = all.filter((r) => r.score >= 0.3);
	const hits = (good.length ? good : all.slice(0, 3)).map((r) => r.obj);
	if (hits.length) return hits;
	const near = suggest(
		q,
		candidates.map((c) => c.id)
	);
	return near ? candidates.filter((c) => c.id === near) : [];
}
