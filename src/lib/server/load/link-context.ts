/**
 * The sentence around each [[wiki-link]] in a body, as plain text: shown as a short quote with the
 * backlink on the linked page ("what does this page say about me?"). Text only; the page escapes it.
 */
export interface LinkQuote {
	before: string;
	/** The link's text as the reader sees it. */
	text: string;
	after: string;
}

const WIKI = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]/g;
const OPEN = '\u0001';
const CLOSE = '\u0002';
const MAX_SIDE = 110;

/** Markdown syntax that is not text, removed line by line; wiki-links are left for later. */
const plainLine = (line: string) =>
	line
		.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]*>/g, '')
		.replace(/[*_`~]+/g, '');

const clip = (s: string, fromEnd: boolean) => {
	if (s.length <= MAX_SIDE) return s;
	return fromEnd ? `…${s.slice(-MAX_SIDE).replace(/^\S*\s/, '')}` : `${s.slice(0, MAX_SIDE).replace(/\s\S*$/, '')}…`;
};

/** The first quote for each link target in the body, keyed by target id. */
export function linkContexts(body: string, title: (id: string) => string | undefined): Map<string, LinkQuote> {
	const out = new Map<string, LinkQuote>();
	// Fenced code is not prose, and its [[…]] are no links.
	const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
	// Each list item stands alone: the next item is no part of this one's sentence.
	for (const paragraph of prose.split(/\n\s*\n|\n(?=\s{0,3}(?:[-*+]|\d+[.)])\s)/)) {
		if (!paragraph.includes('[[')) continue;
		const targets: string[] = [];
		const text = paragraph
			.split('\n')
			.map(plainLine)
			.join(' ')
			.replace(WIKI, (_, id: string, label?: string) => {
				targets.push(id.trim());
				return `${OPEN}${label?.trim() || title(id.trim()) || id.trim()}${CLOSE}`;
			})
			.replace(/\s+/g, ' ')
			.trim();
		let at = 0;
		for (const target of targets) {
			const start = text.indexOf(OPEN, at);
			const end = text.indexOf(CLOSE, start);
			at = end + 1;
			if (out.has(target)) continue;
			// The sentence: from after the last full stop before the link to the first one after it.
			const head = text.slice(0, start);
			const tail = text.slice(end + 1);
			// A paragraph whose first sentence holds the link quotes from its start.
			const sentenceStart = Math.max(0, ...['. ', '! ', '? ', ': '].map((p) => head.lastIndexOf(p) + (head.lastIndexOf(p) >= 0 ? p.length : 0)));
			const stop = tail.search(/[.!?](\s|$)/);
			// eslint-disable-next-line no-control-regex -- the two marker characters this module puts around a link
			const strip = (s: string) => s.replace(/[\u0001\u0002]/g, '');
			out.set(target, {
				before: clip(strip(head.slice(sentenceStart)), true),
				text: text.slice(start + 1, end),
				after: clip(strip(stop >= 0 ? tail.slice(0, stop + 1) : tail), false)
			});
		}
	}
	return out;
}
