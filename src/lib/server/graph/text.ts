/**
 * Dutch text → stemmed terms, for text similarity between nodes at build time.
 * Keeps the most frequent surface form of each stem, so reasons can show real words.
 */
import { nld } from 'stopword';
import { stemDutch } from '../../search/stem-nl.ts';

const stems = new Map<string, string>();
const stem = (word: string) => {
	let s = stems.get(word);
	if (s === undefined) stems.set(word, (s = stemDutch(word)));
	return s;
};
// Words that occur in almost every summary here and say nothing about the topic.
export const DOMAIN_STOPWORDS = [
	'lectoraat',
	'kennisvraag',
	'gamechanger',
	'partnerschap',
	'onderzoek',
	'onderzoekt',
	'project',
	'hoe',
	'welke',
	'wat',
	'waarom',
	'wanneer',
	'mate',
	'we',
	'zij',
	'onze',
	'hun',
	'elk',
	'ook',
	'meer'
];
const STOP = new Set([...nld, ...DOMAIN_STOPWORDS]);

export interface Terms {
	/** stem → count */
	counts: Map<string, number>;
	/** stem → first surface word seen */
	surface: Map<string, string>;
}

export function terms(text: string): Terms {
	const counts = new Map<string, number>();
	const surface = new Map<string, string>();
	for (const raw of text
		.toLowerCase()
		.normalize('NFC')
		.split(/[^\p{L}\p{N}]+/u)) {
		if (raw.length < 3 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
		const s = stem(raw);
		counts.set(s, (counts.get(s) ?? 0) + 1);
		if (!surface.has(s)) surface.set(s, raw);
	}
	return { counts, surface };
}
