import { base } from '$app/paths';
import { expand, termUses, VOCAB, vocabNs } from '$lib/server/emit/vocab';

export const load = ({ url }) => ({
	ns: vocabNs(url.origin, base),
	terms: VOCAB.map((t) => ({ ...t, rangeIri: expand(t.range), superIri: t.subPropertyOf && expand(t.subPropertyOf), uses: termUses(t.name) }))
});
