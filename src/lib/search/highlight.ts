/** Marks the words of a text that the query matched, as plain segments (rendered without {@html}). */
import type { Marker } from './engine.ts';
import { STOPWORDS, WORD, fold, stemTerm, surfaceTerm } from './options.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

/** Stems this long also match inside a compound: "opleiding" marks "lerarenopleiding". */
const INFIX_MIN = 5;

export function isMatch(word: string, marker: Marker): boolean {
	const folded = fold(word);
	if (STOPWORDS.has(folded)) return false;
	const stem = stemTerm(folded);
	if (marker.stems.has(stem)) return true;
	for (const s of marker.stems) if (s.length >= INFIX_MIN && stem.includes(s)) return true;
	const surface = surfaceTerm(folded);
	return marker.prefixes.some((p) => surface.startsWith(p));
}

export function highlight(text: string, marker: Marker): Segment[] {
	const out: Segment[] = [];
	const push = (part: string, mark: boolean) => {
		if (!part) return;
		const last = out.at(-1);
		if (last && last.mark === mark) last.text += part;
		else out.push({ text: part, mark });
	};
	let at = 0;
	for (const m of text.matchAll(WORD)) {
		push(text.slice(at, m.index), false);
		push(m[0], isMatch(m[0], marker));
		at = m.index + m[0].length;
	}
	push(text.slice(at), false);
	return out;
}
