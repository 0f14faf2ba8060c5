import { closest, distance } from 'fastest-levenshtein';

/** The nearest candidate, when it is near enough to be a likely typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
	if (!candidates.length) return undefined;
	const best = closest(value, candidates as string[]);
	return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

export const didYouMean = (value: string, candidates: readonly string[]) => {
	const s = suggest(value, candidates);
	return s ? ` Bedoelde je "${s}"?` : '';
};
