/**
 * A fast path for bodies that are plain prose: paragraphs of text without any Markdown, HTML, link or entity syntax
 * other than [[id]] and [[id|label]] wiki-links. Most bodies are like that, and the full pipeline (micromark, mdast,
 * hast, sanitizer) costs about 2 ms each: at 10,000 files that was 40 % of loading the content. The rules are strict
 * on purpose; anything doubtful takes the full pipeline, and tests/unit/plain-prose.test.ts checks that both give
 * the same HTML and links, also on random text.
 */
import type { LinkResolver, WikiLink } from './wiki-link.ts';

/** Characters that can start Markdown, GFM or HTML syntax anywhere in a line, and control characters (\r included). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const ANYWHERE = /[`*_[\]<>&\\|~\u0000-\u0009\u000b-\u001f\u007f]/;
/** GFM autolinks (www., http://, e-mail) and the protocols micromark links by themselves. */
const AUTOLINK = /:\/\/|www\.|@|mailto:|xmpp:/i;
/** A line starting like a list, heading, quote, setext underline, table row, code indent, or with any whitespace. */
const LINE_START = /^[-+*=#>|~:\d\s]/;
/** The wiki-link syntax of markdown.ts. */
const WIKI = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]/g;
/** What the HTML serializer would escape in text or an attribute: such a link is left to it. */
const ESCAPED = /[&<>"]/;
/** A wiki-link right before "(" or "[" is the text of a Markdown link ([[a]]() is a link to "" reading "[a]"). */
const LINK_AFTER = /\]\][([]/;

const plain = (text: string) => !ANYWHERE.test(text) && !AUTOLINK.test(text);

/**
 * The HTML and wiki-links of a plain-prose body (the same the full pipeline gives), or undefined when it is not plain
 * prose. `maxLinks` is the most links a body may have; beyond it the full pipeline names the line.
 */
export function plainProse(body: string, resolver: LinkResolver, maxLinks: number): { html: string; links: WikiLink[] } | undefined {
	const wiki = [...body.matchAll(WIKI)];
	if (wiki.length > maxLinks || LINK_AFTER.test(body)) return undefined;
	for (const m of wiki) if (!plain(m[1]) || (m[2] !== undefined && !plain(m[2]))) return undefined;
	const lines = body.split('\n');
	// The text around the links must be plain too; a link counts as a word.
	for (const line of wiki.length ? body.replace(WIKI, 'x').split('\n') : lines) {
		if (line === '') continue;
		// Trailing spaces make a hard break (two) or are dropped (one): leave both to the full pipeline.
		if (LINE_START.test(line) || /\s$/.test(line) || !plain(line)) return undefined;
	}
	const links: WikiLink[] = [];
	const paragraphs: string[] = [];
	let current: string[] = [];
	for (const [i, line] of lines.entries()) {
		if (line === '') {
			if (current.length) paragraphs.push(`<p>${current.join('\n')}</p>`);
			current = [];
			continue;
		}
		if (!line.includes('[[')) {
			current.push(line);
			continue;
		}
		let html = '';
		let last = 0;
		for (const m of line.matchAll(WIKI)) {
			const target = m[1].trim();
			const label = m[2]?.trim();
			links.push({ target, label, line: i + 1 });
			const href = resolver.href(target);
			const text = label || resolver.title(target) || target;
			if (ESCAPED.test(text) || (href && ESCAPED.test(href))) return undefined;
			html += `${line.slice(last, m.index)}<a href="${href ?? '#'}" class="${href ? 'wikilink' : 'wikilink-missing'}">${text}</a>`;
			last = m.index + m[0].length;
		}
		current.push(html + line.slice(last));
	}
	if (current.length) paragraphs.push(`<p>${current.join('\n')}</p>`);
	return { html: paragraphs.join('\n'), links };
}
